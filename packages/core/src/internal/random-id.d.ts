/** Random identifiers from Web Crypto (browsers and Node 20). */
/** A random 128-bit id as 32 hex digits, optionally prefixed (`"cr_…"`). */
export declare function randomId(prefix?: string): string;
