/** Conjunction lists ("A, B and C") in a language, also where the runtime's `Intl.ListFormat` lacks its data. */

/** The last connector of a list where a browser's `Intl.ListFormat` has no data for the language (it would say "and"). */
const AND: Readonly<Record<string, string>> = { ga: "agus", is: "og", mt: "u" };

/**
 * A conjunction list in `locale` ("A, B und C") through `Intl.ListFormat`. Where the runtime has no list data for the
 * language (Chromium lacks Irish, Icelandic and Maltese and would answer in English) the last item is joined with
 * the language's own "and", and any other language without data (or a tag that is not one) gets commas.
 */
export function formatList(items: readonly string[], locale = "en"): string {
  const tag = locale.replace(/_/g, "-");
  try {
    if (Intl.ListFormat.supportedLocalesOf(tag).length > 0)
      return new Intl.ListFormat(tag, { type: "conjunction" }).format(items);
  } catch {
    // Not a language tag: commas below.
  }
  const and = AND[tag.split("-")[0]?.toLowerCase() ?? ""];
  return and && items.length > 1
    ? `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`
    : items.join(", ");
}
