/** `@candor/core/measure`: holdout arms, consented outcome events, incrementality (lift with intervals), drift monitoring. */

export {
  type AssignArmOptions,
  armDraw,
  assignArm,
  parseExperiment,
  safeParseExperiment,
} from "../internal/assign-arm.ts";
export { CandorError, ConfigError, InputError } from "../internal/candor-error.ts";
export { hmacSha256 } from "../internal/hmac-sha256.ts";
export { type IneligibleReason, type ServingMode, servingMode } from "../internal/serving-mode.ts";
export {
  type AdmitOutcomeOptions,
  admitOutcome,
  type OutcomeAdmission,
  type OutcomeDropReason,
  parseOutcome,
  safeParseOutcome,
} from "./admit-outcome.ts";
export { type BootstrapOptions, type BootstrapResult, bootstrapMeans } from "./bootstrap-means.ts";
export {
  alwaysValidPValue,
  type ConfidenceSequenceOptions,
  confidenceSequenceHalfWidth,
} from "./confidence-sequence.ts";
export {
  createDriftMonitor,
  type DriftCheck,
  type DriftMonitor,
  type DriftMonitorOptions,
  type DriftMonitorState,
} from "./drift-monitor.ts";
export {
  type ArmRate,
  type ArmSummary,
  INCREMENTALITY_METHODS,
  type IncrementalityOptions,
  type IncrementalityReport,
  type Indicator,
  incrementality,
  type RateLift,
  type RateMetric,
  type RevenueLift,
  type SurfaceComparison,
} from "./incrementality.ts";
export { normalCdf, normalQuantile } from "./normal.ts";
export {
  type OfflineDriftCheckOptions,
  type OfflineDriftResult,
  offlineDriftCheck,
} from "./offline-drift-check.ts";
export {
  createOutcomeLog,
  type OutcomeLog,
  type OutcomeLogIssue,
  type OutcomeLogOptions,
  type OutcomeLogState,
} from "./outcome-log.ts";
export {
  type IndexedDbOutcomeStorageOptions,
  indexedDbOutcomeStorage,
  memoryOutcomeStorage,
  type OutcomeStorage,
  type StoredOutcome,
} from "./outcome-storage.ts";
export { type DriftFormat, renderDrift, renderDriftCsv, renderDriftMarkdown } from "./render-drift.ts";
export {
  type IncrementalityFormat,
  type RenderIncrementalityOptions,
  renderIncrementality,
  renderIncrementalityCsv,
  renderIncrementalityJson,
  renderIncrementalityMarkdown,
} from "./render-incrementality.ts";
export {
  type RenderSequentialOptions,
  renderSequentialJson,
  renderSequentialMarkdown,
} from "./render-sequential.ts";
export {
  type RetrainingDecision,
  type RetrainingInput,
  type RetrainingOptions,
  retrainingSchedule,
} from "./retraining-schedule.ts";
export {
  SEQUENTIAL_METHODS,
  SEQUENTIAL_METRICS,
  type SequentialDecision,
  type SequentialEstimate,
  type SequentialLiftOptions,
  type SequentialLiftReport,
  type SequentialLook,
  type SequentialMetric,
  sequentialLift,
} from "./sequential-lift.ts";
export {
  type Proportion,
  type TwoProportionOptions,
  type TwoProportionResult,
  twoProportion,
} from "./two-proportion.ts";
export type {
  Arm,
  ArmAssignment,
  ArmKind,
  DriftEvent,
  EngagementOutcome,
  Experiment,
  Interval,
  Outcome,
  OutcomeType,
  PurchaseOutcome,
} from "./types.ts";
