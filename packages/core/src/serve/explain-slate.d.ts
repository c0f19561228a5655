/** Stage 7: one explanation per served item, rendered only from its contributions and re-rank effects. */
import { type Explanation } from "../explain/explain.ts";
import type { Templates } from "../explain/templates.ts";
import type { Slate } from "./types.ts";
/** How explanations are worded for one slate; every lookup is already safe to call. */
export interface ExplainWords {
    readonly titleOf: (item: string) => string | undefined;
    readonly categoryOf: (item: string) => string | undefined;
    readonly purposeTitle: (purpose: string) => string | undefined;
    readonly locale: string;
    readonly templates?: Partial<Templates>;
}
/** Explains every item of the slate in slate order. */
export declare function explainSlate(slate: Slate, words: ExplainWords): Explanation[];
