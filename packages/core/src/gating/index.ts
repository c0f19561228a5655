/** `@candor/core/gating`: scripts, iframes and pixels held back until their purposes are granted, with contextual consent. */

export { CandorError, ConfigError } from "../internal/candor-error.ts";
export type { Cleared, PurposeStorage } from "./clear-storage.ts";
export {
  createGate,
  type Gate,
  type GateIssue,
  type GateOptions,
  type GateState,
  type WithdrawalReport,
} from "./create-gate.ts";
export type { PlaceholderLabels } from "./placeholder.ts";
