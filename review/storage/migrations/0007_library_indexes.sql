-- The call library: a folded search text per call (phone-system id, queue and metadata values,
-- folded in C++ so SQLite and PostgreSQL match the same way), the agent's name folded the same
-- way (kept on the agent, so renaming an agent touches one row), and the indexes the library's
-- sorts and filters page through. Sort keys are COALESCEd so keyset pages never meet a NULL.
ALTER TABLE calls ADD COLUMN search_folded TEXT;
ALTER TABLE agents ADD COLUMN search_folded TEXT;
CREATE INDEX calls_started_key ON calls ((COALESCE(started_at, 0)), id);
CREATE INDEX calls_duration_key ON calls (duration_ms, id);
CREATE INDEX calls_team_started_key ON calls (team_id, (COALESCE(started_at, 0)), id);
CREATE INDEX calls_agent_started_key ON calls (agent_id, (COALESCE(started_at, 0)), id);
CREATE INDEX evaluations_latest ON evaluations (call_id, status, id);
CREATE INDEX call_analysis_dead_air ON call_analysis (dead_air_ms);
CREATE INDEX calls_queue ON calls (queue);
