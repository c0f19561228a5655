/** `@candor/core/policy`: data categories, the purpose-bound vault, policy decisions, business rules and data-subject rights. */

export { CandorError, ConfigError, InputError, StorageError } from "../internal/candor-error.ts";
export {
  applyRules,
  type FilteredItem,
  isAllowed,
  type PolicyItem,
  type RuleContext,
} from "./apply-rules.ts";
export { createPolicy, defaultPolicy, type PolicyOptions } from "./create-policy.ts";
export { type DataCategory, dataCategories } from "./data-categories.ts";
export { decide } from "./decide.ts";
export { defaultRuleSet } from "./default-rules.ts";
export { type IndexedDbVaultStorageOptions, indexedDbVaultStorage } from "./indexed-db-vault-storage.ts";
export type { Rule, RuleCondition, RuleSet } from "./rule-set.ts";
export { parseShopperEvent, safeParseShopperEvent, shopperEventSchema } from "./shopper-event.ts";
export type * from "./types.ts";
export { createVault, type Vault, type VaultOptions } from "./vault.ts";
