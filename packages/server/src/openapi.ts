/**
 * The HTTP API reference, generated from the routes' zod schemas: an OpenAPI 3.1 document (`docs/http-api.json`) and
 * its Markdown rendering (`docs/http-api.md`). `openapi.test.ts` fails when either is stale or a route is missing.
 */
import { shopperEventSchema } from "@candor/core/policy";
import * as z from "zod";
import {
  consentChoiceSchema,
  consistencyQuerySchema,
  entriesQuerySchema,
  inclusionQuerySchema,
  receiptQuerySchema,
  recommendSchema,
} from "./schemas.ts";

type Json = Record<string, unknown>;
type Role = "shop" | "shopper (own subject)" | "auditor" | "none";

/** One route of the API as documented. */
export interface RouteDoc {
  readonly method: "get" | "post";
  /** OpenAPI path, e.g. `/v1/subjects/{subject}/consent`. */
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly roles: readonly Role[];
  readonly query?: z.ZodObject;
  readonly body?: Json;
  /** Success status and what it returns. */
  readonly ok: readonly [number, string];
  /** Error codes this route may answer with, besides `unauthenticated`, `forbidden` and `storage-unavailable`. */
  readonly errors: readonly string[];
  /** The 503 codes, when there are more than `storage-unavailable`. */
  readonly unavailable?: readonly string[];
}

const UNAVAILABLE: Readonly<Record<string, string>> = {
  "storage-unavailable": "the database does not answer",
  "broker-unavailable":
    "the event stream (NATS JetStream) did not acknowledge the batch; it is stored, and its retry (same ids) publishes it",
  "ingest-pending": "ids of the batch are claimed by a request that has not finished; retry the batch",
};

const schema = (s: z.ZodType): Json => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as Json;
  return rest;
};

const idProperty = {
  type: "string",
  pattern: "^[A-Za-z0-9._:-]{1,128}$",
  description: "Idempotency id: a retried batch stores each event once.",
};

/** A shopper event as the vault validates it, with the optional idempotency `id`. */
function eventItemSchema(): Json {
  const base = schema(shopperEventSchema as unknown as z.ZodType) as { oneOf?: Json[] };
  const withId = (branch: Json): Json => ({
    ...branch,
    properties: { id: idProperty, ...(branch.properties as Json) },
  });
  return base.oneOf ? { oneOf: base.oneOf.map(withId) } : withId(base);
}

const subjectRoles: readonly Role[] = ["shop", "shopper (own subject)"];
const logRoles: readonly Role[] = ["auditor", "shop"];

/** Every route of the server, in the order the reference lists them. */
export const routeDocs: readonly RouteDoc[] = [
  {
    method: "post",
    path: "/v1/subjects/{subject}/consent",
    summary: "Record a consent choice",
    description:
      "Applies the choice with the core consent manager over the subject's record rebuilt from the ledger and appends the events it made to the append-only ledger. A `Sec-GPC: 1` header is honored (the signal's purposes stay off) and recorded with the ledger rows.",
    roles: subjectRoles,
    body: schema(consentChoiceSchema),
    ok: [
      201,
      "`{ state, appended, gpc }`: the new consent state, ledger rows appended, whether GPC was seen.",
    ],
    errors: ["invalid-input", "invalid-json", "unsupported-media-type", "unknown-purpose", "invalid-choice"],
  },
  {
    method: "get",
    path: "/v1/subjects/{subject}/consent",
    summary: "Read a subject's consent state",
    description: "Deny by default: a subject with nothing recorded (or erased) has status `none`.",
    roles: subjectRoles,
    ok: [200, "`{ state }`"],
    errors: ["invalid-input"],
  },
  {
    method: "get",
    path: "/v1/subjects/{subject}/consent/record",
    summary: "Read a subject's consent record",
    description: "The hash-chained record (ISO/IEC TS 27560 shape) as the ledger holds it.",
    roles: subjectRoles,
    ok: [200, "`{ record }`"],
    errors: ["invalid-input", "no-record"],
  },
  {
    method: "get",
    path: "/v1/subjects/{subject}/consent/receipt",
    summary: "A consent receipt",
    description: "A Kantara Consent Receipt v1.1 of the standing choice.",
    roles: subjectRoles,
    query: receiptQuerySchema,
    ok: [200, "`{ receipt }`"],
    errors: ["invalid-input", "no-record"],
  },
  {
    method: "post",
    path: "/v1/subjects/{subject}/events",
    summary: "Ingest a batch of shopper events",
    description:
      "The whole batch is validated first (one bad event and nothing is stored). Each event is then stored through the core vault under the subject's consent: only what a granted purpose allows is kept, context fields no purpose allows are stripped. Events with an `id` already ingested are reported as duplicates and not stored again.",
    roles: subjectRoles,
    body: {
      type: "object",
      properties: { events: { type: "array", minItems: 1, maxItems: 1000, items: eventItemSchema() } },
      required: ["events"],
      additionalProperties: false,
    },
    ok: [202, "`{ stored, refused, duplicates, results }`, one result per event in order."],
    errors: ["invalid-input", "invalid-event", "subject-mismatch", "duplicate-id", "invalid-json"],
    unavailable: ["storage-unavailable", "broker-unavailable", "ingest-pending"],
  },
  {
    method: "post",
    path: "/v1/subjects/{subject}/recommendations",
    summary: "Serve a slate",
    description:
      'Runs `createServing(...).serve()` for the subject with the consent state from the ledger. The slate\'s log entries are committed before the response. With the vault or the log unavailable the slate is non-personalized and `issues` says why; with the database down it is still 200, the non-personalized slate with `degraded: "storage-unavailable"` (the page shows it instead of an error).',
    roles: subjectRoles,
    body: schema(recommendSchema),
    ok: [200, "`{ slate, explanations, entries, issues, degraded? }`"],
    errors: ["invalid-input", "invalid-json"],
  },
  {
    method: "get",
    path: "/v1/subjects/{subject}/export",
    summary: "Export a subject's data",
    description:
      "GDPR Art. 15 and 20: the consent record, the vault's events with their purposes and derived data, and the explanations served (log entries with their opened bodies).",
    roles: subjectRoles,
    ok: [200, "`{ export }`"],
    errors: ["invalid-input"],
  },
  {
    method: "post",
    path: "/v1/subjects/{subject}/erase",
    summary: "Erase a subject",
    description:
      "GDPR Art. 17: deletes the vault's events, crypto-shreds the consent ledger (the subject's key is deleted; the append-only rows no longer open), shreds the log bodies (entries and proofs stay valid), forgets the subject in the shared statistics; one receipt.",
    roles: subjectRoles,
    ok: [200, "`{ receipt }` (`candor.server-erasure-receipt/1`)"],
    errors: ["invalid-input"],
  },
  {
    method: "get",
    path: "/v1/log/head",
    summary: "The newest signed tree head",
    description: "Signs one first when entries are unsigned (RFC 6962 §3.5).",
    roles: logRoles,
    ok: [200, "`{ head }`"],
    errors: [],
  },
  {
    method: "get",
    path: "/v1/log/heads",
    summary: "Every signed tree head",
    description: "Oldest first.",
    roles: logRoles,
    ok: [200, "`{ heads }`"],
    errors: [],
  },
  {
    method: "get",
    path: "/v1/log/key",
    summary: "The log's public key",
    description: "The JWK that verifies the tree heads, and its key id.",
    roles: logRoles,
    ok: [200, "`{ keyId, jwk }`"],
    errors: [],
  },
  {
    method: "get",
    path: "/v1/log/entries",
    summary: "Committed entries",
    description:
      "Up to 1,000 entries from `from`: index, leaf hash and the committed entry (pseudonymous). Personal bodies are never returned here.",
    roles: logRoles,
    query: entriesQuerySchema,
    ok: [200, "`{ size, entries }`"],
    errors: ["invalid-input", "out-of-range"],
  },
  {
    method: "get",
    path: "/v1/log/proofs/inclusion",
    summary: "An inclusion proof",
    description: "RFC 9162 §2.1.3, of entry `index` in the tree of `treeSize` entries (default: all).",
    roles: logRoles,
    query: inclusionQuerySchema,
    ok: [200, "`{ proof }`"],
    errors: ["invalid-input", "out-of-range"],
  },
  {
    method: "get",
    path: "/v1/log/proofs/consistency",
    summary: "A consistency proof",
    description: "RFC 9162 §2.1.4, between tree sizes `first` and `second` (default: all).",
    roles: logRoles,
    query: consistencyQuerySchema,
    ok: [200, "`{ proof }`"],
    errors: ["invalid-input", "out-of-range"],
  },
  {
    method: "get",
    path: "/v1/log/export",
    summary: "Export the log",
    description:
      "The whole log as JSON lines in the format of `jsonlLogStorage` (records with sealed bodies, heads, a commit line), for `candor audit verify`.",
    roles: logRoles,
    ok: [200, "`application/x-ndjson`"],
    errors: [],
  },
  {
    method: "get",
    path: "/health",
    summary: "Health",
    description:
      "`status` is `ok`, or `degraded` (503) when the database does not answer or the log refused to load.",
    roles: ["none"],
    ok: [200, "`{ status, database, log, sequencer, entries }`"],
    errors: [],
  },
  {
    method: "get",
    path: "/metrics",
    summary: "Prometheus metrics",
    description:
      "Requests by route and status, latency histograms, events offered/stored/duplicate, log size, slates served and personalized, failed log appends.",
    roles: ["none"],
    ok: [200, "Prometheus text format 0.0.4"],
    errors: [],
  },
];

const errorSchema = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: {
        code: { type: "string", description: "Stable, machine-readable." },
        message: { type: "string" },
        path: { type: "string", description: "The offending field, dotted (e.g. `events.3.item`)." },
      },
      required: ["code", "message"],
    },
  },
  required: ["error"],
};

function parameters(route: RouteDoc): Json[] {
  const out: Json[] = [];
  if (route.path.includes("{subject}"))
    out.push({
      name: "subject",
      in: "path",
      required: true,
      schema: { type: "string", pattern: "^[A-Za-z0-9._:-]{1,128}$" },
    });
  if (route.query) {
    const q = schema(route.query) as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, s] of Object.entries(q.properties ?? {}))
      out.push({ name, in: "query", required: q.required?.includes(name) ?? false, schema: s });
  }
  return out;
}

/** The OpenAPI 3.1 document of the server. */
export function openApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const route of routeDocs) {
    const auth = !route.roles.includes("none");
    paths[route.path] ??= {};
    (paths[route.path] as Json)[route.method] = {
      summary: route.summary,
      description: `${route.description}\n\nRoles: ${route.roles.join(", ")}.`,
      ...(auth ? { security: [{ bearer: [] }] } : {}),
      parameters: parameters(route),
      ...(route.body
        ? { requestBody: { required: true, content: { "application/json": { schema: route.body } } } }
        : {}),
      responses: {
        [String(route.ok[0])]: { description: route.ok[1] },
        "4XX": {
          description: `Error codes: ${[...route.errors, ...(auth ? ["unauthenticated", "invalid-token", "token-expired", "forbidden"] : [])].join(", ") || "not-found"}.`,
          content: { "application/json": { schema: errorSchema } },
        },
        "503": {
          description: `${(route.unavailable ?? ["storage-unavailable"]).map((code) => `${code}: ${UNAVAILABLE[code]}`).join("; ")}.`,
          content: { "application/json": { schema: errorSchema } },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Candor server",
      version: "1",
      description:
        "Consent ledger, consent-gated events, recommendations with explanations, the explanation log for auditors and subject rights. Generated from the zod schemas of @candor/server; do not edit by hand.",
    },
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description:
            "The shop's API key, the auditor key (log routes only), or a shopper's subject token (`issueSubjectToken`; its own subject only).",
        },
      },
    },
    paths,
  };
}

/** The Markdown reference rendered from the same routes. */
export function renderApiMarkdown(): string {
  const lines = [
    "# HTTP API reference",
    "",
    "<!-- Generated from the zod schemas of @candor/server (packages/server/src/openapi.ts); do not edit by hand.",
    "     Regenerate: CANDOR_UPDATE_API_DOCS=1 node_modules/.bin/vitest run --project unit packages/server/src/openapi.test.ts -->",
    "",
    "The machine-readable document is [`http-api.json`](http-api.json) (OpenAPI 3.1). Every error is JSON",
    '`{ "error": { "code", "message", "path"? } }` with a stable `code`; every `/v1` route needs',
    "`Authorization: Bearer <credential>`: the shop's API key, the auditor key (log routes only) or a shopper's",
    "subject token (`issueSubjectToken(secret, subject, expiresAt)` from `@candor/server`; its own subject only).",
    "A database outage answers `503 storage-unavailable`; recommendations then degrade to non-personalized slates",
    '(200 with `degraded: "storage-unavailable"`). Ingest also answers `503 broker-unavailable` when the event',
    "stream does not acknowledge (the batch is stored; its retry with the same ids publishes it) and `503 ingest-pending`",
    "while ids of the batch are claimed by an unfinished request. A 503 is always safe to retry.",
    "",
    "| Method | Path | Roles | Success |",
    "| --- | --- | --- | --- |",
  ];
  for (const r of routeDocs)
    lines.push(`| ${r.method.toUpperCase()} | \`${r.path}\` | ${r.roles.join(", ")} | ${r.ok[0]} |`);
  for (const r of routeDocs) {
    lines.push("", `## ${r.method.toUpperCase()} \`${r.path}\`: ${r.summary}`, "", r.description, "");
    lines.push(`Roles: ${r.roles.join(", ")}. Success: ${r.ok[0]}, ${r.ok[1]}`);
    if (r.errors.length > 0) lines.push("", `Errors: ${r.errors.map((e) => `\`${e}\``).join(", ")}.`);
    if (r.unavailable)
      lines.push("", `Unavailable (503): ${r.unavailable.map((e) => `\`${e}\``).join(", ")}.`);
    const query = parameters(r).filter((p) => p.in === "query");
    if (query.length > 0) {
      lines.push("", "Query parameters:", "");
      for (const p of query)
        lines.push(
          `- \`${String(p.name)}\`${p.required ? " (required)" : ""}: \`${JSON.stringify(p.schema)}\``,
        );
    }
    if (r.body) lines.push("", "Body (JSON Schema):", "", "```json", JSON.stringify(r.body, null, 2), "```");
  }
  return `${lines.join("\n")}\n`;
}
