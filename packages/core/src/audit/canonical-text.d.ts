/** `canonicalJson(value)`, taking the fast path for plain JSON data whose keys are sorted at every level. */
export declare function canonicalText(value: unknown): string;
