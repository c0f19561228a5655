-- Candor server schema, version 3: key generations. Erasure deletes a subject's key, and the append-only ledger keeps
-- the rows sealed with it, which nobody can open again. When the subject comes back, a new key is made: it seals only
-- ledger rows after `ledger_from`, the subject's last ledger row when the key was made, so the shredded rows before
-- it are passed over instead of making the new record unreadable.
ALTER TABLE subject_keys ADD COLUMN ledger_from bigint NOT NULL DEFAULT 0;
