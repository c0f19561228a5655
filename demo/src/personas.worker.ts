/// <reference lib="webworker" />
/** Generates the demo personas (names in their own languages) off the main thread, after the shop is ready. */
import { createCatalog, createPersonas } from "@candor/sample-shop";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (message: MessageEvent<{ readonly seed: number }>) => {
  const { seed } = message.data;
  scope.postMessage(createPersonas({ seed, catalog: createCatalog({ seed }) }));
};
