import { createCatalog } from "@candor/sample-shop";
import { describe, expect, it } from "vitest";
import { createConsentManager } from "../consent/manager.ts";
import { servingMode } from "../internal/serving-mode.ts";
import { memoryLog } from "../internal/testing/memory-log.ts";
import { createVault, decide, type PolicyDecision } from "../policy/index.ts";
import { createServing } from "../serve/index.ts";
import { type ArmAssignment, type ArmKind, assignArm } from "./index.ts";

const T0 = Date.UTC(2026, 0, 10);
const arm = (kind: ArmKind): ArmAssignment => ({
  experiment: "e",
  arm: kind,
  kind,
  surface: "home",
  draw: 0.5,
});

function consent(choice: "all" | "reject" | "none", subject: string) {
  const manager = createConsentManager({ region: "DE", subject, clock: () => T0 });
  if (choice === "all") manager.acceptAll();
  if (choice === "reject") manager.rejectAll();
  return manager.getState();
}

const decision = (choice: "all" | "reject" | "none", nonPersonalized = false): PolicyDecision =>
  decide(consent(choice, "s_1"), { purpose: "recommend", surface: "home", nonPersonalized });

describe("servingMode", () => {
  it("serves the control arm non-profiling and the other arms personalized, counted in their arm", () => {
    const personalized = decision("all");
    expect(personalized.mode).toBe("personalized");
    expect(servingMode(arm("control"), personalized)).toMatchObject({
      status: "in-arm",
      mode: "non_profiling",
    });
    expect(servingMode(arm("personalized"), personalized)).toMatchObject({
      status: "in-arm",
      mode: "personalized",
    });
    expect(servingMode(arm("challenger"), personalized)).toMatchObject({
      status: "in-arm",
      mode: "personalized",
    });
  });

  it("never counts a shopper who chose non-personalized as a control, nor as treated", () => {
    const chosen = decision("all", true);
    for (const kind of ["control", "personalized", "challenger"] as const) {
      expect(servingMode(arm(kind), chosen)).toEqual({
        status: "not-eligible",
        mode: "non_profiling",
        arm: null,
        reason: "non-personalized-chosen",
      });
    }
  });

  it("never counts a shopper without personalization consent in any arm", () => {
    for (const choice of ["reject", "none"] as const) {
      const plan = servingMode(arm("personalized"), decision(choice));
      expect(plan).toMatchObject({ status: "not-eligible", arm: null, reason: "no-personalization-consent" });
    }
    expect(servingMode(arm("control"), null as unknown as PolicyDecision).status).toBe("not-eligible");
  });

  it("serves plainly, counted nowhere, where the experiment is switched off", () => {
    expect(servingMode(null, decision("all"))).toEqual({
      status: "not-in-experiment",
      mode: "personalized",
      arm: null,
    });
  });

  it("a control-arm shopper's slate never reads or uses personal data", async () => {
    const catalog = createCatalog({ seed: 5, items: 120, sellers: 6 });
    const ordinary = catalog.items
      .filter((p) => !p.sensitive && p.stock > 0 && !p.ageRestricted)
      .map((p) => p.id);
    const vault = createVault({ sensitiveTags: () => [] });
    const views: PolicyDecision[] = [];
    const serving = createServing({
      catalog: catalog.items,
      vault: {
        view: (d) => {
          views.push(d);
          return vault.view(d);
        },
        append: (event, state) => vault.append(event, state),
      },
      log: (await memoryLog()).log,
      clock: () => T0,
    });
    const experiment = {
      key: "k-serving",
      arms: [
        { id: "personalized", share: 0.5, kind: "personalized" },
        { id: "holdout", share: 0.5, kind: "control" },
      ],
    } as const;
    const subjects = { control: "", personalized: "" };
    for (let i = 0; !subjects.control || !subjects.personalized; i++) {
      const kind = assignArm(`s_${i}`, experiment)?.kind;
      if (kind === "control" && !subjects.control) subjects.control = `s_${i}`;
      if (kind === "personalized" && !subjects.personalized) subjects.personalized = `s_${i}`;
    }
    const serve = async (subject: string) => {
      const state = consent("all", subject);
      for (const [i, item] of ordinary.slice(0, 4).entries())
        await vault.append({ type: "view", subject, item: item, at: T0 - 1000 + i }, state);
      const plan = servingMode(
        assignArm(subject, { ...experiment, surface: "home" }),
        decide(state, { purpose: "recommend", surface: "home" }),
      );
      views.length = 0;
      const { slate } = await serving.serve({
        consent: state,
        surface: "home",
        k: 10,
        nonPersonalized: plan.mode === "non_profiling",
      });
      return { plan, slate, views: views.length };
    };

    const control = await serve(subjects.control);
    expect(control.plan).toMatchObject({ status: "in-arm", mode: "non_profiling" });
    expect(control.slate.mode).toBe("non_profiling");
    expect(control.views).toBe(0);
    expect(control.slate.decision.allowed).toEqual([]);
    expect(control.slate.items.length).toBeGreaterThan(0);
    for (const item of control.slate.items)
      expect(
        item.contributions.every((c) => c.evidence.kind !== "item" && c.evidence.kind !== "context"),
      ).toBe(true);

    const treated = await serve(subjects.personalized);
    expect(treated.slate.mode).toBe("personalized");
    expect(treated.views).toBe(1);
  });
});
