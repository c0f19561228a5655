/** The synchronous SHA-256 the log hashes with (shared with the rest of core); Node can inject `node:crypto`. */
export { type Sha256, sha256 } from "../internal/sha256.ts";
