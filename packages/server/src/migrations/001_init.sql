-- Candor server schema, version 1. Plain SQL: the same script runs on PostgreSQL and on PGlite.

-- Server secrets made at first start: the log's signing key and the pseudonym key (JSON).
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at bigint NOT NULL
);

-- One AES-256-GCM key per subject. Ledger and vault rows are sealed with it; erasure deletes the row
-- (crypto-shredding: the append-only ledger keeps its rows, nobody can read them again).
CREATE TABLE subject_keys (
  subject_ref text PRIMARY KEY,
  key bytea NOT NULL,
  created_at bigint NOT NULL
);

-- The consent ledger: one row per consent event, sealed under the subject's key, hash-chained by the events
-- themselves (ConsentEvent.prev/hash). Append-only: the database refuses UPDATE and DELETE.
CREATE TABLE consent_ledger (
  seq bigserial PRIMARY KEY,
  subject_ref text NOT NULL,
  event_id text NOT NULL UNIQUE,
  event_hash text NOT NULL,
  at bigint NOT NULL,
  gpc boolean NOT NULL,
  iv bytea NOT NULL,
  ct bytea NOT NULL
);
CREATE INDEX consent_ledger_subject ON consent_ledger (subject_ref, seq);

CREATE FUNCTION candor_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'candor: % on % is refused: the table is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER consent_ledger_append_only BEFORE UPDATE OR DELETE ON consent_ledger
  FOR EACH ROW EXECUTE FUNCTION candor_refuse_change();
CREATE TRIGGER consent_ledger_no_truncate BEFORE TRUNCATE ON consent_ledger
  FOR EACH STATEMENT EXECUTE FUNCTION candor_refuse_change();

-- The vault: stored events and hide markers as the core vault made them, sealed under the subject's key.
-- Ingest ids make a retried batch idempotent.
CREATE TABLE vault_events (
  seq bigserial PRIMARY KEY,
  subject_ref text NOT NULL,
  record_id text NOT NULL UNIQUE,
  iv bytea NOT NULL,
  ct bytea NOT NULL
);
CREATE INDEX vault_events_subject ON vault_events (subject_ref, seq);

CREATE TABLE ingested_events (
  event_id text PRIMARY KEY,
  subject_ref text NOT NULL,
  outcome text NOT NULL,
  claimed_at bigint NOT NULL,
  -- The event as published to the stream (when it went there), so that a retried batch republishes it.
  shared text
);
CREATE INDEX ingested_events_subject ON ingested_events (subject_ref);

-- The explanation log: records with their index (assigned by the one sequencer, checked under an advisory lock),
-- signed tree heads, and the key ring (kept apart from the log, so that erasure unlinks as well as shreds).
CREATE TABLE log_records (
  i bigint PRIMARY KEY,
  record text NOT NULL
);
CREATE TABLE log_heads (
  seq bigserial PRIMARY KEY,
  tree_size bigint NOT NULL,
  head text NOT NULL
);
CREATE TABLE log_keys (
  slot text PRIMARY KEY,
  ref text NOT NULL,
  is_key boolean NOT NULL,
  item text NOT NULL,
  seq bigint NOT NULL
);
CREATE SEQUENCE log_keys_seq;
CREATE INDEX log_keys_ref ON log_keys (ref);

-- Which log entries were served to a subject (for their export); deleted on erasure.
CREATE TABLE subject_entries (
  subject_ref text NOT NULL,
  first_index bigint NOT NULL,
  last_index bigint NOT NULL
);
CREATE INDEX subject_entries_subject ON subject_entries (subject_ref);

-- Log appends of server processes that are not the sequencer, until the sequencer has committed them; the waiting
-- server deletes its row once it has read the result (served items are personal: they are kept no longer).
CREATE TABLE log_queue (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  item text NOT NULL,
  done boolean NOT NULL DEFAULT false,
  result text,
  error text
);
CREATE INDEX log_queue_pending ON log_queue (id) WHERE NOT done;

-- Shared statistics written by `candor worker` from the event stream: pseudonymous interactions of subjects who
-- allowed "similar shoppers", idempotent on the event id.
CREATE TABLE shared_interactions (
  event_id text PRIMARY KEY,
  subject_ref text NOT NULL,
  type text NOT NULL,
  item text NOT NULL,
  rating double precision,
  at bigint NOT NULL,
  accepted_at bigint NOT NULL
);
CREATE INDEX shared_interactions_subject ON shared_interactions (subject_ref);

-- Erased subjects (keyed reference and time): a late event of theirs from the stream is not counted again.
CREATE TABLE erased_subjects (
  subject_ref text NOT NULL,
  erased_at bigint NOT NULL
);
CREATE INDEX erased_subjects_ref ON erased_subjects (subject_ref);
