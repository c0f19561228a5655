/** @jsxImportSource react */
/** A row of recommendations: its title, whether and how it is personalized, its collapsed settings, and its explained items. */
import type { Control, Explanation } from "@candor/core/explain";
import { rowTexts } from "@candor/core/ui";
import { recommendationRowView, runRowControl } from "@candor/core/ui/models";
import type { ReactNode } from "react";
import { useRef, useState } from "react";
import type { FeedWidthNoteProps } from "./feed-width-note.tsx";
import { reasonText } from "./reason-text.ts";
import { RecommendationSettings, type RowSettings } from "./recommendation-settings.tsx";
import { WhyAmISeeingThis } from "./why-am-i-seeing-this.tsx";

/** One item of a row: its id, display title and explanation. Extra fields are passed to `renderItem`. */
export interface RecommendationRowItem {
  readonly id: string;
  readonly title: string;
  readonly explanation: Explanation;
}

/** Props of {@link RecommendationRow}. */
export interface RecommendationRowProps<T extends RecommendationRowItem> {
  /** Id prefix, unique on the page. */
  readonly id: string;
  readonly title: string;
  /** The title while the row is not personalized, e.g. "Popular right now" for a "Recommended for you" row. */
  readonly notPersonalizedTitle?: string;
  /** The shopper's recent slates and the shop's departments, for the feed-width note beside Variety. */
  readonly feedWidth?: Omit<FeedWidthNoteProps, "id" | "locale">;
  /** The served items in slate order. */
  readonly items: readonly T[];
  /** The mode the slate was served in (`slate.mode`). */
  readonly mode: "personalized" | "non_profiling";
  /** Why it is non-profiling (`slate.decision.reason`); `"non-personalized-chosen"` names the shopper's choice. */
  readonly reason?: string | null;
  readonly settings: RowSettings;
  /** Stores new row settings; the caller serves the row again with them. */
  readonly onSettingsChange: (settings: RowSettings) => void;
  /**
   * Carries out an explanation control for an item. `change-variety` (focuses this row's slider) and
   * `not-personalized` (switches this row's setting) are handled by the row itself.
   */
  readonly onControl: (control: Control, item: T) => void | Promise<void>;
  /** Renders the product itself (image, title, price, link); the row adds the reason and the explanation button. */
  readonly renderItem: (item: T) => ReactNode;
  readonly purposeTitle?: (purpose: string) => string;
  readonly categoryTitle?: (category: string) => string;
  /** Heading level of the title; default 2. */
  readonly headingLevel?: 2 | 3;
  readonly locale?: string;
}

/**
 * Renders a recommendation surface and, on every item, its headline reason and a "Why am I seeing this?" button.
 * The row's head always shows its mode in words and a "Row settings" disclosure button (`aria-expanded`,
 * `aria-controls`) that opens the row's {@link RecommendationSettings} right below it (DSA Art. 27(3): directly
 * and easily accessible from the section, without a settings box repeated open on every row). The panel stays open
 * across settings changes and re-serves, so focus stays on the control just used. After an explanation control
 * runs, focus moves to the row's title and a polite status announces the update; "change variety" opens the panel
 * and focuses the Variety slider.
 */
export function RecommendationRow<T extends RecommendationRowItem>(props: RecommendationRowProps<T>) {
  const { id, items, mode, reason, settings, onSettingsChange, onControl, renderItem } = props;
  const locale = props.locale ?? "en";
  const texts = rowTexts(locale);
  const view = recommendationRowView({
    title: props.title,
    notPersonalizedTitle: props.notPersonalizedTitle,
    mode,
    reason,
    texts,
  });
  const { title } = view;
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState("");
  const [open, setOpen] = useState(false);
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  const control = async (c: Control, item: T) => {
    if ((await runRowControl(c, item, { settings, onSettingsChange, onControl })) === "variety") {
      setOpen(true);
      setTimeout(() => document.getElementById(`${id}-variety`)?.focus(), 0);
      return;
    }
    setNotice(texts.updated);
    setTimeout(() => heading.current?.focus(), 0);
  };
  return (
    <section
      className="candor-row"
      aria-labelledby={`${id}-title`}
      data-mode={mode}
      lang={texts.lang}
      dir={texts.dir}
    >
      <div className="candor-row__head">
        <Heading id={`${id}-title`} className="candor-row__title" tabIndex={-1} ref={heading}>
          {title}
        </Heading>
        <div className="candor-row__meta">
          <p className="candor-row__mode">{view.modeText}</p>
          <button
            type="button"
            className="candor-row__toggle"
            aria-expanded={open ? "true" : "false"}
            aria-controls={`${id}-settings`}
            aria-labelledby={`${id}-settings-label ${id}-title`}
            onClick={() => setOpen(!open)}
          >
            <span id={`${id}-settings-label`}>{view.labels.settingsToggle}</span>
          </button>
        </div>
      </div>
      <div id={`${id}-settings`} className="candor-row__settings" hidden={!open}>
        <RecommendationSettings
          id={id}
          rowTitle={title}
          value={settings}
          onChange={(next) => {
            setNotice("");
            onSettingsChange(next);
          }}
          locale={locale}
          personalizationAvailable={view.personalizationAvailable}
          unavailableHint={view.unavailableHint}
          {...(props.feedWidth ? { feedWidth: props.feedWidth } : {})}
        />
      </div>
      {items.length === 0 ? (
        <p className="candor-row__empty">{view.labels.empty}</p>
      ) : (
        <ul className="candor-row__items">
          {items.map((item) => (
            <li key={item.id} className="candor-row__item" data-item={item.id}>
              <div className="candor-row__product">{renderItem(item)}</div>
              <p className="candor-row__reason">
                {reasonText(item.explanation.templateId, item.explanation.text, locale)}
              </p>
              <span id={`${id}-${item.id}-name`} hidden>
                {item.title}
              </span>
              <WhyAmISeeingThis
                explanation={item.explanation}
                itemTitle={item.title}
                describedBy={`${id}-${item.id}-name`}
                onControl={(c) => void control(c, item)}
                locale={locale}
                {...(props.purposeTitle ? { purposeTitle: props.purposeTitle } : {})}
                {...(props.categoryTitle ? { categoryTitle: props.categoryTitle } : {})}
              />
            </li>
          ))}
        </ul>
      )}
      <p className="candor-visually-hidden" role="status">
        {notice}
      </p>
    </section>
  );
}
