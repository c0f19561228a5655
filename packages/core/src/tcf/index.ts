/** `@candor/core/tcf`: IAB TCF 2.2 TC strings and the `__tcfapi` from Candor's purposes, for a shop's registered CMP. */

export { CandorError, ConfigError } from "../internal/candor-error.ts";
export {
  connectTcf,
  gdprApplies,
  installTcfStub,
  type TcfConnection,
  type TcfOptions,
} from "./connect-tcf.ts";
export { encodeTcString, type TcStringOptions, toTcModel } from "./encode-tc-string.ts";
export type { TcfMapping } from "./tcf-mapping.ts";
export { loadVendorList } from "./vendor-list.ts";
