-- Core schema: workspace settings, teams, agents, users and roles, calls, audit log.
-- Times are epoch milliseconds (BIGINT) on both backends; {{id}} is the dialect's generated key.
CREATE TABLE schema_version (
    version BIGINT NOT NULL
);

CREATE TABLE workspace_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE teams (
    id {{id}},
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

CREATE TABLE agents (
    id {{id}},
    external_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    email TEXT,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at BIGINT NOT NULL
);
CREATE INDEX agents_name_folded ON agents (name_folded);

-- Which team an agent belonged to, and when: a call keeps the team at the time of the call.
CREATE TABLE agent_teams (
    agent_id BIGINT NOT NULL REFERENCES agents (id),
    team_id BIGINT NOT NULL REFERENCES teams (id),
    from_ms BIGINT NOT NULL,
    to_ms BIGINT,
    PRIMARY KEY (agent_id, from_ms)
);

CREATE TABLE users (
    id {{id}},
    login TEXT NOT NULL,
    login_folded TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT,
    agent_id BIGINT REFERENCES agents (id),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at BIGINT NOT NULL
);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id),
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE calls (
    id {{id}},
    external_id TEXT UNIQUE,
    content_sha256 TEXT NOT NULL UNIQUE,
    relative_path TEXT NOT NULL,
    file_size BIGINT NOT NULL,
    format TEXT NOT NULL,
    codec TEXT NOT NULL,
    sample_rate BIGINT NOT NULL,
    channels BIGINT NOT NULL,
    duration_ms BIGINT NOT NULL,
    agent_channel BIGINT,
    customer_channel BIGINT,
    agent_id BIGINT REFERENCES agents (id),
    team_id BIGINT REFERENCES teams (id),
    started_at BIGINT,
    direction TEXT,
    queue TEXT,
    metadata JSONB,
    missing BOOLEAN NOT NULL DEFAULT FALSE,
    imported_at BIGINT NOT NULL
);
CREATE INDEX calls_agent ON calls (agent_id, started_at);
CREATE INDEX calls_team ON calls (team_id, started_at);
CREATE INDEX calls_path ON calls (relative_path);

-- Append-only: no statement in the program updates or deletes an audit row.
CREATE TABLE audit_log (
    id {{id}},
    at_ms BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT,
    detail JSONB
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at_ms);
