-- Metrics imported from the phone system and surveys (`callqa metrics import`): one row per call,
-- each column NULL until a file gives it (a later file updates only the columns it gives); and
-- customers served per agent per day, with the team the agent was on that day (as calls keep
-- theirs), so rollups count each day for the team of its time.
CREATE TABLE call_metrics (
    call_id BIGINT PRIMARY KEY REFERENCES calls (id),
    wait_s DOUBLE PRECISION,
    handle_s DOUBLE PRECISION,
    answered_within_s DOUBLE PRECISION,
    csat BIGINT,
    nps BIGINT,
    escalated BOOLEAN,
    complaint BOOLEAN,
    resolved_first_contact BOOLEAN,
    case_id TEXT,
    case_opened_at BIGINT,
    case_resolved_at BIGINT,
    recovered BOOLEAN,
    customer_id TEXT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX call_metrics_customer ON call_metrics (customer_id);

CREATE TABLE agent_days (
    agent_id BIGINT NOT NULL REFERENCES agents (id),
    day_ms BIGINT NOT NULL,
    team_id BIGINT REFERENCES teams (id),
    customers_served BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (agent_id, day_ms)
);
CREATE INDEX agent_days_team ON agent_days (team_id, day_ms);
