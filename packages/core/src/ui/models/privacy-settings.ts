/** The privacy settings' model: one switch per purpose, the draft of the shopper's choices, and the three choices. */
import {
  type ConsentManager,
  type ConsentState,
  type ConsentVia,
  localize,
  needsConsent,
  type PurposeId,
} from "../../consent/index.ts";
import type { SettingsTexts, TextTable } from "../texts.ts";

/** The shopper's unsaved choice per purpose that needs consent. */
export type ConsentDraft = Readonly<Record<PurposeId, boolean>>;

/** One purpose's row in the dialog. */
export interface PurposeSwitchView {
  readonly id: PurposeId;
  /** Prefix of the row's element ids (`${domId}-title`, `${domId}-description`). */
  readonly domId: string;
  readonly title: string;
  readonly description: string;
  /** Essential purposes are always on and cannot be switched. */
  readonly essential: boolean;
  readonly on: boolean;
  /** "Always on", "On" or "Off". */
  readonly stateLabel: string;
  /** "Data used: … · Legal basis: …". */
  readonly meta: string;
  /** The draft with this switch flipped. */
  readonly toggled: ConsentDraft;
}

/** What a binding renders. */
export interface PrivacySettingsView {
  readonly title: string;
  readonly intro: string;
  readonly purposes: readonly PurposeSwitchView[];
  /** Records one event with control `settings.save` (GDPR Art. 7(1)), then closes. */
  readonly save: () => void;
  readonly acceptAll: () => void;
  readonly rejectAll: () => void;
  readonly labels: Pick<SettingsTexts, "acceptAll" | "rejectAll" | "save" | "close">;
}

const via = (control: string): ConsentVia => ({ kind: "ui", control, ui: "candor-settings@1" });

/** A purpose id as an element id part: `candor-purpose-${id}` with anything but `a-z0-9-` replaced. */
export const purposeDomId = (id: string): string => `candor-purpose-${id.replace(/[^a-z0-9-]/g, "-")}`;

/** The draft the dialog opens with: only what the shopper has granted is on (GDPR Art. 4(11)). */
export function initialDraft(manager: ConsentManager, state: ConsentState): ConsentDraft {
  return Object.fromEntries(
    manager.purposes.filter(needsConsent).map((p) => [p.id, state.granted[p.id] === true]),
  );
}

/**
 * The dialog's rows and actions. "Accept all", "Reject all" and "Save choices" are equal choices, so withdrawing
 * everything is one action, as giving is (GDPR Art. 7(3), CPRA §7004); each closes the dialog after storing.
 */
export function privacySettingsView(input: {
  readonly manager: ConsentManager;
  readonly draft: ConsentDraft;
  readonly texts: SettingsTexts;
  /** Plain names of data categories by id (`categoryTexts(locale).names`). */
  readonly categories: TextTable;
  readonly locale: string;
  readonly onClose: () => void;
}): PrivacySettingsView {
  const { manager, draft, texts, categories, locale, onClose } = input;
  const name = (category: string) => categories[category] ?? category;
  return {
    title: texts.title,
    intro: texts.intro,
    purposes: manager.purposes.map((purpose) => {
      const essential = !needsConsent(purpose);
      const on = essential || draft[purpose.id] === true;
      return {
        id: purpose.id,
        domId: purposeDomId(purpose.id),
        title: localize(purpose.title, locale),
        description: localize(purpose.description, locale),
        essential,
        on,
        stateLabel: essential ? texts.alwaysOn : on ? texts.on : texts.off,
        meta: `${texts.dataUsed}: ${purpose.dataCategories.map(name).join(", ")} · ${texts.legalBasis}: ${texts.bases[purpose.basis] ?? purpose.basis}`,
        toggled: { ...draft, [purpose.id]: !on },
      };
    }),
    save: () => {
      manager.set(draft, via("settings.save"));
      onClose();
    },
    acceptAll: () => {
      manager.acceptAll(via("settings.accept-all"));
      onClose();
    },
    rejectAll: () => {
      manager.rejectAll(via("settings.reject-all"));
      onClose();
    },
    labels: texts,
  };
}
