/** Danish (dansk) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Danish (dansk): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Dine privatlivsvalg",
  optIn:
    "Vi vil gerne bruge din aktivitet i denne butik til at personalisere det, du ser. Intet personligt bruges, før du har valgt, og butikken fungerer fuldt ud uanset hvad.",
  optOut:
    "Vi bruger din aktivitet i denne butik til at personalisere det, du ser, og deler den til personaliserede annoncer, medmindre du fravælger det. Følsomme personoplysninger bruges kun, hvis du tillader det. Butikken fungerer fuldt ud uanset hvad.",
  purposes: "Det spørger vi om: {purposes}.",
  privacyPolicy: "Privatlivspolitik",
  acceptAll: "Accepter alle",
  rejectAll: "Afvis alle",
  customize: "Tilpas",
  doNotSell: "Sælg eller del ikke mine personoplysninger",
  limitSensitive: "Begræns brugen af mine følsomme personoplysninger",
};

/** Danish (dansk): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Privatlivsindstillinger",
  intro: "Vælg, hvad der må bruges. Du kan til enhver tid ændre det via sidefoden.",
  save: "Gem valg",
  close: "Luk",
  alwaysOn: "Altid slået til",
  on: "Til",
  off: "Fra",
  acceptAll: "Accepter alle",
  rejectAll: "Afvis alle",
  dataUsed: "Brugte oplysninger",
  legalBasis: "Retsgrundlag",
  bases: {
    consent: "dit samtykke",
    "explicit-consent": "dit udtrykkelige samtykke",
    contract: "nødvendigt for at levere butikken",
    "legal-obligation": "retlig forpligtelse",
    "legitimate-interest": "legitim interesse",
  },
};

/** Danish (dansk): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "hvad du ser og klikker på",
    "pd:SearchHistory": "hvad du søger efter",
    "pd:Purchase": "hvad du køber",
    "pd:Rating": "dine bedømmelser",
    "pd:DeviceBased": "din enhedstype",
    "pd:Location": "dit område",
    "candor:TimeOfDay": "tidspunktet på dagen",
    "pd:Age": "din aldersgruppe",
    "pd:EmailAddress": "din e-mailadresse",
    "candor:Cart": "din kurv",
    "candor:ConsentRecord": "dine privatlivsvalg",
    "pd:Health": "helbred",
    "pd:Religion": "religiøs eller filosofisk overbevisning",
    "pd:Sexuality": "seksuelle forhold eller seksuel orientering",
    "pd:PoliticalOpinion": "politisk overbevisning",
    "pd:EthnicOrigin": "race eller etnisk oprindelse",
    "pd:Biometric": "biometriske data",
    "pd:Genetic": "genetiske data",
    "pd:TradeUnionMembership": "fagforeningsmæssigt tilhørsforhold",
    "candor:UnclassifiedSpecialCategory": "andre følsomme oplysninger",
  },
};

/** Danish (dansk): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Privatlivsvalg",
  privacySettings: "Privatlivsindstillinger",
  doNotSell: "Sælg eller del ikke mine personoplysninger",
  gpcHonored: "Anmodning om fravalg efterkommet",
  optedOut: "Færdig: dine personoplysninger bliver ikke længere solgt eller delt.",
};

/** Danish (dansk): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Begræns brugen af mine følsomme personoplysninger",
  limitSensitiveOn: "Dine følsomme personoplysninger bruges ikke til anbefalinger.",
};

/** Danish (dansk): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Indstillinger for anbefalinger",
  settingsToggle: "Rækkens indstillinger",
  personalized: "Personaliseret",
  notPersonalized: "Ikke personaliseret",
  variety: "Variation",
  varietyHint: "Mere variation blander andre kategorier, mindre kendte produkter og uafhængige sælgere ind.",
  varietyValue: "{value} %",
  modePersonalized: "Personaliseret: bruger kun de oplysninger, du har tilladt.",
  modeNotPersonalizedChosen:
    "Ikke personaliseret, som du har valgt: populære produkter, ingen personoplysninger bruges.",
  modeNotPersonalizedConsent:
    "Ikke personaliseret: du har ikke tilladt personalisering, så der bruges ingen personoplysninger.",
  modeNotPersonalizedOther:
    "Ikke personaliseret lige nu: populære produkter, ingen personoplysninger bruges.",
  empty: "Der er intet at anbefale her lige nu.",
  personalizedNeedsConsent: "Tillad det i privatlivsindstillingerne for at personalisere denne række.",
  personalizedUnavailable: "Personalisering er ikke tilgængelig for denne række lige nu.",
  updated: "Færdig: anbefalingerne er opdateret.",
};

/** Danish (dansk): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Hvorfor ser jeg dette?",
  about: "Om {item}",
  reasonsHeading: "Hvorfor den vises",
  reasonShare: "{share} af scoren",
  effectsHeading: "Sådan blev listen afbalanceret",
  dataHeading: "Dine oplysninger, der blev brugt",
  noPersonalData: "Ingen af dine personoplysninger blev brugt.",
  legalBasis: "Retsgrundlag",
  basisConsent: "{purpose}: dit samtykke",
  controlsHeading: "Skift det, du ser",
  close: "Luk",
};

/** Danish (dansk): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Populær i {region}",
  device: "Populær blandt kunder, der bruger {device}",
  daypart: "Populær {daypart}",
  devices: {
    mobile: "en telefon",
    desktop: "en computer",
    tablet: "en tablet",
  },
  dayparts: {
    morning: "om morgenen",
    afternoon: "om eftermiddagen",
    evening: "om aftenen",
    night: "om natten",
  },
  regions: {
    "US-CA": "Californien",
  },
};

/** Danish (dansk): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered: "Dine anbefalinger dækker {covered} af {total, plural, one {# afdeling} other {# afdelinger}}.",
  none: "Du har ikke fået vist nogen anbefalinger endnu.",
  missing: "Ikke vist for nylig: {departments}.",
};

/** Danish (dansk): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Mine oplysninger",
  intro:
    "Download alt, hvad denne butik gemmer om dig, som JSON, eller slet det: din aktivitet, din samtykkeregistrering og det, der er udledt af dem.",
  stored: {
    heading: "Hvad denne butik gemmer om dig",
    loading: "Finder ud af, hvad der er gemt…",
    events: "{count, plural, one {# ting, du har gjort her:} other {# ting, du har gjort her:}}",
    noEvents: "Der er ikke gemt nogen aktivitet fra dig.",
    eventKind: "{kind}: {count} (fra {first} til {last})",
    kinds: {
      view: "Sete produkter",
      add_to_cart: "Lagt i kurven",
      purchase: "Køb",
      rating: "Bedømmelser",
      search: "Søgninger",
      dismiss: "Markeret som ikke interessant",
    },
    consentHeading: "Dine privatlivsvalg over tid",
    noConsent: "Du har ikke truffet et valg endnu.",
    consentEvent: "{date}: {type}. Til: {granted}.",
    consentTypes: {
      given: "valg gemt",
      refused: "afvist",
      withdrawn: "tilbagekaldt",
      expired: "udløbet",
      "gpc-honored": "Global Privacy Control efterkommet",
      notified: "meddelelse vist",
      "notice-changed": "meddelelse ændret",
    },
    nothingGranted: "intet",
    derivedHeading: "Hvad der er udledt af det",
    noDerived: "Uden gemt aktivitet udledes intet.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Eksportér mine oplysninger (JSON)",
  exported:
    "Din eksport er klar: {events, plural, one {# hændelse} other {# hændelser}} og en samtykkeregistrering med {consentEvents, plural, one {# post} other {# poster}}.",
  eraseButton: "Slet alt",
  eraseConfirmTitle: "Slet alt?",
  eraseConfirmText:
    "Dette sletter din aktivitet, din samtykkeregistrering og alt, hvad der er udledt af dem. Det kan ikke fortrydes.",
  eraseConfirm: "Ja, slet alt",
  cancel: "Annuller",
  erased: "Alt er slettet. Gem denne kvittering som bevis for sletningen.",
  receiptTitle: "Kvittering for sletning",
  downloadReceipt: "Download kvittering",
  receipt: {
    erasedAt: "Slettet den",
    subject: "Pseudonym",
    events: "Slettede aktiviteter",
    consentEvents: "Slettede privatlivsvalg",
    also: "Også fjernet",
    proof: "Kontrolsum for de slettede poster",
  },
  failed: "Noget gik galt: {message}",
};

/** Danish (dansk): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Privatlivscenter",
  choicesHeading: "Dine valg",
  rules: "Gældende regler: {rules}.",
  regimes: {
    gdpr: "GDPR og ePrivacy (intet bruges, før du tillader det)",
    cpra: "CCPA/CPRA (personalisering, indtil du fravælger det; følsomme oplysninger kun, hvis du tillader det)",
    "opt-in": "intet bruges, før du tillader det",
    "opt-out": "personalisering, indtil du fravælger det",
    strictest: "de strengeste regler, da dit område er ukendt (intet bruges, før du tillader det)",
  },
  chosen: "Valgt den {date}; vi spørger igen efter {expires}.",
  notChosen: "Du har ikke valgt endnu: kun det, butikken har brug for, bruges.",
  defaults: "Du har ikke valgt endnu: standardindstillingerne for disse regler gælder, som angivet nedenfor.",
  minor: "Kendt mindreårig: profileringsbaserede annoncer og salg eller deling er slået fra.",
  gpc: "Global Privacy Control er slået til.",
  gpcHonored: "Global Privacy Control er slået til og er blevet efterkommet.",
  limited: "Brugen af dine følsomme personoplysninger er begrænset.",
  change: "Skift dine valg",
  on: "Til",
  off: "Fra",
  receiptHeading: "Samtykkekvittering",
  receiptIntro:
    "En samtykkekvittering efter Kantara (v1.1) for dit gældende valg, truffet den {date}: {purposes}.",
  receiptNone: "Der er ingen kvittering endnu: du har ikke truffet et valg.",
  nothingGranted: "intet",
  showReceipt: "Vis kvitteringen som JSON",
  downloadReceipt: "Download samtykkekvitteringen",
  howHeading: "Sådan virker anbefalinger",
  summary:
    "Produkterne rangeres ved at lægge signalerne nedenfor sammen, vægtet som angivet. Produkter, der ikke kan sælges til dig (udsolgt, sendes ikke til dit område, aldersbegrænset), vises aldrig.",
  reranked: "Derefter afbalanceres listen for variation og for retfærdighed over for uafhængige sælgere.",
  parametersHeading: "Vigtigste parametre, de vigtigste først",
  importance: {
    main: "primær",
    supporting: "understøttende",
    minor: "mindre",
  },
  parameters: {
    hybrid:
      "Lært af mange kunder: en model af, hvilke produkter der hører sammen i mange kunders historik (kun forbindelser, som mindst fem kunder deler, og kun hvis du tillader, at vi lærer af lignende kunder).",
    itemKnn:
      "Kunder, der købte dette, købte også: hvad kunder, der købte eller så de samme produkter som dig, købte bagefter (kun forbindelser, som mindst fem kunder deler, og kun hvis du tillader, at vi lærer af lignende kunder).",
    ease: "Produkter, der hører sammen: en statistisk model over mange kunders historik (kun hvis du tillader, at vi lærer af lignende kunder).",
    content:
      "Lignende produkter: hvor tæt et produkt ligger på det, du har set eller købt her, efter ord, kategori, mærke og prisklasse.",
    session: "Dette besøg: det, du så på lige før.",
    search:
      "Dine søgninger: de ord, du har søgt efter her, sammenholdt med produkterne (kun hvis du tillader anbefalinger ud fra det, du ser).",
    context:
      "Enhed, tidspunkt og område: det, der er populært på din enhedstype, på dette tidspunkt af dagen eller i dit område (kun hvis du tillader kontekst).",
    popularity:
      "Popularitet: hvor mange kunder der for nylig har valgt produktet (det eneste, ikke-personaliserede anbefalinger bruger).",
    editorial: "Vores teams valg: produkter, som vores team fremhæver.",
  },
  optionsHeading: "Det kan du ændre",
  options: [
    "Personaliseret eller Ikke personaliseret, i »Rækkens indstillinger« ved hver række af anbefalinger: ikke personaliseret bruger ingen personoplysninger, kun popularitet og vores teams valg.",
    "Privatlivsindstillinger: slå hver type personalisering til eller fra når som helst.",
    "Hvorfor ser jeg dette?: ved hvert anbefalet produkt, med knapper til at stoppe brugen af et produkt, du har set, sige, at du ikke er interesseret, eller slå en type personalisering fra.",
    "Variation: en skyder i »Rækkens indstillinger« ved hver række af anbefalinger, der afvejer nærhed til dine interesser mod variation, mindre kendte produkter og uafhængige sælgere.",
  ],
  protectionsHeading: "Gælder altid",
  protections: [
    "Følsomme produkter (for eksempel apotek og helbred, religion, politik) fremhæves aldrig på grund af din egen aktivitet, medmindre du har givet udtrykkeligt samtykke til følsomme oplysninger.",
    "Hver type personalisering bruger kun sine egne oplysninger: det, du ser, kun hvis du tillader anbefalinger ud fra det, du ser, dine køb kun hvis du tillader anbefalinger ud fra dine køb.",
    "Kendte mindreårige får ingen profileringsbaserede anbefalinger eller annoncer.",
  ],
  myData: "Gå til {link} for at se, downloade eller slette alt.",
  myDataLink: "Mine oplysninger",
};

/** Danish (dansk): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Revisionskonsol",
  verifyLog: "Bekræft loggen",
  verifying: "Bekræfter…",
  logVerified: "Loggen er bekræftet",
  logVerifiedDetail:
    "{size, plural, one {# post kontrolleret; den er ikke ændret.} other {# poster kontrolleret; ingen er ændret.}}",
  logVerifiedKinds:
    "{size, plural, one {# post} other {# poster}} kontrolleret ({served, plural, one {# vist vare} other {# viste varer}}, {consent, plural, one {# samtykkehændelse} other {# samtykkehændelser}}, {notices, plural, one {# meddelelse} other {# meddelelser}}); ingen er ændret.",
  tampered: "Manipulation opdaget ved post {index}",
  failed: "Noget gik galt: {message}",
  logHeading: "Forklaringslog",
  chartsHeading: "Synlighed og mangfoldighed",
  filters: "Filtre",
  filterSurface: "Placering",
  filterMode: "Tilstand",
  filterSubject: "Person",
  filterSearch: "Søg",
  filterAll: "Alle",
  personalized: "Personaliseret",
  notPersonalized: "Ikke personaliseret",
  entriesShown: "{shown} af {total, plural, one {# post} other {# poster}}",
  noEntries: "Ingen poster passer.",
  logEmpty:
    "Der er ikke vist noget på denne enhed endnu. Åbn butikkens forside eller et produkt; hver anbefaling, der vises, logges her.",
  pageOf: "Side {page} af {pages}",
  previous: "Forrige",
  next: "Næste",
  columns: {
    index: "Post",
    time: "Tidspunkt",
    subject: "Person",
    surface: "Placering",
    rank: "Plads",
    item: "Vare",
    mode: "Tilstand",
    reason: "Forklaring",
    basis: "Grundlag",
  },
  exportJson: "Eksportér JSON",
  exportCsv: "Eksportér CSV",
  exposureTitle: "Synlighed pr. sælgergruppe",
  exposureDescription: "Positionsvægtet synlighed, 1 / log2(plads + 1), for de viste varer.",
  diversityTitle: "Kategorier pr. liste",
  diversityAxisY: "Kategorier",
  diversityAxisX: "Lister, den nyeste til højre",
  diversityDescription:
    "I gennemsnit {mean} forskellige kategorier pr. liste, over {slates, plural, one {# liste} other {# lister}}.",
};

/** Danish (dansk): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Revisionsvisninger",
  tabLog: "Log",
  tabMeasurement: "Måling",
  loading: "Beregner målingen…",
  failed: "Målingen kunne ikke beregnes: {message}",
  summaryHeading: "Sammenfatning",
  raised:
    "Personalisering øgede klikraten med {lift} ({confidence} KI {low} til {high}) i forhold til den ikke-personaliserede kontrolgruppe.",
  lowered:
    "Personalisering sænkede klikraten med {lift} ({confidence} KI {low} til {high}) i forhold til den ikke-personaliserede kontrolgruppe.",
  noDifference:
    "Ingen signifikant forskel i klikrate mellem personalisering og den ikke-personaliserede kontrolgruppe (stigning {lift}, {confidence} KI {low} til {high}).",
  noData: "Endnu ikke nok oplysninger til at sammenligne klikraten mellem grupperne.",
  liftHeading: "Stigning i forhold til kontrolgruppen",
  liftTitle: "Stigning ved personalisering i forhold til den ikke-personaliserede kontrolgruppe",
  liftDescription:
    "Relativ stigning for hver rate pr. besøgende med dens konfidensinterval på {confidence}; linjen markerer 0 % (ingen forskel).",
  liftCaption: "Rater pr. besøgende: {treatment} over for {control}",
  metrics: {
    click: "Klikrate",
    addToCart: "Lagt i kurven",
    conversion: "Konvertering",
    firstDayEngagement: "Engagement første dag",
    repeatPurchase: "Genkøb",
  },
  liftColumns: {
    metric: "Mål",
    control: "Kontrol",
    treatment: "Behandling",
    lift: "Stigning",
    interval: "Konfidensinterval",
    pValue: "p-værdi",
  },
  rateCell: "{rate} ({successes} af {visitors})",
  undefinedLift: "endnu ikke nok oplysninger",
  driftHeading: "Drift",
  driftTitle: "Klikrate for gruppen {arm} over tid",
  driftDescription:
    "Glidende klikrate pr. time over for basislinjen {baseline} og driftgrænsen {line}; {events, plural, one {# drifthændelse} other {# drifthændelser}}.",
  baseline: "Basislinje",
  driftLine: "Driftgrænse",
  eventsCaption: "Drifthændelser",
  eventColumns: {
    time: "Tidspunkt",
    metric: "Mål",
    arm: "Gruppe",
    baseline: "Basislinje",
    observed: "Observeret",
    drop: "Fald",
  },
  noEvents: "Ingen drift registreret.",
};

/** Danish (dansk): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Filterboble",
  title: "Filterboble",
  summary:
    "Over {days, plural, one {# dag} other {# dage}} gik entropien i de kategorier, der blev vist for hver kunde, fra {first} til {last} bit; den sidste dag lå {outside} af det, tilbagevendende kunder så, uden for de kategorier, de først fik vist.",
  entropyChart: "Variation pr. kunde (entropi, bit) og andel uden for de første kategorier, pr. dag",
  providerChart: "Synlighed pr. udbyder, pr. dag",
  day: "Dag",
  slates: "Lister",
  entropy: "Entropi pr. kunde (bit)",
  outside: "Uden for de første kategorier",
  providerGini: "Gini over udbydere",
  empty: "Ingen viste lister i loggen endnu: kig rundt i butikken, og kom så tilbage.",
};
