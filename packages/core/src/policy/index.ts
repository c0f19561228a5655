/** `@candor/core/policy`: data categories, the purpose-bound vault, policy decisions, business rules and data-subject rights. */

export { CandorError, ConfigError, InputError, StorageError } from "../internal/candor-error.ts";
export {
  applyRules,
  type FilteredItem,
  isAllowed,
  type PolicyItem,
  type RuleContext,
} from "./apply-rules.ts";
export { createPolicy, defaultPolicy, defaultRequestPurposes, type PolicyOptions } from "./create-policy.ts";
export {
  AGE,
  BROWSING_BEHAVIOR,
  contextCategory,
  type DataCategory,
  DEVICE_BASED,
  dataCategories,
  defaultSensitiveTags,
  interactionCategory,
  LOCATION,
  PURCHASE,
  RATING,
  SEARCH_HISTORY,
  specialCategoriesOf,
  TIME_OF_DAY,
  UNCLASSIFIED_SPECIAL,
} from "./data-categories.ts";
export { decide } from "./decide.ts";
export { defaultRuleSet } from "./default-rules.ts";
export { type IndexedDbVaultStorageOptions, indexedDbVaultStorage } from "./indexed-db-vault-storage.ts";
export { memoryVaultStorage } from "./memory-vault-storage.ts";
export {
  parseRuleSet,
  type Rule,
  type RuleCondition,
  type RuleSet,
  ruleSetSchema,
  safeParseRuleSet,
} from "./rule-set.ts";
export { parseShopperEvent, safeParseShopperEvent, shopperEventSchema } from "./shopper-event.ts";
export type * from "./types.ts";
export { createVault, type Vault, type VaultOptions } from "./vault.ts";
