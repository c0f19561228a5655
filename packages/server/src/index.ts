/** `@candor/server`: Candor over HTTP on PGlite (embedded, the default) or PostgreSQL. */
export { type AuthKeys, issueSubjectToken, type Principal } from "./auth.ts";
export { type DatabaseOptions, type Db, openDatabase } from "./db.ts";
export {
  BrokerUnavailableError,
  HttpError,
  ServerConfigError,
  StorageUnavailableError,
} from "./errors.ts";
export {
  connectEventBus,
  type EventBus,
  type EventBusOptions,
  type EventConsumer,
  type SharedEvent,
  type StreamNames,
} from "./event-bus.ts";
export type { ConsentChoice, ConsentLedger } from "./ledger.ts";
export { type Listening, listen } from "./listen.ts";
export {
  type CandorServer,
  type CandorServerOptions,
  createCandorServer,
  type ServerErasureReceipt,
  type ServerServingOptions,
} from "./server.ts";
export { startWorker, type Worker } from "./worker.ts";
