-- Waveform peaks cached by recording content (a moved or re-linked file keeps them), and talk
-- metrics per call (they depend on the call's channel map).
CREATE TABLE recording_peaks (
    content_sha256 TEXT PRIMARY KEY,
    data {{blob}} NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE call_analysis (
    call_id BIGINT PRIMARY KEY REFERENCES calls (id),
    duration_ms BIGINT NOT NULL,
    agent_talk_ms BIGINT,
    customer_talk_ms BIGINT,
    agent_share DOUBLE PRECISION,
    customer_share DOUBLE PRECISION,
    dead_air_ms BIGINT NOT NULL,
    dead_air_count BIGINT NOT NULL,
    overtalk_ms BIGINT NOT NULL,
    overtalk_count BIGINT NOT NULL,
    longest_agent_monologue_ms BIGINT,
    longest_customer_monologue_ms BIGINT,
    detail TEXT NOT NULL,
    analyzed_at BIGINT NOT NULL
);
