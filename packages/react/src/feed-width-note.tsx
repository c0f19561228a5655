/** @jsxImportSource react */
/** "Your recommendations cover 5 of 12 departments": how wide a shopper's feed is, in plain words, next to the variety control. */
import type { FeedWidthOptions } from "@candor/core/rerank";
import { feedWidthTexts } from "@candor/core/ui";
import { type FeedWidthMessages, feedWidthText } from "@candor/core/ui/models";

/** The texts of {@link FeedWidthNote}; `{covered}`, `{total}` and `{departments}` are filled in. */
export type { FeedWidthMessages } from "@candor/core/ui/models";

/** Props of {@link FeedWidthNote}. */
export interface FeedWidthNoteProps extends FeedWidthOptions {
  /** The shopper's recent slates (item ids, oldest first), e.g. from the explanation log or the session. */
  readonly slates: readonly (readonly string[])[];
  /** Id of the paragraph, so the variety slider can point at it with `aria-describedby`. */
  readonly id?: string;
  /** Overrides of the texts of `locale`. */
  readonly messages?: Partial<FeedWidthMessages>;
  /** Also name the departments not shown lately; default `false`. */
  readonly showMissing?: boolean;
  /** A department's display name; default its id. */
  readonly departmentName?: (department: string) => string;
  /** UI language; default `"en"`. */
  readonly locale?: string;
}

/**
 * One plain sentence on the width of the shopper's feed (DSA Art. 27(3): the effect of the option, where it can be
 * changed). Renders no hooks, so it can sit inside any settings component; the numbers come from `feedWidth`.
 */
export function FeedWidthNote(props: FeedWidthNoteProps) {
  const own = feedWidthTexts(props.locale);
  const texts = { ...own, ...props.messages };
  return (
    <p
      className="candor-feed-width"
      id={props.id}
      aria-live="polite"
      data-testid="feed-width"
      lang={own.lang}
      dir={own.dir}
    >
      {feedWidthText(props, texts, props.locale ?? "en")}
    </p>
  );
}
