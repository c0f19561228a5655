/** English UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
import type {
  AuditTexts,
  BannerTexts,
  BubbleTexts,
  CategoryTexts,
  ContextTexts,
  FeedWidthTexts,
  FooterTexts,
  MeasureTexts,
  MyDataTexts,
  PrivacyTexts,
  RowTexts,
  SensitiveTexts,
  SettingsTexts,
  WhyTexts,
} from "../texts.ts";

/** English: the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Your privacy choices",
  optIn:
    "We'd like to use your activity in this shop to personalize what you see. Nothing personal is used until you choose, and the shop works fully either way.",
  optOut:
    "We use your activity in this shop to personalize what you see and share it for personalized advertising, unless you opt out. Sensitive personal information is used only if you allow it. The shop works fully either way.",
  purposes: "What we ask about: {purposes}.",
  privacyPolicy: "Privacy policy",
  acceptAll: "Accept all",
  rejectAll: "Reject all",
  customize: "Customize",
  doNotSell: "Do Not Sell or Share My Personal Information",
  limitSensitive: "Limit the Use of My Sensitive Personal Information",
};

/** English: the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Privacy settings",
  intro: "Choose what may be used. You can change this at any time from the footer.",
  save: "Save choices",
  close: "Close",
  alwaysOn: "Always on",
  on: "On",
  off: "Off",
  acceptAll: "Accept all",
  rejectAll: "Reject all",
  dataUsed: "Data used",
  legalBasis: "Legal basis",
  bases: {
    consent: "your consent",
    "explicit-consent": "your explicit consent",
    contract: "needed to provide the shop",
    "legal-obligation": "legal obligation",
    "legitimate-interest": "legitimate interest",
  },
};

/** English: the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "what you view and click",
    "pd:SearchHistory": "what you search for",
    "pd:Purchase": "what you buy",
    "pd:Rating": "your ratings",
    "pd:DeviceBased": "your kind of device",
    "pd:Location": "your region",
    "candor:TimeOfDay": "the time of day",
    "pd:Age": "your age group",
    "pd:EmailAddress": "your email address",
    "candor:Cart": "your cart",
    "candor:ConsentRecord": "your privacy choices",
    "pd:Health": "health",
    "pd:Religion": "religious or philosophical beliefs",
    "pd:Sexuality": "sex life or sexual orientation",
    "pd:PoliticalOpinion": "political opinions",
    "pd:EthnicOrigin": "racial or ethnic origin",
    "pd:Biometric": "biometric data",
    "pd:Genetic": "genetic data",
    "pd:TradeUnionMembership": "trade union membership",
    "candor:UnclassifiedSpecialCategory": "other sensitive information",
  },
};

/** English: the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Privacy choices",
  privacySettings: "Privacy settings",
  doNotSell: "Do Not Sell or Share My Personal Information",
  gpcHonored: "Opt-out request honored",
  optedOut: "Done: your personal information is no longer sold or shared.",
};

/** English: the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Limit the Use of My Sensitive Personal Information",
  limitSensitiveOn: "Your sensitive personal information is not used for recommendations.",
};

/** English: a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Recommendation settings",
  settingsToggle: "Row settings",
  personalized: "Personalized",
  notPersonalized: "Not personalized",
  variety: "Variety",
  varietyHint: "More variety mixes in other categories, less-known products and independent sellers.",
  varietyValue: "{value}%",
  modePersonalized: "Personalized: uses only the data you allowed.",
  modeNotPersonalizedChosen: "Not personalized, as you chose: popular products, no personal data used.",
  modeNotPersonalizedConsent:
    "Not personalized: you have not allowed personalization, so no personal data is used.",
  modeNotPersonalizedOther: "Not personalized right now: popular products, no personal data used.",
  empty: "Nothing to recommend here right now.",
  personalizedNeedsConsent: "To personalize this row, allow it in Privacy settings.",
  personalizedUnavailable: "Personalization is not available for this row right now.",
  updated: "Done: recommendations are updated.",
};

/** English: the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Why am I seeing this?",
  about: "About {item}",
  reasonsHeading: "Why it is shown",
  reasonShare: "{share} of the score",
  effectsHeading: "How the list was balanced",
  dataHeading: "Your data used",
  noPersonalData: "None of your personal data was used.",
  legalBasis: "Legal basis",
  basisConsent: "{purpose}: your consent",
  controlsHeading: "Change what you see",
  close: "Close",
};

/** English: context reasons in plain words. */
export const context: ContextTexts = {
  region: "Popular in {region}",
  device: "Popular with shoppers on {device}",
  daypart: "Popular {daypart}",
  devices: {
    mobile: "a phone",
    desktop: "a computer",
    tablet: "a tablet",
  },
  dayparts: {
    morning: "in the morning",
    afternoon: "in the afternoon",
    evening: "in the evening",
    night: "at night",
  },
  regions: {
    "US-CA": "California",
  },
};

/** English: the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Your recommendations cover {covered} of {total, plural, one {# department} other {# departments}}.",
  none: "You have not been shown any recommendations yet.",
  missing: "Not shown lately: {departments}.",
};

/** English: My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "My data",
  intro:
    "Download everything this shop keeps about you as JSON, or erase it: your activity, your consent record and what was derived from them.",
  stored: {
    heading: "What this shop keeps about you",
    loading: "Looking up what is stored…",
    events: "{count, plural, one {# thing you did here:} other {# things you did here:}}",
    noEvents: "No activity of yours is stored.",
    eventKind: "{kind}: {count} (from {first} to {last})",
    kinds: {
      view: "Products viewed",
      add_to_cart: "Added to cart",
      purchase: "Purchases",
      rating: "Ratings",
      search: "Searches",
      dismiss: "Marked not interested",
    },
    consentHeading: "Your privacy choices over time",
    noConsent: "You have not made a choice yet.",
    consentEvent: "{date}: {type}. On: {granted}.",
    consentTypes: {
      given: "choice saved",
      refused: "refused",
      withdrawn: "withdrawn",
      expired: "expired",
      "gpc-honored": "Global Privacy Control honored",
      notified: "notice shown",
      "notice-changed": "notice changed",
    },
    nothingGranted: "nothing",
    derivedHeading: "What was worked out from it",
    noDerived: "Nothing is derived without stored activity.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Export my data (JSON)",
  exported:
    "Your export is ready: {events, plural, one {# event} other {# events}} and a consent record with {consentEvents, plural, one {# entry} other {# entries}}.",
  eraseButton: "Erase everything",
  eraseConfirmTitle: "Erase everything?",
  eraseConfirmText:
    "This deletes your activity, your consent record and everything derived from them. It cannot be undone.",
  eraseConfirm: "Yes, erase everything",
  cancel: "Cancel",
  erased: "Everything is erased. Keep this receipt as proof of the erasure.",
  receiptTitle: "Erasure receipt",
  downloadReceipt: "Download receipt",
  receipt: {
    erasedAt: "Erased on",
    subject: "Pseudonym",
    events: "Activities erased",
    consentEvents: "Privacy choices erased",
    also: "Also removed",
    proof: "Digest of the erased records",
  },
  failed: "Something went wrong: {message}",
};

/** English: the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Privacy center",
  choicesHeading: "Your choices",
  rules: "Rules in force: {rules}.",
  regimes: {
    gdpr: "GDPR and ePrivacy (nothing is used until you allow it)",
    cpra: "CCPA/CPRA (personalization until you opt out; sensitive data only if you allow it)",
    "opt-in": "nothing is used until you allow it",
    "opt-out": "personalization until you opt out",
    strictest: "the strictest rules, as your region is unknown (nothing is used until you allow it)",
  },
  chosen: "Chosen on {date}; we ask again after {expires}.",
  notChosen: "You have not chosen yet: nothing but what the shop needs is used.",
  defaults: "You have not chosen yet: the defaults of these rules apply, as listed below.",
  minor: "Known minor: profiling-based advertising and sale or sharing are off.",
  gpc: "Global Privacy Control is on.",
  gpcHonored: "Global Privacy Control is on and was honored.",
  limited: "The use of your sensitive personal information is limited.",
  change: "Change your choices",
  on: "On",
  off: "Off",
  receiptHeading: "Consent receipt",
  receiptIntro: "A Kantara Consent Receipt (v1.1) of your standing choice, given on {date}: {purposes}.",
  receiptNone: "There is no receipt yet: you have not made a choice.",
  nothingGranted: "nothing",
  showReceipt: "Show the receipt as JSON",
  downloadReceipt: "Download the consent receipt",
  howHeading: "How recommendations work",
  summary:
    "Products are ranked by adding up the signals below, weighted as listed. Products that cannot be sold to you (out of stock, not shipped to your region, age-restricted) are never shown.",
  reranked: "The list is then balanced for variety and for fairness to independent sellers.",
  parametersHeading: "Main parameters, most important first",
  importance: {
    main: "main",
    supporting: "supporting",
    minor: "minor",
  },
  parameters: {
    hybrid:
      "Learned from many shoppers: a model of which products go together in many shoppers' histories (only links shared by at least five shoppers, and only if you allow learning from similar shoppers).",
    itemKnn:
      "Shoppers who bought this also bought: what shoppers who bought or viewed the same products as you went on to buy (only links shared by at least five shoppers, and only if you allow learning from similar shoppers).",
    ease: "Products that go together: a statistical model over many shoppers' histories (only if you allow learning from similar shoppers).",
    content:
      "Similar products: how close a product is to what you viewed or bought here, by its words, category, brand and price range.",
    session: "This visit: what you looked at just now.",
    search:
      "Your searches: the words you searched for here, matched against products (only if you allow recommendations from what you view).",
    context:
      "Device, time of day and region: what is popular on your kind of device, at this time of day or in your region (only if you allow context).",
    popularity:
      "Popularity: how many shoppers recently chose the product (all that non-personalized recommendations use).",
    editorial: "Our team's picks: products our team highlights.",
  },
  optionsHeading: "What you can change",
  options: [
    "Personalized or Not personalized, under “Row settings” on every recommendation row: not personalized uses no personal data, only popularity and our team's picks.",
    "Privacy settings: switch each kind of personalization on or off at any time.",
    "Why am I seeing this?: on every recommended product, with controls to stop using a product you viewed, say you are not interested, or turn a kind of personalization off.",
    "Variety: a slider under “Row settings” on every recommendation row that trades closeness to your interests for variety, less-known products and independent sellers.",
  ],
  protectionsHeading: "Always applied",
  protections: [
    "Sensitive products (for example pharmacy and health, religion, politics) are never lifted by your own activity unless you gave explicit consent for sensitive data.",
    "Each kind of personalization uses only its own data: your views only if you allow recommendations from what you view, your purchases only if you allow recommendations from your purchases.",
    "Known minors get no profiling-based recommendations or ads.",
  ],
  myData: "To see, download or erase everything, go to {link}.",
  myDataLink: "My data",
};

/** English: the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Audit console",
  verifyLog: "Verify log",
  verifying: "Verifying…",
  logVerified: "Log verified",
  logVerifiedDetail:
    "{size, plural, one {# entry checked; it was not changed.} other {# entries checked; none was changed.}}",
  logVerifiedKinds:
    "{size, plural, one {# entry} other {# entries}} checked ({served, plural, one {# served item} other {# served items}}, {consent, plural, one {# consent event} other {# consent events}}, {notices, plural, one {# notice} other {# notices}}); none was changed.",
  tampered: "Tampering detected at entry {index}",
  failed: "Something went wrong: {message}",
  logHeading: "Explanation log",
  chartsHeading: "Exposure and diversity",
  filters: "Filters",
  filterSurface: "Surface",
  filterMode: "Mode",
  filterSubject: "Subject",
  filterSearch: "Search",
  filterAll: "All",
  personalized: "Personalized",
  notPersonalized: "Not personalized",
  entriesShown: "{shown} of {total, plural, one {# entry} other {# entries}}",
  noEntries: "No entries match.",
  logEmpty:
    "Nothing has been served yet on this device. Open the shop's home page or a product; every recommendation shown is logged here.",
  pageOf: "Page {page} of {pages}",
  previous: "Previous",
  next: "Next",
  columns: {
    index: "Entry",
    time: "Time",
    subject: "Subject",
    surface: "Surface",
    rank: "Rank",
    item: "Item",
    mode: "Mode",
    reason: "Explanation",
    basis: "Basis",
  },
  exportJson: "Export JSON",
  exportCsv: "Export CSV",
  exposureTitle: "Exposure by seller group",
  exposureDescription: "Position-weighted exposure, 1 / log2(rank + 1), of the served items.",
  diversityTitle: "Categories per slate",
  diversityAxisY: "Categories",
  diversityAxisX: "Slates, latest on the right",
  diversityDescription:
    "On average {mean} distinct categories per slate, over {slates, plural, one {# slate} other {# slates}}.",
};

/** English: the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Audit views",
  tabLog: "Log",
  tabMeasurement: "Measurement",
  loading: "Computing the measurement…",
  failed: "The measurement could not be computed: {message}",
  summaryHeading: "Summary",
  raised:
    "Personalization raised click-through by {lift} ({confidence} CI {low} to {high}) over the non-personalized control.",
  lowered:
    "Personalization lowered click-through by {lift} ({confidence} CI {low} to {high}) against the non-personalized control.",
  noDifference:
    "No significant difference in click-through between personalization and the non-personalized control (lift {lift}, {confidence} CI {low} to {high}).",
  noData: "Not enough data yet to compare click-through between the arms.",
  liftHeading: "Lift over the control",
  liftTitle: "Lift of personalization over the non-personalized control",
  liftDescription:
    "Relative lift of each per-visitor rate with its {confidence} confidence interval; the line marks 0 % (no difference).",
  liftCaption: "Per-visitor rates: {treatment} against {control}",
  metrics: {
    click: "Click-through",
    addToCart: "Add to cart",
    conversion: "Conversion",
    firstDayEngagement: "First-day engagement",
    repeatPurchase: "Repeat purchase",
  },
  liftColumns: {
    metric: "Metric",
    control: "Control",
    treatment: "Treatment",
    lift: "Lift",
    interval: "Confidence interval",
    pValue: "p-value",
  },
  rateCell: "{rate} ({successes} of {visitors})",
  undefinedLift: "not enough data yet",
  driftHeading: "Drift",
  driftTitle: "Click-through of the {arm} arm over time",
  driftDescription:
    "Rolling click-through per hour against the baseline {baseline} and the drift line {line}; {events, plural, one {# drift event} other {# drift events}}.",
  baseline: "Baseline",
  driftLine: "Drift line",
  eventsCaption: "Drift events",
  eventColumns: {
    time: "Time",
    metric: "Metric",
    arm: "Arm",
    baseline: "Baseline",
    observed: "Observed",
    drop: "Drop",
  },
  noEvents: "No drift detected.",
};

/** English: the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Filter bubble",
  title: "Filter bubble",
  summary:
    "Over {days, plural, one {# day} other {# days}} the categories served to each shopper went from {first} to {last} bits of entropy; on the last day {outside} of what returning shoppers saw lay outside the categories they were first shown.",
  entropyChart: "Variety per shopper (entropy, bits) and share outside their first categories, per day",
  providerChart: "Exposure by provider, per day",
  day: "Day",
  slates: "Slates",
  entropy: "Entropy per shopper (bits)",
  outside: "Outside first categories",
  providerGini: "Provider Gini",
  empty: "No served slates in the log yet: browse the shop, then come back.",
};
