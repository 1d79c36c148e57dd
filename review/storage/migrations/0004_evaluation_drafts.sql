-- Evaluations being scored: answers saved as they change, and a lease naming the one workstation
-- session that may write them. The holder renews the lease while it works; a workstation that dies
-- stops renewing, so its hold runs out instead of locking the draft for ever. Lease times are on
-- the database server's clock, which every workstation shares.
CREATE TABLE evaluation_drafts (
    id {{id}},
    call_id BIGINT NOT NULL REFERENCES calls (id),
    checklist_id BIGINT NOT NULL REFERENCES checklists (id),
    checklist_version_id BIGINT NOT NULL REFERENCES checklist_versions (id),
    answers_json TEXT NOT NULL,
    revision BIGINT NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    lease_session TEXT,
    lease_login TEXT,
    lease_host TEXT,
    lease_expires_at BIGINT,
    UNIQUE (call_id, checklist_id)
);
