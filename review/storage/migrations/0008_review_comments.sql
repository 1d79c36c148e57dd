-- Comments a reviewer pins to a moment of the call. While the evaluation is a draft they belong to
-- the draft (and are written under its lease, like its answers); submitting moves them onto the
-- evaluation in the same transaction, where they stay as part of the record. Exactly one of
-- draft_id and evaluation_id is set.
CREATE TABLE review_comments (
    id {{id}},
    call_id BIGINT NOT NULL REFERENCES calls (id),
    draft_id BIGINT REFERENCES evaluation_drafts (id),
    evaluation_id BIGINT REFERENCES evaluations (id),
    at_ms BIGINT NOT NULL,
    item_key TEXT,
    body TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK ((draft_id IS NULL) <> (evaluation_id IS NULL))
);
CREATE INDEX review_comments_draft ON review_comments (draft_id, at_ms);
CREATE INDEX review_comments_evaluation ON review_comments (evaluation_id, at_ms);
