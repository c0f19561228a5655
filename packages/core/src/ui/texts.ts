/**
 * The UI texts, one group per component, so a page bundles only the groups of the components it renders (a banner
 * page carries no audit-console strings). Placeholders are written `{name}` and filled by `formatMessage`, which also
 * understands `{count, plural, one {# entry} other {# entries}}`, `{n, number}` and `{d, date}` through `Intl`.
 */

/** A table of names by id, e.g. data categories or consent-event types. */
export type TextTable = Readonly<Record<string, string>>;

/** `ConsentBanner`: the first layer. */
export interface BannerTexts {
  readonly title: string;
  /** The first layer where nothing is used before a choice (GDPR/ePrivacy opt-in, and wherever the rules are unknown). */
  readonly optIn: string;
  /** The notice at collection where personalization runs until the shopper opts out (CPRA §7012). */
  readonly optOut: string;
  /** `{purposes}`: the purposes asked about, as a list. */
  readonly purposes: string;
  readonly privacyPolicy: string;
  readonly acceptAll: string;
  readonly rejectAll: string;
  readonly customize: string;
  /** "Do Not Sell or Share My Personal Information" (CPRA §7026). */
  readonly doNotSell: string;
  /** "Limit the Use of My Sensitive Personal Information" (CPRA §7027). */
  readonly limitSensitive: string;
}

/** `PrivacySettings`: the second layer, one switch per purpose. */
export interface SettingsTexts {
  readonly title: string;
  readonly intro: string;
  readonly save: string;
  readonly close: string;
  readonly alwaysOn: string;
  readonly on: string;
  readonly off: string;
  readonly acceptAll: string;
  readonly rejectAll: string;
  readonly dataUsed: string;
  readonly legalBasis: string;
  /** Legal bases by id (`consent`, `contract`, `legitimate-interest`, …). */
  readonly bases: TextTable;
}

/** Plain names of data categories by id (`pd:BrowsingBehavior` → "what you view and click"); shared by settings, explanations and My data. */
export interface CategoryTexts {
  readonly names: TextTable;
}

/** `PrivacyFooter`: the persistent link to the settings and the CPRA opt-out. */
export interface FooterTexts {
  /** Names the footer's navigation landmark. */
  readonly regionLabel: string;
  readonly privacySettings: string;
  readonly doNotSell: string;
  readonly gpcHonored: string;
  /** Confirms "Do Not Sell or Share" (CPRA §7026). */
  readonly optedOut: string;
}

/** `SensitiveLimit`: the CPRA §7027 link. */
export interface SensitiveTexts {
  readonly limitSensitive: string;
  readonly limitSensitiveOn: string;
}

/** `RecommendationRow` and its `RecommendationSettings`. */
export interface RowTexts {
  /** Legend of a row's settings group. */
  readonly settings: string;
  /** The disclosure button in a row's head that opens its settings (the row's title is added to its name). */
  readonly settingsToggle: string;
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
  readonly empty: string;
  /** The hint beside a disabled "Personalized" choice when consent is missing. */
  readonly personalizedNeedsConsent: string;
  /** The hint beside a disabled "Personalized" choice for any other reason (comparison group, known minor, an error). */
  readonly personalizedUnavailable: string;
  readonly updated: string;
}

/** `WhyAmISeeingThis`: the explanation dialog. */
export interface WhyTexts {
  readonly button: string;
  /** `{item}`: the explained product. */
  readonly about: string;
  readonly reasonsHeading: string;
  /** `{share}`: a percentage. */
  readonly reasonShare: string;
  readonly effectsHeading: string;
  readonly dataHeading: string;
  readonly noPersonalData: string;
  readonly legalBasis: string;
  /** `{purpose}`: the purpose title whose consent was relied on. */
  readonly basisConsent: string;
  readonly controlsHeading: string;
  readonly close: string;
}

/** Context reasons in plain words (`reasonText`): `{region}`, `{device}`, `{daypart}` are filled in. */
export interface ContextTexts {
  readonly region: string;
  readonly device: string;
  readonly daypart: string;
  readonly devices: TextTable;
  readonly dayparts: TextTable;
  /** Subdivisions `Intl.DisplayNames` does not name, e.g. `US-CA`. */
  readonly regions: TextTable;
}

/** `FeedWidthNote`: feed width next to the variety control. */
export interface FeedWidthTexts {
  /** `{covered}`, `{total}`: departments. */
  readonly covered: string;
  readonly none: string;
  /** `{departments}`: a list. */
  readonly missing: string;
}

/** `MyData`: what is stored, export and erasure. */
export interface MyDataTexts {
  readonly title: string;
  readonly intro: string;
  /** What is stored, in words. */
  readonly stored: {
    readonly heading: string;
    readonly loading: string;
    /** `{count}` events. */
    readonly events: string;
    readonly noEvents: string;
    /** `{kind}`, `{count}`, `{first}`, `{last}`: events of one kind and their dates. */
    readonly eventKind: string;
    readonly kinds: TextTable;
    readonly consentHeading: string;
    readonly noConsent: string;
    /** `{date}`, `{type}`, `{granted}`: one consent event. */
    readonly consentEvent: string;
    readonly consentTypes: TextTable;
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
  /** `{message}`: the error. */
  readonly failed: string;
}

/** `PrivacyCenter`: the standing choices, the consent receipt and how recommendations work. */
export interface PrivacyTexts {
  readonly title: string;
  readonly choicesHeading: string;
  /** `{rules}`: the regime in words. */
  readonly rules: string;
  readonly regimes: TextTable;
  /** `{date}`, `{expires}`. */
  readonly chosen: string;
  readonly notChosen: string;
  readonly defaults: string;
  readonly minor: string;
  readonly gpc: string;
  readonly gpcHonored: string;
  readonly limited: string;
  readonly change: string;
  readonly on: string;
  readonly off: string;
  readonly receiptHeading: string;
  /** `{date}`, `{purposes}`. */
  readonly receiptIntro: string;
  readonly receiptNone: string;
  /** The receipt's purposes when nothing is granted. */
  readonly nothingGranted: string;
  readonly showReceipt: string;
  readonly downloadReceipt: string;
  readonly howHeading: string;
  readonly summary: string;
  readonly reranked: string;
  readonly parametersHeading: string;
  readonly importance: TextTable;
  /** By blend-weight name (`itemKnn`, `popularity`, …): the parameter's name, a colon, and why it matters. */
  readonly parameters: TextTable;
  readonly optionsHeading: string;
  /** Personalized/Not personalized, Privacy settings, Why am I seeing this?, Variety (shown when re-ranking is on). */
  readonly options: readonly string[];
  readonly protectionsHeading: string;
  readonly protections: readonly string[];
  /** `{link}`: the link to My data. */
  readonly myData: string;
  readonly myDataLink: string;
}

/** `AuditConsole` and its exposure and diversity charts. */
export interface AuditTexts {
  readonly title: string;
  readonly verifyLog: string;
  readonly verifying: string;
  readonly logVerified: string;
  /** `{size}`: entries checked. */
  readonly logVerifiedDetail: string;
  /** With `{served}`, `{consent}` and `{notices}`: how many entries of each kind were checked. */
  readonly logVerifiedKinds: string;
  /** `{index}`: the first entry that does not verify. */
  readonly tampered: string;
  /** `{message}`: the error. */
  readonly failed: string;
  readonly logHeading: string;
  readonly chartsHeading: string;
  readonly filters: string;
  readonly filterSurface: string;
  readonly filterMode: string;
  readonly filterSubject: string;
  readonly filterSearch: string;
  readonly filterAll: string;
  readonly personalized: string;
  readonly notPersonalized: string;
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
}

/** The audit console's Measurement tab (`MeasurementPanel`, `measurementSummary`). */
export interface MeasureTexts {
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
}

/** The audit console's Filter bubble tab (`FilterBubbleView`). */
export interface BubbleTexts {
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
}

/**
 * One language's UI texts: what a module `@candor/core/ui/locales/<lang>` exports, one named export per group.
 * `registerUiMessages` accepts any subset of the groups.
 */
export interface UiMessages {
  readonly banner: BannerTexts;
  readonly settings: SettingsTexts;
  readonly categories: CategoryTexts;
  readonly footer: FooterTexts;
  readonly sensitive: SensitiveTexts;
  readonly row: RowTexts;
  readonly why: WhyTexts;
  readonly context: ContextTexts;
  readonly feedWidth: FeedWidthTexts;
  readonly myData: MyDataTexts;
  readonly privacy: PrivacyTexts;
  readonly audit: AuditTexts;
  readonly measure: MeasureTexts;
  readonly bubble: BubbleTexts;
}

/** The name of one group of {@link UiMessages}. */
export type UiGroup = keyof UiMessages;
