/** Plain, translated words for context reasons: "Popular in DE" → "Popular in Germany", "Beliebt am evening" → "Beliebt am Abend". */
import { formatMessage } from "../format.ts";
import type { ContextTexts } from "../texts.ts";

const word = (text: string, keys: readonly string[]) => keys.find((k) => new RegExp(`\\b${k}\\b`).test(text));

/** The display name of a region code (`DE`, `US-CA`) in `locale`, or the code when none is known. */
export function regionDisplayName(
  code: string,
  locale: string,
  words: Pick<ContextTexts, "regions">,
): string {
  const named = words.regions[code];
  if (named) return named;
  try {
    return new Intl.DisplayNames(locale, { type: "region" }).of(code.slice(0, 2)) ?? code;
  } catch {
    return code;
  }
}

/**
 * A reason's text for the shopper. Context reasons carry the raw context value (`evening`, `DE`, `mobile`) in
 * core's wording; they are worded again with `words` with the value named in plain words. Other reasons, and
 * context reasons whose value is not recognised, are returned as given.
 */
export function contextReasonText(
  templateId: string,
  text: string,
  locale: string,
  words: ContextTexts,
): string {
  if (templateId === "context-region") {
    const code = /\b([A-Z]{2}(?:-[A-Z0-9]{1,3})?)\b/.exec(text)?.[1];
    return code
      ? formatMessage(words.region, { region: regionDisplayName(code, locale, words) }, locale)
      : text;
  }
  if (templateId === "context-daypart") {
    const key = word(text, Object.keys(words.dayparts));
    return key ? formatMessage(words.daypart, { daypart: words.dayparts[key] ?? key }, locale) : text;
  }
  if (templateId === "context-device") {
    const key = word(text, Object.keys(words.devices));
    return key ? formatMessage(words.device, { device: words.devices[key] ?? key }, locale) : text;
  }
  return text;
}
