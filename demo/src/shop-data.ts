/**
 * The shop behind the demo: the sample catalog and its background shoppers are generated in a worker (deterministic
 * by seed); the vault and the recommender are built here as soon as the catalog arrives, and the recommender learns
 * from the background traffic chunk by chunk while the worker generates the rest, each simulated shopper's events
 * counting only under that shopper's own consent at the time. The personas come from a second worker, later.
 */

import { localizedPurposes } from "@candor/core/consent/locales";
import {
  createConsentManager,
  memoryStorage,
  needsConsent,
  type PurposeId,
} from "@candor/core/consent/manager";
import { createPolicy, createVault, type Policy, type PolicyConsent, type Vault } from "@candor/core/policy";
import { createServing, type LearnEvent, type Serving } from "@candor/core/serve";
import type { Catalog, Category, Persona, Product, Seller } from "@candor/sample-shop";
import { createDemoAuditLog, type DemoAuditLog } from "./audit-log.ts";
import { type DeviceVaultStorage, deviceVaultStorage } from "./device-vault-storage.ts";
import { createDemoRerank } from "./rerank.ts";
import {
  DEVICES,
  type GenerateRequest,
  INGEST_TYPES,
  type ShoppersMessage,
  type TrafficChunk,
} from "./traffic-chunk.ts";

/** The seed of everything generated. */
export const SHOP_SEED = 7;

const DAY_MS = 86_400_000;

/** The background: 2,000 shoppers over the 30 days before today (UTC), about 60,000 events. */
export function backgroundRequest(now = Date.now()): GenerateRequest {
  return {
    seed: SHOP_SEED,
    shoppers: 2000,
    eventsPerShopperPerDay: 1,
    days: 30,
    // Whole days, so the same seed gives the same traffic shifted in time, and popularity is recent.
    start: Math.floor(now / DAY_MS) * DAY_MS - 30 * DAY_MS,
    chunk: 8192,
  };
}

/** The loaded shop. */
export interface Shop {
  readonly catalog: Catalog;
  readonly products: ReadonlyMap<string, Product>;
  readonly sellers: ReadonlyMap<string, Seller>;
  readonly categories: ReadonlyMap<string, Category>;
  readonly policy: Policy;
  readonly vault: Vault;
  readonly storage: DeviceVaultStorage;
  /** The serving pipeline: every row is served, explained and logged through it. */
  readonly serving: Serving<Product>;
  readonly audit: DemoAuditLog;
  /** What the background contributed, for the privacy center. */
  readonly background: {
    readonly shoppers: number;
    readonly events: number;
    readonly subjects: number;
    readonly interactions: number;
  };
}

type Built = Omit<Shop, "background">;

/** Runs the generator worker and builds the shop. */
export function loadShop(request: GenerateRequest = backgroundRequest()): Promise<Shop> {
  const worker = new Worker(new URL("./shop-data.worker.ts", import.meta.url), { type: "module" });
  return new Promise<Shop>((resolve, reject) => {
    let built: Built | null = null;
    let building: Promise<Built> | null = null;
    let shoppersMessage: ShoppersMessage | null = null;
    const queue: TrafficChunk[] = [];
    let learner: ((chunk: TrafficChunk) => number) | null = null;
    let generated = 0;
    worker.onerror = (event) => reject(new Error(event.message || "the shop generator failed"));
    const fail = (error: unknown) => {
      worker.terminate();
      reject(error);
    };
    /** Feeds queued chunks once the shop is built and the shoppers are known; resolves after the last one. */
    const drain = () => {
      if (!built || !shoppersMessage) return;
      learner ??= createLearner(built, shoppersMessage);
      while (queue.length > 0) {
        const chunk = queue.shift() as TrafficChunk;
        generated += learner(chunk);
        if (!chunk.last) continue;
        worker.terminate();
        performance.mark("candor:traffic-learned");
        const fitted = built.serving.fit();
        resolve({
          ...built,
          background: {
            shoppers: request.shoppers,
            events: generated,
            subjects: fitted.subjects,
            interactions: fitted.interactions,
          },
        });
      }
    };
    worker.onmessage = (
      message: MessageEvent<{ kind: "catalog"; catalog: Catalog } | ShoppersMessage | TrafficChunk>,
    ) => {
      try {
        const data = message.data;
        if (data.kind === "catalog") {
          performance.mark("candor:catalog-received");
          building = buildShop(data.catalog);
          building.then((shop) => {
            built = shop;
            performance.mark("candor:recommender-created");
            drain();
          }, fail);
        } else if (data.kind === "shoppers") {
          shoppersMessage = data;
          drain();
        } else if (data.kind === "traffic") {
          queue.push(data);
          drain();
        }
      } catch (error) {
        fail(error);
      }
    };
    worker.postMessage(request);
  });
}

/** Generates the personas in their own worker (their names need more Faker locales than the catalog). */
export function loadPersonas(seed = SHOP_SEED): Promise<readonly Persona[]> {
  const worker = new Worker(new URL("./personas.worker.ts", import.meta.url), { type: "module" });
  return new Promise((resolve, reject) => {
    worker.onerror = (event) => reject(new Error(event.message || "the persona generator failed"));
    worker.onmessage = (message: MessageEvent<readonly Persona[]>) => {
      worker.terminate();
      resolve(message.data);
    };
    worker.postMessage({ seed });
  });
}

async function buildShop(catalog: Catalog): Promise<Built> {
  const products = new Map(catalog.items.map((p) => [p.id, p]));
  const sellers = new Map(catalog.sellers.map((s) => [s.id, s]));
  const categories = new Map(catalog.categories.map((c) => [c.id, c]));
  const policy = createPolicy({ purposes: localizedPurposes });
  const storage = deviceVaultStorage();
  const vault = createVault({
    policy,
    storage,
    sensitiveTags: (item) => products.get(item)?.sensitive,
    onError: (issue) => console.warn(`[candor vault] ${issue.code}: ${issue.message}`),
  });
  const audit = await createDemoAuditLog((id) => {
    const product = products.get(id);
    const seller = product ? sellers.get(product.sellerId) : undefined;
    return {
      ...(product ? { title: product.title, category: product.category } : {}),
      ...(seller ? { provider: seller.id, providerGroup: seller.size } : {}),
    };
  });
  const serving = createServing<Product>({
    catalog: catalog.items,
    vault,
    log: audit.log,
    policy,
    rerank: createDemoRerank(catalog),
    surfaces: [
      "home",
      "home-deals",
      "home-curated",
      "category",
      "search",
      "pdp-similar",
      "pdp-also-bought",
      "cart",
    ],
    explain: {
      titleOf: (id) => products.get(id)?.title,
      categoryOf: (id) => {
        const product = products.get(id);
        return product ? categories.get(product.category)?.name : undefined;
      },
    },
    onError: (issue) => console.warn(`[candor serve] ${issue.stage}/${issue.code}: ${issue.message}`),
  });
  return { catalog, products, sellers, categories, policy, vault, storage, serving, audit };
}

/**
 * Returns a function that feeds one traffic chunk to the recommender, in time order, each shopper under their
 * consent at the time: no answer means no consent, except California's opt-out defaults after the notice.
 */
function createLearner(built: Built, shoppers: ShoppersMessage): (chunk: TrafficChunk) => number {
  const template = (() => {
    const manager = createConsentManager({
      region: "DE",
      purposes: localizedPurposes,
      storage: memoryStorage(),
    });
    manager.acceptAll();
    return manager.getState();
  })();
  const consentIds = localizedPurposes.filter(needsConsent).map((p) => p.id);
  const off = Object.fromEntries(consentIds.map((id) => [id, false]));
  const optOut = Object.fromEntries(consentIds.map((id) => [id, id !== "sensitive"]));
  const states: ({ choices: Record<PurposeId, boolean>; state: PolicyConsent } | undefined)[] = [];
  const stateOf = (
    subject: string,
    choices: Record<PurposeId, boolean>,
    decided: boolean,
  ): PolicyConsent => ({
    ...template,
    subject,
    recordId: `bg-${subject}`,
    status: decided ? "decided" : "none",
    granted: { ...template.granted, ...choices },
    lastEventId: null,
  });
  const entry = (index: number) => {
    let current = states[index];
    if (!current) {
      const california = shoppers.regions[shoppers.regionOf[index] ?? 0] === "US-CA";
      const choices = california ? { ...optOut } : { ...off };
      current = { choices, state: stateOf(shoppers.subjects[index] ?? "", choices, california) };
      states[index] = current;
    }
    return current;
  };
  const contexts = new Map<number, LearnEvent["context"]>();
  const contextOf = (device: number, hour: number, region: number) => {
    const key = (device * 24 + hour) * 64 + region;
    let context = contexts.get(key);
    if (!context) {
      context = {
        device: DEVICES[device] ?? "desktop",
        hourOfDay: hour,
        region: shoppers.regions[region] ?? "DE",
      };
      contexts.set(key, context);
    }
    return context;
  };
  const { catalog, serving } = built;
  return (chunk) => {
    let c = 0;
    const apply = (upTo: number) => {
      for (; c < chunk.consents.length && (chunk.consents[c]?.before ?? 0) <= upTo; c++) {
        const change = chunk.consents[c];
        if (!change) continue;
        const current = entry(change.subject);
        current.choices = { ...current.choices, ...change.choices };
        current.state = stateOf(shoppers.subjects[change.subject] ?? "", current.choices, true);
      }
    };
    for (let i = 0; i < chunk.count; i++) {
      apply(i);
      const subject = chunk.subject[i] ?? 0;
      serving.learn(
        {
          subject: shoppers.subjects[subject] ?? "",
          type: INGEST_TYPES[chunk.type[i] ?? 0] ?? "view",
          item: catalog.items[chunk.item[i] ?? 0]?.id ?? "",
          at: chunk.at[i] ?? 0,
          context: contextOf(chunk.device[i] ?? 0, chunk.hour[i] ?? 0, chunk.region[i] ?? 0),
        },
        entry(subject).state,
      );
    }
    apply(Number.POSITIVE_INFINITY);
    return chunk.generated;
  };
}
