-- Tamper-evident history: every audit row carries the SHA-256 of its canonical content and of
-- the previous row's hash (review/audit/auditcanonical.h), and a one-row head names the newest
-- row. Writers lock the head inside their transaction. The hashes of existing rows are computed
-- in C++ in the same step (review/audit/auditchainbackfill.cpp): SQL cannot hash portably.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN row_hash TEXT;

CREATE TABLE audit_chain_head (
    id BIGINT PRIMARY KEY,
    last_id BIGINT,
    last_hash TEXT NOT NULL
);
