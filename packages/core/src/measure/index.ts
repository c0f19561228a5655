/** `@candor/core/measure`: holdout arms, consented outcome events, incrementality (lift with intervals), drift monitoring. */

export { type AssignArmOptions, assignArm } from "../internal/assign-arm.ts";
export { CandorError, ConfigError, InputError } from "../internal/candor-error.ts";
export type { IneligibleReason } from "../internal/serving-mode.ts";
export {
  type AdmitOutcomeOptions,
  admitOutcome,
  type OutcomeAdmission,
  type OutcomeDropReason,
  parseOutcome,
} from "./admit-outcome.ts";
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
  type IncrementalityOptions,
  type IncrementalityReport,
  type Indicator,
  incrementality,
  type RateLift,
  type RateMetric,
  type RevenueLift,
  type SurfaceComparison,
} from "./incrementality.ts";
export { normalQuantile } from "./normal.ts";
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
  type OutcomeStorage,
  type StoredOutcome,
} from "./outcome-storage.ts";
export {
  type IncrementalityFormat,
  type RenderIncrementalityOptions,
  renderIncrementality,
} from "./render-incrementality.ts";
export { type RenderSequentialOptions, renderSequentialMarkdown } from "./render-sequential.ts";
export {
  type RetrainingDecision,
  type RetrainingInput,
  type RetrainingOptions,
  retrainingSchedule,
} from "./retraining-schedule.ts";
export {
  SEQUENTIAL_METRICS,
  type SequentialDecision,
  type SequentialEstimate,
  type SequentialLiftOptions,
  type SequentialLiftReport,
  type SequentialLook,
  type SequentialMetric,
  sequentialLift,
} from "./sequential-lift.ts";
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
