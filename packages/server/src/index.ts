/** `@candor/server`: Candor over HTTP on PGlite (embedded, the default) or PostgreSQL. */
export { type AuthKeys, issueSubjectToken, type Principal } from "./auth.ts";
export { type DatabaseOptions, type Db, dropSchema, openDatabase } from "./db.ts";
export {
  BrokerUnavailableError,
  HttpError,
  ServerConfigError,
  StorageUnavailableError,
} from "./errors.ts";
export {
  connectEventBus,
  connectEventConsumer,
  deleteStream,
  EVENT_STREAM,
  type EventBus,
  type EventBusOptions,
  type EventConsumer,
  type SharedEvent,
  type StreamNames,
  streamMessages,
  WORKER_CONSUMER,
} from "./event-bus.ts";
export { type ConsentChoice, type ConsentLedger, createConsentLedger } from "./ledger.ts";
export { type Listening, listen } from "./listen.ts";
export { migrate } from "./migrate.ts";
export {
  type CandorServer,
  type CandorServerOptions,
  createCandorServer,
  type ServerErasureReceipt,
  type ServerServingOptions,
} from "./server.ts";
export { startWorker, storeShared, type Worker } from "./worker.ts";
