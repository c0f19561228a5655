/** The model of the feed-width note: "Your recommendations cover 5 of 12 departments", in plain words. */
import { type FeedWidthOptions, feedWidth } from "../../rerank/feed-width.ts";
import { formatList, formatMessage } from "../format.ts";
import type { FeedWidthTexts } from "../texts.ts";

/** The texts of the note (`feedWidthTexts(locale)`); `{covered}`, `{total}` and `{departments}` are filled in. */
export type FeedWidthMessages = FeedWidthTexts;

/** What the note says, given the shopper's recent slates. */
export interface FeedWidthInput extends FeedWidthOptions {
  /** The shopper's recent slates (item ids, oldest first). */
  readonly slates: readonly (readonly string[])[];
  /** Also name the departments not shown lately; default `false`. */
  readonly showMissing?: boolean | undefined;
  /** A department's display name; default its id. */
  readonly departmentName?: ((department: string) => string) | undefined;
}

/** The note's one sentence, with the missing departments appended when asked (DSA Art. 27(3)). */
export function feedWidthText(input: FeedWidthInput, texts: FeedWidthMessages, locale: string): string {
  const width = feedWidth(input.slates, input);
  const name = input.departmentName ?? ((d: string) => d);
  const sentence =
    width.slates === 0
      ? texts.none
      : formatMessage(texts.covered, { covered: width.covered, total: width.total }, locale);
  const missing =
    input.showMissing && width.slates > 0 && width.missing.length > 0
      ? formatMessage(
          texts.missing,
          {
            departments: formatList(width.missing.map(name), locale),
          },
          locale,
        )
      : null;
  return missing ? `${sentence} ${missing}` : sentence;
}
