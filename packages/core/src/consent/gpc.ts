/** Global Privacy Control: the browser's opt-out preference signal (CPRA regs §7025; GDPR Art. 21(5)). */

/** Whether the browser sends GPC (`navigator.globalPrivacyControl === true`); `false` where there is none, never throws. */
export function detectGpc(nav: unknown = (globalThis as { navigator?: unknown }).navigator): boolean {
  try {
    return (nav as { globalPrivacyControl?: unknown } | null | undefined)?.globalPrivacyControl === true;
  } catch {
    return false;
  }
}

/**
 * Whether request headers carry `Sec-GPC: 1`; accepts a `Headers` object or a Node-style header record. Anything
 * else (`undefined`, junk, a throwing getter) is `false`: no signal is read, and the call never throws.
 */
export function gpcFromHeaders(
  headers:
    | { get(name: string): string | null }
    | Readonly<Record<string, string | readonly string[] | undefined>>
    | null
    | undefined,
): boolean {
  try {
    if (typeof headers !== "object" || headers === null) return false;
    let value: unknown;
    if (typeof (headers as { get?: unknown }).get === "function") {
      value = (headers as { get(name: string): unknown }).get("sec-gpc");
    } else {
      const name = Object.keys(headers).find((k) => k.toLowerCase() === "sec-gpc");
      value = name === undefined ? undefined : (headers as Readonly<Record<string, unknown>>)[name];
    }
    const first: unknown = Array.isArray(value) ? value[0] : value;
    return typeof first === "string" && first.trim() === "1";
  } catch {
    return false;
  }
}
