-- Calibration sessions: several reviewers score the same calls on one checklist version, to
-- measure whether they agree. The evaluations they write are ordinary evaluations (same answers,
-- same audit rows) with status 'calibration' and the session's id, so no agent list, rollup or
-- library column counts them; a supervisor may promote one, which makes it 'submitted'.
-- state: 'open' or 'closed'. deadline_at is epoch ms (end of the day given), or NULL.
CREATE TABLE calibration_sessions (
    id {{id}},
    name TEXT NOT NULL,
    checklist_version_id BIGINT NOT NULL REFERENCES checklist_versions (id),
    expert TEXT,
    blind BOOLEAN NOT NULL,
    deadline_at BIGINT,
    state TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    closed_by TEXT,
    closed_at BIGINT
);

CREATE TABLE calibration_session_calls (
    session_id BIGINT NOT NULL REFERENCES calibration_sessions (id),
    call_id BIGINT NOT NULL REFERENCES calls (id),
    position BIGINT NOT NULL,
    PRIMARY KEY (session_id, call_id)
);

-- Participants by login, the name evaluations record as their reviewer. The expert is one of them.
CREATE TABLE calibration_participants (
    session_id BIGINT NOT NULL REFERENCES calibration_sessions (id),
    login TEXT NOT NULL,
    position BIGINT NOT NULL,
    PRIMARY KEY (session_id, login)
);

ALTER TABLE evaluations ADD COLUMN calibration_session_id BIGINT REFERENCES calibration_sessions (id);
ALTER TABLE evaluations ADD COLUMN promoted_by TEXT;
ALTER TABLE evaluations ADD COLUMN promoted_at BIGINT;
-- One score per participant and call in a session.
CREATE UNIQUE INDEX evaluations_calibration_score ON evaluations (calibration_session_id, call_id, reviewer) WHERE calibration_session_id IS NOT NULL;
