-- Review queues: a named, dated piece of work drawn from the library by a sampling rule.
-- The queue keeps its rule, its seed and its frame (every eligible call with the facts the draw
-- read, at draw time), so anyone can re-draw it later and check that it was drawn fairly.
CREATE TABLE review_queues (
    id {{id}},
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL UNIQUE,
    checklist_id BIGINT NOT NULL REFERENCES checklists (id),
    checklist_version_id BIGINT NOT NULL REFERENCES checklist_versions (id),
    population_json TEXT NOT NULL,
    rule_json TEXT NOT NULL,
    frame_size BIGINT NOT NULL,
    frame_sha256 TEXT NOT NULL,
    state TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE review_queue_frame (
    queue_id BIGINT NOT NULL REFERENCES review_queues (id),
    call_id BIGINT NOT NULL REFERENCES calls (id),
    agent_id BIGINT,
    queue TEXT,
    duration_ms BIGINT NOT NULL,
    started_at BIGINT,
    PRIMARY KEY (queue_id, call_id)
);

-- origin: 'draw' (the sampling rule chose it) or 'manual' (a supervisor added it, with a reason).
-- state: 'todo', 'in_progress', 'done', 'skipped' (with a reason), 'removed' (by hand, with a
-- reason; kept, so the queue's history and its verification stay whole).
CREATE TABLE review_queue_items (
    id {{id}},
    queue_id BIGINT NOT NULL REFERENCES review_queues (id),
    call_id BIGINT NOT NULL REFERENCES calls (id),
    position BIGINT NOT NULL,
    origin TEXT NOT NULL,
    stratum_group TEXT,
    stratum TEXT,
    assignee TEXT,
    state TEXT NOT NULL,
    reason TEXT,
    updated_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (queue_id, call_id)
);
CREATE INDEX review_queue_items_assignee ON review_queue_items (assignee, state);
CREATE INDEX review_queue_items_call ON review_queue_items (call_id);
