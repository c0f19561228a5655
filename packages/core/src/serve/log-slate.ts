/**
 * Stage 8: the log append. One entry per served item, with the explanation shown and the consent it rested on,
 * committed before the slate is returned (DESIGN.md invariant 5).
 */
import type { AppendedEntry } from "../audit/explanation-log.ts";
import { servedItems } from "../audit/served-items.ts";
import type { ConsentState } from "../consent/types.ts";
import type { Explanation } from "../explain/explain.ts";
import type { Result } from "../internal/result.ts";
import type { ServingLog } from "./serving-options.ts";
import type { Slate } from "./types.ts";

/** What the log stage needs besides the slate. */
export interface LogInput {
  readonly consent: ConsentState;
  readonly disclosureVersion: string;
  readonly itemFacts: (item: string) => {
    readonly provider?: string | null;
    readonly category?: string | null;
  };
}

/** Appends the slate's entries; resolves to their ids and indexes, or the error (it never rejects). */
export async function logSlate(
  log: ServingLog,
  slate: Slate,
  explanations: readonly Explanation[],
  input: LogInput,
): Promise<Result<readonly AppendedEntry[], unknown>> {
  if (slate.items.length === 0) return { ok: true, value: [] };
  try {
    const items = servedItems(slate, explanations, {
      consent: input.consent,
      disclosureVersion: input.disclosureVersion,
      itemFacts: input.itemFacts,
    });
    return { ok: true, value: await log.append(items) };
  } catch (error) {
    return { ok: false, error };
  }
}
