/**
 * The serve-time request, checked field by field with zod: a field that is malformed is dropped (and named), so a bad
 * request degrades to a safe slate instead of throwing; a malformed consent state counts as no consent.
 */
import * as z from "zod/mini";
import type { ConsentState } from "../consent/types.ts";
import { isConsentState } from "../policy/granted-categories.ts";
import type { ServeRequest } from "./types.ts";

/** Slate length when the request names none. */
export const DEFAULT_K = 10;
/** The longest slate served. */
export const MAX_K = 100;

/** What a request without a readable consent state is served under: no consent, for nobody in particular. */
export const anonymousConsent: ConsentState = Object.freeze({
  status: "none",
  subject: "anonymous",
  recordId: "",
  regime: Object.freeze({ id: "strictest", region: null, model: "opt-in", lifetimeMs: 0 }),
  minor: false,
  notice: Object.freeze({ id: "", version: "", hash: "" }),
  granted: Object.freeze({}),
  pending: Object.freeze([]),
  lastEventId: null,
  lastEvent: null,
  decidedAt: null,
  expiresAt: null,
  gpc: Object.freeze({ detected: false, honored: false, purposes: [], overridden: [], conflicts: [] }),
});

const text = z.string().check(z.minLength(1), z.maxLength(256));
const texts = z.array(text).check(z.maxLength(1000));
const price = z.number().check(z.refine(Number.isFinite, "must be finite"), z.gte(0));

/** One schema per optional field of {@link ServeRequest}. */
const fields = {
  session: text,
  context: z.strictObject({
    device: z.optional(z.enum(["mobile", "desktop", "tablet"])),
    hourOfDay: z.optional(z.int().check(z.gte(0), z.lte(23))),
    locale: z.optional(z.string().check(z.maxLength(35))),
    region: z.optional(z.string().check(z.maxLength(16))),
  }),
  constraints: z.strictObject({
    minPrice: z.optional(price),
    maxPrice: z.optional(price),
    categories: z.optional(texts),
    brands: z.optional(texts),
    tags: z.optional(texts),
    priceBands: z.optional(texts),
  }),
  nonPersonalized: z.boolean(),
  anchor: z.strictObject({ item: text, relation: z.enum(["similar", "also-bought"]) }),
  exclude: texts,
  variety: z.number().check(z.gte(0), z.lte(1)),
  seed: z.int(),
  locale: z.string().check(z.minLength(2), z.maxLength(35)),
} as const;

/** The request with every field checked, and the names of the fields that were dropped. */
export function normalizeRequest(input: ServeRequest): { request: ServeRequest; invalid: string[] } {
  const r = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const invalid: string[] = [];
  const consent = isConsentState(r.consent) ? r.consent : anonymousConsent;
  if (consent === anonymousConsent) invalid.push("consent");
  const surface = text.safeParse(r.surface).success ? (r.surface as string) : "unknown";
  if (surface === "unknown" && r.surface !== "unknown") invalid.push("surface");
  const k = Number.isInteger(r.k) && (r.k as number) >= 1 ? Math.min(r.k as number, MAX_K) : DEFAULT_K;
  if (r.k !== undefined && k !== r.k) invalid.push("k");
  const request: Record<string, unknown> = { consent, surface, k };
  for (const [key, schema] of Object.entries(fields)) {
    const value = r[key];
    if (value === undefined) continue;
    if ((schema as z.ZodMiniType).safeParse(value).success) request[key] = value;
    else invalid.push(key);
  }
  return { request: request as unknown as ServeRequest, invalid };
}
