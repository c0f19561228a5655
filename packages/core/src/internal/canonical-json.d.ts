/** Canonical JSON: object keys sorted at every level, so equal data always hashes the same. */
export declare function canonicalJson(value: unknown): string;
