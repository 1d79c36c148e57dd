-- Agents in the loop: acknowledgements of evaluations, disputes with per-item reasons, and the
-- link from a dispute to the revision that settled it. A revision is a new evaluation row with
-- revision_of naming the one it replaces: submitted rows are never updated in place, and every
-- figure counts only the latest revision (no row names it in revision_of).
CREATE TABLE evaluation_acknowledgements (
    evaluation_id BIGINT PRIMARY KEY REFERENCES evaluations (id),
    login TEXT NOT NULL,
    comment TEXT,
    acknowledged_at BIGINT NOT NULL
);

-- state: 'open', 'accepted' (settled by the revision in revision_id), 'rejected', 'withdrawn'.
CREATE TABLE disputes (
    id {{id}},
    evaluation_id BIGINT NOT NULL REFERENCES evaluations (id),
    agent_id BIGINT REFERENCES agents (id),
    opened_by TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    reason TEXT NOT NULL,
    state TEXT NOT NULL,
    decided_by TEXT,
    decided_at BIGINT,
    decision_reason TEXT,
    revision_id BIGINT REFERENCES evaluations (id)
);
CREATE INDEX disputes_evaluation ON disputes (evaluation_id);
CREATE INDEX disputes_agent_state ON disputes (agent_id, state);

CREATE TABLE dispute_items (
    dispute_id BIGINT NOT NULL REFERENCES disputes (id),
    item_key TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (dispute_id, item_key)
);

CREATE INDEX evaluations_revision_of ON evaluations (revision_of);
