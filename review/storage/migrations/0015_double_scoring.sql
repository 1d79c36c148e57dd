-- Double scoring: a queue's rule may double-score a share of its drawn items (rule_json's
-- double_score_percent). Such an item also goes, blind, to a second reviewer, whose side of the
-- item has its own state ('todo', 'in_progress', 'done'); both are NULL on other items.
-- The second reviewer scores the call in a draft of their own: drafts are keyed by call,
-- checklist and second_scorer, which is '' for the call's shared draft (every other draft) and
-- the second reviewer's login for theirs. SQLite cannot drop a table's UNIQUE constraint, so
-- there the drafts table is rebuilt (its ids kept; review_comments' references to it are
-- checked at commit).
ALTER TABLE review_queue_items ADD COLUMN second_reviewer TEXT;
ALTER TABLE review_queue_items ADD COLUMN second_state TEXT;
CREATE INDEX review_queue_items_second ON review_queue_items (second_reviewer, second_state);
-- postgres only
ALTER TABLE evaluation_drafts DROP CONSTRAINT evaluation_drafts_call_id_checklist_id_key;
-- postgres only
ALTER TABLE evaluation_drafts ADD COLUMN second_scorer TEXT NOT NULL DEFAULT '';
-- sqlite only
PRAGMA defer_foreign_keys = ON;
-- sqlite only
CREATE TABLE evaluation_drafts_before_0015 AS SELECT * FROM evaluation_drafts;
-- sqlite only
DROP TABLE evaluation_drafts;
-- sqlite only
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
    second_scorer TEXT NOT NULL DEFAULT ''
);
-- sqlite only
INSERT INTO evaluation_drafts (id, call_id, checklist_id, checklist_version_id, answers_json, revision, created_by, created_at, updated_by, updated_at, lease_session, lease_login, lease_host, lease_expires_at) SELECT id, call_id, checklist_id, checklist_version_id, answers_json, revision, created_by, created_at, updated_by, updated_at, lease_session, lease_login, lease_host, lease_expires_at FROM evaluation_drafts_before_0015;
-- sqlite only
DROP TABLE evaluation_drafts_before_0015;
CREATE UNIQUE INDEX evaluation_drafts_key ON evaluation_drafts (call_id, checklist_id, second_scorer);
