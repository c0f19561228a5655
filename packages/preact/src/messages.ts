/** UI texts of the Preact components: English built in; German, French and Spanish in `@candor/preact/locales`. */
import { en } from "./messages-en.ts";

/** Every text the components show; `{name}` placeholders are filled with {@link formatMessage}. */
export interface Messages {
  readonly regionLabel: string;
  readonly bannerTitle: string;
  /** The first layer where nothing is used before a choice (GDPR/ePrivacy opt-in, and wherever the rules are unknown). */
  readonly bannerOptIn: string;
  /** The notice at collection where personalization runs until the shopper opts out (CPRA §7012). */
  readonly bannerOptOut: string;
  /** `{purposes}`: the purposes asked about, as a list. */
  readonly bannerPurposes: string;
  readonly privacyPolicy: string;
  readonly acceptAll: string;
  readonly rejectAll: string;
  readonly customize: string;
  readonly settingsTitle: string;
  readonly settingsIntro: string;
  readonly save: string;
  readonly close: string;
  readonly alwaysOn: string;
  readonly on: string;
  readonly off: string;
  /** Plain names of data categories by id (`pd:BrowsingBehavior` → "What you view and click"). */
  readonly dataCategories: Readonly<Record<string, string>>;
  readonly dataUsed: string;
  readonly legalBasis: string;
  readonly bases: Readonly<Record<string, string>>;
  readonly privacySettingsLink: string;
  readonly doNotSell: string;
  readonly gpcHonored: string;
  /** Confirms "Do Not Sell or Share" (CPRA §7026). */
  readonly optedOut: string;
  /** Legend of a row's settings group. */
  readonly rowSettings: string;
  /** The disclosure button in a row's head that opens its settings (the row's title is added to its name). */
  readonly rowSettingsToggle: string;
  readonly personalized: string;
  readonly notPersonalized: string;
  readonly variety: string;
  readonly varietyHint: string;
  /** `{value}`: the variety in percent. */
  readonly varietyValue: string;
  readonly modePersonalized: string;
  readonly modeNotPersonalizedChosen: string;
  readonly modeNotPersonalizedConsent: string;
  /** Not personalized for another reason: a comparison group, a known minor, an error. */
  readonly modeNotPersonalizedOther: string;
  readonly emptyRow: string;
  /** The hint beside a disabled "Personalized" choice when consent is missing. */
  readonly personalizedNeedsConsent: string;
  /** The hint beside a disabled "Personalized" choice for any other reason (comparison group, known minor, an error). */
  readonly personalizedUnavailable: string;
  readonly updated: string;
  readonly whyButton: string;
  /** `{item}`: the explained product. */
  readonly whyAbout: string;
  readonly reasonsHeading: string;
  /** `{share}`: a percentage. */
  readonly reasonShare: string;
  readonly effectsHeading: string;
  readonly dataHeading: string;
  readonly noPersonalData: string;
  /** `{purpose}`: the purpose title whose consent was relied on. */
  readonly basisConsent: string;
  /** Context reasons in plain words: `{region}`, `{device}`, `{daypart}` are filled in. */
  readonly context: {
    readonly region: string;
    readonly device: string;
    readonly daypart: string;
    readonly devices: Readonly<Record<string, string>>;
    readonly dayparts: Readonly<Record<string, string>>;
    /** Subdivisions `Intl.DisplayNames` does not name, e.g. `US-CA`. */
    readonly regions: Readonly<Record<string, string>>;
  };
  /** Feed width next to the variety control (see `FeedWidthNote`). */
  readonly feedWidth: {
    readonly covered: string;
    readonly none: string;
    readonly missing: string;
  };
  /** The audit console's Filter bubble tab (see `FilterBubbleView`). */
  readonly bubble: {
    readonly tab: string;
    readonly title: string;
    /** Summary under the charts: `{days}`, `{first}` and `{last}` (mean subject entropy, bits), `{outside}` (last day, %). */
    readonly summary: string;
    readonly entropyChart: string;
    readonly providerChart: string;
    readonly day: string;
    readonly slates: string;
    readonly entropy: string;
    readonly outside: string;
    readonly providerGini: string;
    readonly empty: string;
  };
  readonly controlsHeading: string;
  readonly limitSensitive: string;
  readonly limitSensitiveOn: string;
  readonly myDataTitle: string;
  readonly myDataIntro: string;
  /** What is stored, in words. */
  readonly stored: {
    readonly heading: string;
    readonly loading: string;
    /** `{count}` events. */
    readonly events: string;
    readonly noEvents: string;
    /** `{kind}`, `{count}`, `{first}`, `{last}`: events of one kind and their dates. */
    readonly eventKind: string;
    readonly kinds: Readonly<Record<string, string>>;
    readonly consentHeading: string;
    readonly noConsent: string;
    /** `{date}`, `{type}`, `{granted}`: one consent event. */
    readonly consentEvent: string;
    readonly consentTypes: Readonly<Record<string, string>>;
    readonly nothingGranted: string;
    readonly derivedHeading: string;
    readonly noDerived: string;
    /** `{name}`, `{value}`: one derived value. */
    readonly derivedItem: string;
  };
  readonly exportButton: string;
  /** `{events}`, `{consentEvents}`: counts in the export. */
  readonly exported: string;
  readonly eraseButton: string;
  readonly eraseConfirmTitle: string;
  readonly eraseConfirmText: string;
  readonly eraseConfirm: string;
  readonly cancel: string;
  readonly erased: string;
  readonly receiptTitle: string;
  readonly downloadReceipt: string;
  /** The erasure receipt as a document. */
  readonly receipt: {
    readonly erasedAt: string;
    readonly subject: string;
    readonly events: string;
    readonly consentEvents: string;
    readonly also: string;
    readonly proof: string;
  };
  readonly failed: string;
  readonly auditTitle: string;
  readonly verifyLog: string;
  readonly verifying: string;
  readonly logVerified: string;
  /** `{size}`: entries checked. */
  readonly logVerifiedDetail: string;
  /** With `{served}`, `{consent}` and `{notices}`: how many entries of each kind were checked. */
  readonly logVerifiedKinds: string;
  /** `{index}`: the first entry that does not verify. */
  readonly tampered: string;
  readonly logHeading: string;
  readonly chartsHeading: string;
  readonly filters: string;
  readonly filterSurface: string;
  readonly filterMode: string;
  readonly filterSubject: string;
  readonly filterSearch: string;
  readonly filterAll: string;
  /** `{shown}`, `{total}`: entry counts. */
  readonly entriesShown: string;
  readonly noEntries: string;
  /** A fresh visit: nothing served yet. */
  readonly logEmpty: string;
  /** `{page}`, `{pages}`. */
  readonly pageOf: string;
  readonly previous: string;
  readonly next: string;
  readonly columns: {
    readonly index: string;
    readonly time: string;
    readonly subject: string;
    readonly surface: string;
    readonly rank: string;
    readonly item: string;
    readonly mode: string;
    readonly reason: string;
    readonly basis: string;
  };
  readonly exportJson: string;
  readonly exportCsv: string;
  readonly exposureTitle: string;
  readonly exposureDescription: string;
  readonly diversityTitle: string;
  /** Axis labels of the categories-per-slate chart. */
  readonly diversityAxisY: string;
  readonly diversityAxisX: string;
  /** `{mean}`, `{slates}`: mean distinct categories and the number of slates. */
  readonly diversityDescription: string;
  /** The privacy centre (see `PrivacyCenter`). */
  readonly privacy: {
    readonly title: string;
    readonly choicesHeading: string;
    /** `{rules}`: the regime in words. */
    readonly rules: string;
    readonly regimes: Readonly<Record<string, string>>;
    /** `{date}`, `{expires}`. */
    readonly chosen: string;
    readonly notChosen: string;
    readonly defaults: string;
    readonly minor: string;
    readonly gpc: string;
    readonly gpcHonored: string;
    readonly limited: string;
    readonly change: string;
    readonly receiptHeading: string;
    /** `{date}`, `{purposes}`. */
    readonly receiptIntro: string;
    readonly receiptNone: string;
    readonly showReceipt: string;
    readonly downloadReceipt: string;
    readonly howHeading: string;
    readonly summary: string;
    readonly reranked: string;
    readonly parametersHeading: string;
    readonly importance: Readonly<Record<string, string>>;
    /** By blend-weight name (`itemKnn`, `popularity`, …): the parameter's name, a colon, and why it matters. */
    readonly parameters: Readonly<Record<string, string>>;
    readonly optionsHeading: string;
    /** Personalized/Not personalized, Privacy settings, Why am I seeing this?, Variety (shown when re-ranking is on). */
    readonly options: readonly string[];
    readonly protectionsHeading: string;
    readonly protections: readonly string[];
    /** `{link}`: the link to My data. */
    readonly myData: string;
    readonly myDataLink: string;
  };
  /** The audit console's Measurement tab. */
  readonly measure: {
    readonly tabsLabel: string;
    readonly tabLog: string;
    readonly tabMeasurement: string;
    readonly loading: string;
    /** `{message}`: the error. */
    readonly failed: string;
    readonly summaryHeading: string;
    /** `{lift}`, `{confidence}`, `{low}`, `{high}`: the lift and its interval, in percent. */
    readonly raised: string;
    /** `{lift}`, `{confidence}`, `{low}`, `{high}`: the lift (as a fall) and its interval, in percent. */
    readonly lowered: string;
    /** `{lift}`, `{confidence}`, `{low}`, `{high}`: the lift and its interval, in percent. */
    readonly noDifference: string;
    readonly noData: string;
    readonly liftHeading: string;
    readonly liftTitle: string;
    /** `{confidence}`: the confidence level in percent. */
    readonly liftDescription: string;
    /** `{control}`, `{treatment}`: the arms' ids. */
    readonly liftCaption: string;
    readonly metrics: {
      readonly click: string;
      readonly addToCart: string;
      readonly conversion: string;
      readonly firstDayEngagement: string;
      readonly repeatPurchase: string;
    };
    readonly liftColumns: {
      readonly metric: string;
      readonly control: string;
      readonly treatment: string;
      readonly lift: string;
      readonly interval: string;
      readonly pValue: string;
    };
    /** `{successes}`, `{visitors}`, `{rate}`: one arm's side of a rate. */
    readonly rateCell: string;
    readonly undefinedLift: string;
    readonly driftHeading: string;
    /** `{arm}`: the monitored arm. */
    readonly driftTitle: string;
    /** `{baseline}`, `{line}`: the baseline and the drift line, in percent; `{events}`: how many drifts. */
    readonly driftDescription: string;
    readonly baseline: string;
    readonly driftLine: string;
    readonly eventsCaption: string;
    readonly eventColumns: {
      readonly time: string;
      readonly metric: string;
      readonly arm: string;
      readonly baseline: string;
      readonly observed: string;
      readonly drop: string;
    };
    readonly noEvents: string;
  };
}

const registry: Record<string, Messages> = { en };

/** The UI texts by language: English, and whatever {@link addMessages} added. */
export const messages: Readonly<Record<string, Messages>> = registry;

/**
 * Adds UI languages, e.g. `addMessages(locales)` with `locales` from `@candor/preact/locales` (German, French,
 * Spanish), once at start-up before rendering. Kept out of the main entry so a shop ships only the texts it uses.
 */
export function addMessages(texts: Readonly<Record<string, Messages>>): void {
  Object.assign(registry, texts);
}

/** The texts for a locale (`"de-AT"` → German), English when the language is not built in. */
export function messagesFor(locale = "en"): Messages {
  return messages[locale] ?? messages[locale.split("-")[0] ?? ""] ?? en;
}

/** Fills `{name}` placeholders of a message; unknown names stay as written (the view models' own helper). */
export { formatMessage } from "@candor/core/ui/models";
