-- Coaching sessions: a coach and an agent go over evaluations and comments, agree on action
-- items (each with an owner and a due date; goals may take them as their tasks), and plan a
-- follow-up. The agent acknowledges the session.
CREATE TABLE coaching_sessions (
    id {{id}},
    agent_id BIGINT NOT NULL REFERENCES agents (id),
    coach TEXT NOT NULL,
    held_on BIGINT NOT NULL,
    notes TEXT NOT NULL,
    follow_up_on BIGINT,
    acknowledged_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX coaching_sessions_agent ON coaching_sessions (agent_id);

CREATE TABLE coaching_session_evaluations (
    session_id BIGINT NOT NULL REFERENCES coaching_sessions (id),
    evaluation_id BIGINT NOT NULL REFERENCES evaluations (id),
    PRIMARY KEY (session_id, evaluation_id)
);

CREATE TABLE coaching_action_items (
    id {{id}},
    session_id BIGINT NOT NULL REFERENCES coaching_sessions (id),
    title TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_on BIGINT,
    done_at BIGINT,
    goal_id BIGINT
);
CREATE INDEX coaching_action_items_session ON coaching_action_items (session_id);
