-- Checklists with a working draft and frozen versions; evaluations pinned to the version they
-- were scored on, with their answers by item key (keys carry across versions).
CREATE TABLE checklists (
    id {{id}},
    checklist_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    archived BOOLEAN NOT NULL DEFAULT FALSE,
    draft_json TEXT,
    draft_revision BIGINT NOT NULL DEFAULT 0,
    draft_based_on BIGINT NOT NULL DEFAULT 0,
    draft_updated_at BIGINT,
    draft_updated_by TEXT,
    created_at BIGINT NOT NULL
);

-- Never updated: a published version is frozen.
CREATE TABLE checklist_versions (
    id {{id}},
    checklist_id BIGINT NOT NULL REFERENCES checklists (id),
    version BIGINT NOT NULL,
    name TEXT NOT NULL,
    content_json TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    published_by TEXT NOT NULL,
    UNIQUE (checklist_id, version)
);

CREATE TABLE evaluations (
    id {{id}},
    call_id BIGINT NOT NULL REFERENCES calls (id),
    checklist_version_id BIGINT NOT NULL REFERENCES checklist_versions (id),
    reviewer TEXT NOT NULL,
    reviewer_user_id BIGINT REFERENCES users (id),
    status TEXT NOT NULL,
    overall_score DOUBLE PRECISION,
    passed BOOLEAN NOT NULL,
    critical_fail BOOLEAN NOT NULL,
    revision_of BIGINT REFERENCES evaluations (id),
    created_at BIGINT NOT NULL,
    submitted_at BIGINT
);
CREATE INDEX evaluations_call ON evaluations (call_id);
CREATE INDEX evaluations_version ON evaluations (checklist_version_id);

CREATE TABLE evaluation_answers (
    evaluation_id BIGINT NOT NULL REFERENCES evaluations (id),
    item_key TEXT NOT NULL,
    answer_json TEXT NOT NULL,
    PRIMARY KEY (evaluation_id, item_key)
);
CREATE INDEX evaluation_answers_item ON evaluation_answers (item_key);
