/** Global Privacy Control: the browser's opt-out preference signal (CPRA regs §7025; GDPR Art. 21(5)). */

/** Whether the browser sends GPC (`navigator.globalPrivacyControl === true`); `false` where there is no navigator. */
export function detectGpc(nav: unknown = (globalThis as { navigator?: unknown }).navigator): boolean {
  return (nav as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl === true;
}

/** Whether request headers carry `Sec-GPC: 1`; accepts a `Headers` object or a Node-style header record. */
export function gpcFromHeaders(
  headers:
    | { get(name: string): string | null }
    | Readonly<Record<string, string | readonly string[] | undefined>>,
): boolean {
  let value: unknown;
  if (typeof (headers as { get?: unknown }).get === "function") {
    value = (headers as { get(name: string): string | null }).get("sec-gpc");
  } else {
    const record = headers as Readonly<Record<string, unknown>>;
    const name = Object.keys(record).find((k) => k.toLowerCase() === "sec-gpc");
    value = name === undefined ? undefined : record[name];
  }
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first.trim() === "1";
}
