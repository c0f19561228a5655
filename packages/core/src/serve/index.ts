/** `@candor/core/serve`: the one serving pipeline — consent → policy → signals → scorers → filters → re-rank → explain → log → slate. */
export {
  createServing,
  type IngestOutcome,
  type LearnEvent,
  type Serving,
  type ServingState,
} from "./create-serving.ts";
export type { ContextName } from "./score-stage.ts";
export {
  type ExplainOptions,
  ServeConfigError,
  type ServingLog,
  type ServingOptions,
  type ServingVault,
} from "./serving-options.ts";
export type { RerankRequest, RerankStage, Served, ServeIssue, ServeRequest, Slate } from "./types.ts";
