import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { servedItemSchema } from "./log-entry.ts";
import { copyServedItem, isServedItem } from "./served-item-check.ts";

const label = fc.string({ maxLength: 8 });
const id = fc.string({ minLength: 1, maxLength: 8 });
const num = fc.double({ noNaN: true, noDefaultInfinity: true });
const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const evidence = fc.oneof(
  fc.record(
    { kind: fc.constant("item"), item: id, event: id, dataCategory: label },
    { requiredKeys: ["kind", "item", "dataCategory"] },
  ),
  fc.record(
    { kind: fc.constant("search"), query: label, event: id, dataCategory: label },
    { requiredKeys: ["kind", "query", "dataCategory"] },
  ),
  fc.record({ kind: fc.constant("context"), name: label, value: label, dataCategory: label }),
  fc.record({ kind: fc.constant("global"), name: label }),
);
const contribution = fc.record(
  {
    scorer: label,
    evidence,
    raw: num,
    weight: num,
    amount: num,
    purposes: fc.array(label, { maxLength: 3 }),
  },
  { requiredKeys: ["scorer", "evidence", "raw", "weight", "amount"] },
);
const item = fc.record(
  {
    id,
    at: fc.nat(),
    surface: label,
    slateId: id,
    rank: fc.integer({ min: 1, max: 50 }),
    subject: id,
    jurisdiction: fc.option(label),
    minor: fc.boolean(),
    mode: fc.constantFrom("personalized", "non_profiling"),
    item: id,
    category: fc.option(label),
    provider: fc.option(label),
    score: num,
    contributions: fc.array(contribution, { maxLength: 3 }),
    effects: fc.array(fc.record({ stage: label, kind: label, amount: num, message: label }), {
      maxLength: 2,
    }),
    explanation: fc.record({ templateId: label, text: label }),
    dataCategories: fc.array(label, { maxLength: 3 }),
    legalBasis: fc.record(
      {
        basis: fc.constantFrom(null, "consent", "explicit-consent", "contract", "legitimate-interest"),
        purposes: fc.array(label, { maxLength: 3 }),
        consent: fc.constantFrom("valid", "none", "refused", "withdrawn", "expired"),
        consentRecordId: fc.option(id),
        consentStateHash: fc.option(label),
        withdrawnAt: fc.option(fc.nat()),
        consentEventId: fc.option(id),
        consentEventHash: fc.option(hex64),
      },
      { requiredKeys: ["basis", "purposes", "consent", "consentRecordId", "consentStateHash"] },
    ),
    versions: fc.record({ model: label, policy: label, disclosure: label }),
    controls: fc.array(label, { maxLength: 3 }),
    arm: fc.option(label),
    extra: fc.anything(),
  },
  {
    requiredKeys: [
      "surface",
      "slateId",
      "rank",
      "subject",
      "jurisdiction",
      "minor",
      "mode",
      "item",
      "provider",
      "score",
      "contributions",
      "effects",
      "explanation",
      "dataCategories",
      "legalBasis",
      "versions",
      "controls",
    ],
  },
);

/** Bad values of every kind the schema distinguishes. */
const bad = fc.constantFrom<unknown>(
  undefined,
  null,
  "",
  "x".repeat(257),
  "x".repeat(4001),
  "G".repeat(64),
  -1,
  0,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 60,
  true,
  [],
  {},
  [1],
  { kind: "item" },
  "personalized",
);

type Tree = Record<string, unknown> | unknown[];

/** Replaces (or deletes) the value at a random path of a deep copy of `value`. */
function mutate(value: unknown, choices: number[], replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(value) as Tree;
  let node: Tree = copy;
  for (let depth = 0; ; depth++) {
    const keys = Object.keys(node);
    if (keys.length === 0) return copy;
    const key = keys[(choices[depth] ?? 0) % keys.length] as string;
    const child = (node as Record<string, unknown>)[key];
    const deeper = typeof child === "object" && child !== null && depth + 1 < choices.length;
    if (!deeper || (choices[depth] ?? 0) % 3 === 0) {
      if (remove && !Array.isArray(node)) delete (node as Record<string, unknown>)[key];
      else (node as Record<string, unknown>)[key] = replacement;
      return copy;
    }
    node = child as Tree;
  }
}

describe("isServedItem", () => {
  it("accepts what servedItemSchema accepts, and copies it as the schema's output", () => {
    fc.assert(
      fc.property(item, (value) => {
        const parsed = servedItemSchema.safeParse(value);
        expect(isServedItem(value)).toBe(parsed.success);
        if (parsed.success) expect(copyServedItem(value as never)).toStrictEqual(parsed.data);
      }),
      { numRuns: 300 },
    );
  });

  it("rejects what servedItemSchema rejects, at any depth", () => {
    const seen = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(
        item,
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        bad,
        fc.boolean(),
        (value, choices, replacement, remove) => {
          const mutated = mutate(value, choices, replacement, remove);
          const accepted = servedItemSchema.safeParse(mutated).success;
          expect(isServedItem(mutated)).toBe(accepted);
          seen[accepted ? "accepted" : "rejected"]++;
        },
      ),
      { numRuns: 3000 },
    );
    // Both sides of the comparison were exercised, not only one.
    expect(seen.rejected).toBeGreaterThan(1000);
    expect(seen.accepted).toBeGreaterThan(100);
  });

  it("rejects non-objects", () => {
    for (const value of [null, undefined, 1, "item", [], [{}]]) expect(isServedItem(value)).toBe(false);
  });
});
