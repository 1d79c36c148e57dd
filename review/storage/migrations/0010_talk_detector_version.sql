-- Talk analysis records the detector that made it (rows from before: version 1, analysed again
-- by `callqa analyze`), the time anyone talks, and how many sides the recording tells apart. A
-- one-sided recording (mono, or one signal on both channels) has no overtalk: those columns may
-- now be NULL. SQLite cannot drop a NOT NULL, so the table is rebuilt.
CREATE TABLE call_analysis_next (
    call_id BIGINT PRIMARY KEY REFERENCES calls (id),
    duration_ms BIGINT NOT NULL,
    talk_ms BIGINT,
    agent_talk_ms BIGINT,
    customer_talk_ms BIGINT,
    agent_share DOUBLE PRECISION,
    customer_share DOUBLE PRECISION,
    dead_air_ms BIGINT NOT NULL,
    dead_air_count BIGINT NOT NULL,
    overtalk_ms BIGINT,
    overtalk_count BIGINT,
    longest_agent_monologue_ms BIGINT,
    longest_customer_monologue_ms BIGINT,
    detail TEXT NOT NULL,
    analyzed_at BIGINT NOT NULL,
    sides BIGINT NOT NULL DEFAULT 2,
    detector_version BIGINT NOT NULL DEFAULT 1
);

INSERT INTO call_analysis_next (call_id, duration_ms, agent_talk_ms, customer_talk_ms,
    agent_share, customer_share, dead_air_ms, dead_air_count, overtalk_ms, overtalk_count,
    longest_agent_monologue_ms, longest_customer_monologue_ms, detail, analyzed_at, sides,
    detector_version)
SELECT a.call_id, a.duration_ms, a.agent_talk_ms, a.customer_talk_ms, a.agent_share,
    a.customer_share, a.dead_air_ms, a.dead_air_count, a.overtalk_ms, a.overtalk_count,
    a.longest_agent_monologue_ms, a.longest_customer_monologue_ms, a.detail, a.analyzed_at,
    CASE WHEN c.channels >= 2 THEN 2 ELSE 1 END, 1
FROM call_analysis a JOIN calls c ON c.id = a.call_id;

DROP TABLE call_analysis;

ALTER TABLE call_analysis_next RENAME TO call_analysis;

CREATE INDEX call_analysis_dead_air ON call_analysis (dead_air_ms);
