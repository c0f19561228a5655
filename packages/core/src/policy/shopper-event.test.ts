import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError, parseShopperEvent, safeParseShopperEvent } from "./index.ts";

const at = Date.UTC(2026, 0, 1);

describe("shopper events", () => {
  it("accepts every event type, including the sample shop's simulator events", () => {
    const events = [
      {
        type: "view",
        subject: "s0001",
        item: "p0001",
        at,
        session: "s0001-003",
        context: { device: "mobile", hourOfDay: 9, locale: "de-DE", region: "DE" },
      },
      { type: "add_to_cart", subject: "s1", item: "p1", at },
      { type: "purchase", subject: "s1", item: "p1", at },
      { type: "dismiss", subject: "s1", item: "p1", at },
      { type: "rating", subject: "s1", item: "p1", rating: 4.5, at },
      { type: "search", subject: "s1", query: "tent", at, context: { region: "US-CA" } },
      { type: "hide_from_history", subject: "s1", at, eventId: "ev_1" },
      { type: "hide_from_history", subject: "s1", at, item: "p1" },
    ];
    for (const event of events) expect(parseShopperEvent(event)).toEqual(event);
  });

  it("drops unknown fields instead of storing them (GDPR Art. 5(1)(c))", () => {
    expect(
      parseShopperEvent({ type: "view", subject: "s1", item: "p1", at, email: "a@b.c" }),
    ).not.toHaveProperty("email");
  });

  it("names the offending field and value", () => {
    const cases: [unknown, string, unknown][] = [
      [{ type: "view", subject: "", item: "p1", at }, "subject", ""],
      [{ type: "view", subject: "s1", at }, "item", undefined],
      [{ type: "view", subject: "s1", item: "p1", at: 1.5 }, "at", 1.5],
      [
        { type: "view", subject: "s1", item: "p1", at, context: { device: "fridge" } },
        "context.device",
        "fridge",
      ],
      [
        { type: "view", subject: "s1", item: "p1", at, context: { region: "Berlin, Germany" } },
        "context.region",
        "Berlin, Germany",
      ],
      [{ type: "rating", subject: "s1", item: "p1", at, rating: 4.2 }, "rating", 4.2],
      [{ type: "hide_from_history", subject: "s1", at, eventId: "e", item: "p" }, "eventId", "e"],
      [{ type: "teleport", subject: "s1", at }, "type", "teleport"],
    ];
    for (const [input, path, value] of cases) {
      const result = safeParseShopperEvent(input);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error).toBeInstanceOf(InputError);
      expect([result.error.path, result.error.value]).toEqual([path, value]);
      expect(result.error.message).toContain(path);
      expect(result.error.reason).not.toBe("Invalid input");
    }
  });

  it("never throws anything but InputError on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseShopperEvent(input);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
