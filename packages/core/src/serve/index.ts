/** `@candor/core/serve`: the one serving pipeline — consent → policy → signals → scorers → filters → re-rank → explain → log → slate. */
export { CandorError, ConfigError } from "../internal/candor-error.ts";
export { createServing } from "./create-serving.ts";
export type { LearnEvent } from "./learn-shared.ts";
export type { ContextName } from "./score-stage.ts";
export type {
  ExplainOptions,
  ServingLog,
  ServingOptions,
  ServingVault,
} from "./serving-options.ts";
export type {
  IngestOutcome,
  RerankStage,
  Served,
  ServeIssue,
  ServeRequest,
  Serving,
  ServingState,
  Slate,
} from "./types.ts";
