/** `@candor/core/policy/node`: the Node-only vault storage (JSON-lines file); everything else is in `@candor/core/policy`. */
export { type JsonlFileStorageOptions, jsonlFileStorage } from "./jsonl-file-storage.ts";
