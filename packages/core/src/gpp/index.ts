/** `@candor/core/gpp`: IAB Global Privacy Platform `usnat` and `usca` sections and the `__gpp` API, from consent state. */

export { CandorError, ConfigError } from "../internal/candor-error.ts";
export {
  connectGpp,
  type EncodeGppOptions,
  encodeGpp,
  type GppConnection,
  type GppOptions,
  type GppSectionName,
} from "./connect-gpp.ts";
export { installGppStub } from "./gpp-stub.ts";
export {
  type GppInt,
  toUsCa,
  toUsNat,
  type UsCaFields,
  type UsNatFields,
  type UsSectionOptions,
} from "./us-sections.ts";
