/** `@candor/core/audit/node`: the Node-only parts of the audit log (JSON-lines files, `node:crypto`); the rest is in `@candor/core/audit`. */

export {
  type JsonlLogReader,
  type JsonlLogStorageOptions,
  jsonlLogStorage,
  readJsonlLog,
} from "./jsonl-log-storage.ts";
export { nodeBodyCipher, nodeSha256 } from "./node-crypto.ts";
