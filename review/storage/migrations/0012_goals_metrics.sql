-- Metrics imported from the phone system and surveys (`callqa metrics import`): one row per call,
-- each column NULL until a file gives it (a later file updates only the columns it gives); and
-- customers served per agent per day, with the team the agent was on that day (as calls keep
-- theirs), so rollups count each day for the team of its time. `source` names the file that last
-- wrote the row (the entity_id of that import's audit row).
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
    source TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX call_metrics_customer ON call_metrics (customer_id);

CREATE TABLE agent_days (
    agent_id BIGINT NOT NULL REFERENCES agents (id),
    day_ms BIGINT NOT NULL,
    team_id BIGINT REFERENCES teams (id),
    customers_served BIGINT NOT NULL,
    source TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (agent_id, day_ms)
);
CREATE INDEX agent_days_team ON agent_days (team_id, day_ms);

-- Goals: what is measured for whom (fixed for the goal's life), and its versions: target,
-- dates, owner and why as they were adjusted, each with who changed it and the reason. Progress
-- is judged against the latest version; the older ones are kept for the record and the chart.
CREATE TABLE goals (
    id {{id}},
    scope TEXT NOT NULL,
    metric TEXT NOT NULL,
    item_key TEXT,
    direction TEXT NOT NULL,
    baseline DOUBLE PRECISION NOT NULL,
    baseline_from BIGINT,
    baseline_to BIGINT,
    baseline_note TEXT,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE goal_versions (
    goal_id BIGINT NOT NULL REFERENCES goals (id),
    version BIGINT NOT NULL,
    target DOUBLE PRECISION NOT NULL,
    start_ms BIGINT NOT NULL,
    deadline_ms BIGINT NOT NULL,
    owner TEXT,
    why TEXT NOT NULL,
    reason TEXT,
    changed_by TEXT NOT NULL,
    changed_at BIGINT NOT NULL,
    PRIMARY KEY (goal_id, version)
);

-- The tactics of a goal, split among people; action_item_id links a coaching action item once
-- those exist.
CREATE TABLE goal_tasks (
    id {{id}},
    goal_id BIGINT NOT NULL REFERENCES goals (id),
    title TEXT NOT NULL,
    owner TEXT,
    due_ms BIGINT,
    done BOOLEAN NOT NULL DEFAULT FALSE,
    done_at BIGINT,
    action_item_id BIGINT,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX goal_tasks_goal ON goal_tasks (goal_id);
