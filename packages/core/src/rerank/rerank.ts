/** The re-rank pipeline: hard filters, the configured stages in order, and the hard filters re-checked on the slate. */
import { amortizeExposure } from "./amortize-exposure.ts";
import { calibrate } from "./calibrate.ts";
import { dpp } from "./dpp.ts";
import { explore } from "./explore.ts";
import { fairTopK } from "./fair-top-k.ts";
import { describeMoves, finishStage, stageLabel, unchanged } from "./finish-stage.ts";
import { lookupItem } from "./item-features.ts";
import { mmr } from "./mmr.ts";
import type { RerankConfig, RerankStageConfig } from "./rerank-config.ts";
import type { Candidate, EffectMessages, RerankContext, Reranked } from "./types.ts";
import { xquad } from "./xquad.ts";

/** The pipeline's outcome: the slate, the rest, and what the hard filters removed. */
export interface RerankResult extends Reranked {
  /** Ids of the candidates the hard filters (`context.isAllowed`) removed, in input order. */
  readonly removed: readonly string[];
}

/** Default texts for items that moved up because the re-check removed an item above them (kind `"filter"`). */
export const filterMessages: EffectMessages = {
  up: "moved up after an item was filtered out",
  down: "moved down after an item was filtered out",
  added: "added after an item was filtered out",
};

/** Runs one configured stage. */
export function runStage(
  candidates: readonly Candidate[],
  config: RerankStageConfig,
  context: RerankContext,
): Reranked {
  switch (config.stage) {
    case "calibration":
      return calibrate(candidates, config, context);
    case "mmr":
      return mmr(candidates, config, context);
    case "dpp":
      return dpp(candidates, config, context);
    case "xquad":
      return xquad(candidates, config, context);
    case "fair":
      return fairTopK(candidates, config, context);
    case "exposure":
      return amortizeExposure(candidates, config, context);
    case "exploration":
      return explore(candidates, config, context);
  }
}

/**
 * Re-ranks candidates (best first, e.g. by score) into a slate of `context.k`. Candidates that `context.isAllowed`
 * refuses, or that `context.items` does not know while `isAllowed` is set, are removed first; the stages then run
 * in order, each on the previous one's order (see {@link positionRelevance}); finally every slate item is checked
 * again and any refused one is dropped and the slate refilled from the rest, so no filtered item enters a slate.
 * Each slate item carries the effects of every stage that moved or added it. Pure and deterministic under
 * `context.seed`. Validate `config` once with {@link parseRerankConfig}.
 */
export function rerank(
  candidates: readonly Candidate[],
  config: RerankConfig,
  context: RerankContext,
): RerankResult {
  const k = Number.isFinite(context.k) ? Math.max(0, Math.floor(context.k)) : 0;
  const ctx = k === context.k ? context : { ...context, k };
  const allowed = allowedBy(ctx);
  const removed: string[] = [];
  let current: readonly Candidate[] = candidates;
  if (allowed) {
    current = candidates.filter((c) => {
      const ok = allowed(c.item);
      if (!ok) removed.push(c.item);
      return ok;
    });
  }
  let result: Reranked | undefined;
  for (const stage of config.stages) {
    result = runStage(current, stage, ctx);
    current = result.rest.length === 0 ? result.slate : [...result.slate, ...result.rest];
  }
  result ??= unchanged(current, k);
  if (allowed && result.slate.some((item) => !allowed(item.item))) {
    const order: number[] = [];
    for (const [i, c] of current.entries()) {
      if (allowed(c.item)) order.push(i);
      else removed.push(c.item);
    }
    result = finishStage(current, order, k, describeMoves(stageLabel("filter", "filter", filterMessages), k));
  }
  return { ...result, removed };
}

function allowedBy(context: RerankContext): ((id: string) => boolean) | undefined {
  const isAllowed = context.isAllowed;
  if (!isAllowed) return undefined;
  return (id) => {
    const item = lookupItem(context.items, id);
    return item !== undefined && isAllowed(item);
  };
}
