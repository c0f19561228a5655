/** Global Privacy Control: the browser's opt-out preference signal (CPRA regs §7025; GDPR Art. 21(5)). */
/** Whether the browser sends GPC (`navigator.globalPrivacyControl === true`); `false` where there is none, never throws. */
export declare function detectGpc(nav?: unknown): boolean;
/**
 * Whether request headers carry `Sec-GPC: 1`; accepts a `Headers` object or a Node-style header record. Anything
 * else (`undefined`, junk, a throwing getter) is `false`: no signal is read, and the call never throws.
 */
export declare function gpcFromHeaders(headers: {
    get(name: string): string | null;
} | Readonly<Record<string, string | readonly string[] | undefined>> | null | undefined): boolean;
