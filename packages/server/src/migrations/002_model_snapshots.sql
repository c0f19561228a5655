-- Candor server schema, version 2: model snapshots. `candor worker` refits the collaborative models from the shared
-- statistics when they drifted and publishes them here (the encoded models and their SHA-256); every server loads the
-- newest one whose digest matches (LISTEN candor_models, plus a poll) and refuses a corrupt one.
CREATE TABLE model_snapshots (
  id bigserial PRIMARY KEY,
  created_at bigint NOT NULL,
  -- Rows of shared_interactions it was fitted on (what a worker measures drift against).
  events bigint NOT NULL,
  sha256 text NOT NULL,
  body bytea NOT NULL
);
