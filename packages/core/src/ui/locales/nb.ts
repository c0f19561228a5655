/** Norwegian Bokmål (norsk bokmål) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Norwegian Bokmål (norsk bokmål): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Personvernvalgene dine",
  optIn:
    "Vi vil gjerne bruke aktiviteten din i denne butikken til å tilpasse det du ser. Ingenting personlig brukes før du har valgt, og butikken fungerer fullt ut uansett.",
  optOut:
    "Vi bruker aktiviteten din i denne butikken til å tilpasse det du ser, og deler den for personaliserte annonser, med mindre du reserverer deg. Sensitive personopplysninger brukes bare hvis du tillater det. Butikken fungerer fullt ut uansett.",
  purposes: "Dette spør vi om: {purposes}.",
  privacyPolicy: "Personvernerklæring",
  acceptAll: "Godta alle",
  rejectAll: "Avvis alle",
  customize: "Tilpass",
  doNotSell: "Ikke selg eller del personopplysningene mine",
  limitSensitive: "Begrens bruken av mine sensitive personopplysninger",
};

/** Norwegian Bokmål (norsk bokmål): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Personverninnstillinger",
  intro: "Velg hva som kan brukes. Du kan endre dette når som helst via bunnteksten.",
  save: "Lagre valg",
  close: "Lukk",
  alwaysOn: "Alltid på",
  on: "På",
  off: "Av",
  acceptAll: "Godta alle",
  rejectAll: "Avvis alle",
  dataUsed: "Brukte opplysninger",
  legalBasis: "Rettslig grunnlag",
  bases: {
    consent: "samtykket ditt",
    "explicit-consent": "ditt uttrykkelige samtykke",
    contract: "nødvendig for å levere butikken",
    "legal-obligation": "rettslig forpliktelse",
    "legitimate-interest": "berettiget interesse",
  },
};

/** Norwegian Bokmål (norsk bokmål): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "hva du ser på og klikker på",
    "pd:SearchHistory": "hva du søker etter",
    "pd:Purchase": "hva du kjøper",
    "pd:Rating": "vurderingene dine",
    "pd:DeviceBased": "enhetstypen din",
    "pd:Location": "området ditt",
    "candor:TimeOfDay": "tiden på døgnet",
    "pd:Age": "aldersgruppen din",
    "pd:EmailAddress": "e-postadressen din",
    "candor:Cart": "handlekurven din",
    "candor:ConsentRecord": "personvernvalgene dine",
    "pd:Health": "helse",
    "pd:Religion": "religiøs eller filosofisk overbevisning",
    "pd:Sexuality": "seksuelle forhold eller seksuell orientering",
    "pd:PoliticalOpinion": "politisk oppfatning",
    "pd:EthnicOrigin": "rasemessig eller etnisk opprinnelse",
    "pd:Biometric": "biometriske opplysninger",
    "pd:Genetic": "genetiske opplysninger",
    "pd:TradeUnionMembership": "fagforeningsmedlemskap",
    "candor:UnclassifiedSpecialCategory": "andre sensitive opplysninger",
  },
};

/** Norwegian Bokmål (norsk bokmål): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Personvernvalg",
  privacySettings: "Personverninnstillinger",
  doNotSell: "Ikke selg eller del personopplysningene mine",
  gpcHonored: "Reservasjonen er etterkommet",
  optedOut: "Ferdig: personopplysningene dine blir ikke lenger solgt eller delt.",
};

/** Norwegian Bokmål (norsk bokmål): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Begrens bruken av mine sensitive personopplysninger",
  limitSensitiveOn: "De sensitive personopplysningene dine brukes ikke til anbefalinger.",
};

/** Norwegian Bokmål (norsk bokmål): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Innstillinger for anbefalinger",
  settingsToggle: "Radens innstillinger",
  personalized: "Personalisert",
  notPersonalized: "Ikke personalisert",
  variety: "Variasjon",
  varietyHint: "Mer variasjon blander inn andre kategorier, mindre kjente produkter og uavhengige selgere.",
  varietyValue: "{value} %",
  modePersonalized: "Personalisert: bruker bare opplysningene du har tillatt.",
  modeNotPersonalizedChosen:
    "Ikke personalisert, slik du valgte: populære produkter, ingen personopplysninger brukes.",
  modeNotPersonalizedConsent:
    "Ikke personalisert: du har ikke tillatt personalisering, så ingen personopplysninger brukes.",
  modeNotPersonalizedOther:
    "Ikke personalisert akkurat nå: populære produkter, ingen personopplysninger brukes.",
  empty: "Det er ingenting å anbefale her akkurat nå.",
  personalizedNeedsConsent: "Tillat det i personverninnstillingene for å personalisere denne raden.",
  personalizedUnavailable: "Personalisering er ikke tilgjengelig for denne raden akkurat nå.",
  updated: "Ferdig: anbefalingene er oppdatert.",
};

/** Norwegian Bokmål (norsk bokmål): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Hvorfor ser jeg dette?",
  about: "Om {item}",
  reasonsHeading: "Hvorfor den vises",
  reasonShare: "{share} av poengsummen",
  effectsHeading: "Slik ble listen balansert",
  dataHeading: "Opplysningene dine som ble brukt",
  noPersonalData: "Ingen av personopplysningene dine ble brukt.",
  legalBasis: "Rettslig grunnlag",
  basisConsent: "{purpose}: samtykket ditt",
  controlsHeading: "Endre det du ser",
  close: "Lukk",
};

/** Norwegian Bokmål (norsk bokmål): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Populær i {region}",
  device: "Populær blant kunder som bruker {device}",
  daypart: "Populær {daypart}",
  devices: {
    mobile: "mobiltelefon",
    desktop: "datamaskin",
    tablet: "nettbrett",
  },
  dayparts: {
    morning: "om morgenen",
    afternoon: "om ettermiddagen",
    evening: "om kvelden",
    night: "om natten",
  },
  regions: {
    "US-CA": "California",
  },
};

/** Norwegian Bokmål (norsk bokmål): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered: "Anbefalingene dine dekker {covered} av {total, plural, one {# avdeling} other {# avdelinger}}.",
  none: "Du har ikke fått vist noen anbefalinger ennå.",
  missing: "Ikke vist i det siste: {departments}.",
};

/** Norwegian Bokmål (norsk bokmål): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Mine opplysninger",
  intro:
    "Last ned alt denne butikken lagrer om deg som JSON, eller slett det: aktiviteten din, samtykkeregisteret ditt og det som er utledet av dem.",
  stored: {
    heading: "Hva denne butikken lagrer om deg",
    loading: "Finner ut hva som er lagret…",
    events: "{count, plural, one {# ting du har gjort her:} other {# ting du har gjort her:}}",
    noEvents: "Ingen aktivitet fra deg er lagret.",
    eventKind: "{kind}: {count} (fra {first} til {last})",
    kinds: {
      view: "Viste produkter",
      add_to_cart: "Lagt i handlekurven",
      purchase: "Kjøp",
      rating: "Vurderinger",
      search: "Søk",
      dismiss: "Merket som ikke interessant",
    },
    consentHeading: "Personvernvalgene dine over tid",
    noConsent: "Du har ikke tatt et valg ennå.",
    consentEvent: "{date}: {type}. På: {granted}.",
    consentTypes: {
      given: "valg lagret",
      refused: "avslått",
      withdrawn: "trukket tilbake",
      expired: "utløpt",
      "gpc-honored": "Global Privacy Control etterkommet",
      notified: "melding vist",
      "notice-changed": "melding endret",
    },
    nothingGranted: "ingenting",
    derivedHeading: "Hva som er utledet av det",
    noDerived: "Uten lagret aktivitet utledes ingenting.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Eksporter opplysningene mine (JSON)",
  exported:
    "Eksporten din er klar: {events, plural, one {# hendelse} other {# hendelser}} og et samtykkeregister med {consentEvents, plural, one {# oppføring} other {# oppføringer}}.",
  eraseButton: "Slett alt",
  eraseConfirmTitle: "Slette alt?",
  eraseConfirmText:
    "Dette sletter aktiviteten din, samtykkeregisteret ditt og alt som er utledet av dem. Det kan ikke angres.",
  eraseConfirm: "Ja, slett alt",
  cancel: "Avbryt",
  erased: "Alt er slettet. Ta vare på denne kvitteringen som bevis på slettingen.",
  receiptTitle: "Kvittering for sletting",
  downloadReceipt: "Last ned kvittering",
  receipt: {
    erasedAt: "Slettet",
    subject: "Pseudonym",
    events: "Slettede aktiviteter",
    consentEvents: "Slettede personvernvalg",
    also: "Også fjernet",
    proof: "Sjekksum for de slettede oppføringene",
  },
  failed: "Noe gikk galt: {message}",
};

/** Norwegian Bokmål (norsk bokmål): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Personvernsenter",
  choicesHeading: "Valgene dine",
  rules: "Gjeldende regler: {rules}.",
  regimes: {
    gdpr: "GDPR og ePrivacy (ingenting brukes før du tillater det)",
    cpra: "CCPA/CPRA (personalisering til du reserverer deg; sensitive opplysninger bare hvis du tillater det)",
    "opt-in": "ingenting brukes før du tillater det",
    "opt-out": "personalisering til du reserverer deg",
    strictest: "de strengeste reglene, siden området ditt er ukjent (ingenting brukes før du tillater det)",
  },
  chosen: "Valgt {date}; vi spør igjen etter {expires}.",
  notChosen: "Du har ikke valgt ennå: bare det butikken trenger, brukes.",
  defaults: "Du har ikke valgt ennå: standardinnstillingene for disse reglene gjelder, som vist nedenfor.",
  minor: "Kjent mindreårig: profileringsbaserte annonser og salg eller deling er slått av.",
  gpc: "Global Privacy Control er på.",
  gpcHonored: "Global Privacy Control er på og er etterkommet.",
  limited: "Bruken av de sensitive personopplysningene dine er begrenset.",
  change: "Endre valgene dine",
  on: "På",
  off: "Av",
  receiptHeading: "Samtykkekvittering",
  receiptIntro:
    "En samtykkekvittering etter Kantara (v1.1) for det gjeldende valget ditt, tatt {date}: {purposes}.",
  receiptNone: "Det finnes ingen kvittering ennå: du har ikke tatt et valg.",
  nothingGranted: "ingenting",
  showReceipt: "Vis kvitteringen som JSON",
  downloadReceipt: "Last ned samtykkekvitteringen",
  howHeading: "Slik fungerer anbefalinger",
  summary:
    "Produktene rangeres ved å legge sammen signalene nedenfor, vektet som oppgitt. Produkter som ikke kan selges til deg (utsolgt, sendes ikke til området ditt, aldersbegrenset), vises aldri.",
  reranked: "Deretter balanseres listen for variasjon og for rettferdighet overfor uavhengige selgere.",
  parametersHeading: "Viktigste parametere, de viktigste først",
  importance: {
    main: "primær",
    supporting: "støttende",
    minor: "mindre",
  },
  parameters: {
    hybrid:
      "Lært fra mange kunder: en modell av hvilke produkter som hører sammen i mange kunders historikk (bare koblinger som minst fem kunder deler, og bare hvis du tillater at vi lærer av lignende kunder).",
    itemKnn:
      "Kunder som kjøpte dette, kjøpte også: hva kunder som kjøpte eller så på de samme produktene som deg, kjøpte etterpå (bare koblinger som minst fem kunder deler, og bare hvis du tillater at vi lærer av lignende kunder).",
    ease: "Produkter som hører sammen: en statistisk modell over mange kunders historikk (bare hvis du tillater at vi lærer av lignende kunder).",
    content:
      "Lignende produkter: hvor nær et produkt er det du har sett på eller kjøpt her, etter ord, kategori, merke og prisklasse.",
    session: "Dette besøket: det du så på akkurat nå.",
    search:
      "Søkene dine: ordene du har søkt etter her, sammenholdt med produktene (bare hvis du tillater anbefalinger basert på det du ser på).",
    context:
      "Enhet, tid på døgnet og område: det som er populært på din enhetstype, på denne tiden av døgnet eller i området ditt (bare hvis du tillater kontekst).",
    popularity:
      "Popularitet: hvor mange kunder som nylig har valgt produktet (alt som ikke-personaliserte anbefalinger bruker).",
    editorial: "Teamets valg: produkter teamet vårt fremhever.",
  },
  optionsHeading: "Dette kan du endre",
  options: [
    "Personalisert eller Ikke personalisert, i «Radens innstillinger» på hver anbefalingsrad: ikke personalisert bruker ingen personopplysninger, bare popularitet og teamets valg.",
    "Personverninnstillinger: slå hver type personalisering på eller av når som helst.",
    "Hvorfor ser jeg dette?: på hvert anbefalte produkt, med knapper for å slutte å bruke et produkt du har sett på, si at du ikke er interessert, eller slå av en type personalisering.",
    "Variasjon: en glidebryter i «Radens innstillinger» på hver anbefalingsrad som veier nærhet til interessene dine mot variasjon, mindre kjente produkter og uavhengige selgere.",
  ],
  protectionsHeading: "Gjelder alltid",
  protections: [
    "Sensitive produkter (for eksempel apotek og helse, religion, politikk) løftes aldri frem av din egen aktivitet, med mindre du har gitt uttrykkelig samtykke for sensitive opplysninger.",
    "Hver type personalisering bruker bare sine egne opplysninger: det du ser på, bare hvis du tillater anbefalinger basert på det du ser på, kjøpene dine bare hvis du tillater anbefalinger basert på kjøpene dine.",
    "Kjente mindreårige får ingen profileringsbaserte anbefalinger eller annonser.",
  ],
  myData: "Gå til {link} for å se, laste ned eller slette alt.",
  myDataLink: "Mine opplysninger",
};

/** Norwegian Bokmål (norsk bokmål): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Revisjonskonsoll",
  verifyLog: "Bekreft loggen",
  verifying: "Bekrefter…",
  logVerified: "Loggen er bekreftet",
  logVerifiedDetail:
    "{size, plural, one {# oppføring kontrollert; den er ikke endret.} other {# oppføringer kontrollert; ingen er endret.}}",
  logVerifiedKinds:
    "{size, plural, one {# oppføring} other {# oppføringer}} kontrollert ({served, plural, one {# vist vare} other {# viste varer}}, {consent, plural, one {# samtykkehendelse} other {# samtykkehendelser}}, {notices, plural, one {# melding} other {# meldinger}}); ingen er endret.",
  tampered: "Manipulering oppdaget ved oppføring {index}",
  failed: "Noe gikk galt: {message}",
  logHeading: "Forklaringslogg",
  chartsHeading: "Synlighet og mangfold",
  filters: "Filtre",
  filterSurface: "Plassering",
  filterMode: "Modus",
  filterSubject: "Person",
  filterSearch: "Søk",
  filterAll: "Alle",
  personalized: "Personalisert",
  notPersonalized: "Ikke personalisert",
  entriesShown: "{shown} av {total, plural, one {# oppføring} other {# oppføringer}}",
  noEntries: "Ingen oppføringer passer.",
  logEmpty:
    "Ingenting er vist på denne enheten ennå. Åpne butikkens forside eller et produkt; hver anbefaling som vises, logges her.",
  pageOf: "Side {page} av {pages}",
  previous: "Forrige",
  next: "Neste",
  columns: {
    index: "Oppføring",
    time: "Tidspunkt",
    subject: "Person",
    surface: "Plassering",
    rank: "Plass",
    item: "Vare",
    mode: "Modus",
    reason: "Forklaring",
    basis: "Grunnlag",
  },
  exportJson: "Eksporter JSON",
  exportCsv: "Eksporter CSV",
  exposureTitle: "Synlighet per selgergruppe",
  exposureDescription: "Posisjonsvektet synlighet, 1 / log2(plass + 1), for de viste varene.",
  diversityTitle: "Kategorier per liste",
  diversityAxisY: "Kategorier",
  diversityAxisX: "Lister, den nyeste til høyre",
  diversityDescription:
    "I gjennomsnitt {mean} ulike kategorier per liste, over {slates, plural, one {# liste} other {# lister}}.",
};

/** Norwegian Bokmål (norsk bokmål): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Revisjonsvisninger",
  tabLog: "Logg",
  tabMeasurement: "Måling",
  loading: "Beregner målingen…",
  failed: "Målingen kunne ikke beregnes: {message}",
  summaryHeading: "Sammendrag",
  raised:
    "Personalisering økte klikkraten med {lift} ({confidence} KI {low} til {high}) sammenlignet med den ikke-personaliserte kontrollgruppen.",
  lowered:
    "Personalisering senket klikkraten med {lift} ({confidence} KI {low} til {high}) sammenlignet med den ikke-personaliserte kontrollgruppen.",
  noDifference:
    "Ingen signifikant forskjell i klikkrate mellom personalisering og den ikke-personaliserte kontrollgruppen (økning {lift}, {confidence} KI {low} til {high}).",
  noData: "Ikke nok opplysninger ennå til å sammenligne klikkraten mellom gruppene.",
  liftHeading: "Økning sammenlignet med kontrollgruppen",
  liftTitle: "Økning fra personalisering sammenlignet med den ikke-personaliserte kontrollgruppen",
  liftDescription:
    "Relativ økning for hver rate per besøkende med konfidensintervallet på {confidence}; linjen markerer 0 % (ingen forskjell).",
  liftCaption: "Rater per besøkende: {treatment} mot {control}",
  metrics: {
    click: "Klikkrate",
    addToCart: "Lagt i handlekurven",
    conversion: "Konvertering",
    firstDayEngagement: "Engasjement første dag",
    repeatPurchase: "Gjenkjøp",
  },
  liftColumns: {
    metric: "Måltall",
    control: "Kontroll",
    treatment: "Behandling",
    lift: "Økning",
    interval: "Konfidensintervall",
    pValue: "p-verdi",
  },
  rateCell: "{rate} ({successes} av {visitors})",
  undefinedLift: "ikke nok opplysninger ennå",
  driftHeading: "Avdrift",
  driftTitle: "Klikkrate for gruppen {arm} over tid",
  driftDescription:
    "Glidende klikkrate per time mot grunnlinjen {baseline} og avdriftsgrensen {line}; {events, plural, one {# avdriftshendelse} other {# avdriftshendelser}}.",
  baseline: "Grunnlinje",
  driftLine: "Avdriftsgrense",
  eventsCaption: "Avdriftshendelser",
  eventColumns: {
    time: "Tidspunkt",
    metric: "Måltall",
    arm: "Gruppe",
    baseline: "Grunnlinje",
    observed: "Observert",
    drop: "Fall",
  },
  noEvents: "Ingen avdrift oppdaget.",
};

/** Norwegian Bokmål (norsk bokmål): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Filterboble",
  title: "Filterboble",
  summary:
    "Over {days, plural, one {# dag} other {# dager}} gikk entropien i kategoriene som ble vist hver kunde, fra {first} til {last} bit; den siste dagen lå {outside} av det tilbakevendende kunder så, utenfor kategoriene de først fikk se.",
  entropyChart: "Variasjon per kunde (entropi, bit) og andel utenfor de første kategoriene, per dag",
  providerChart: "Synlighet per leverandør, per dag",
  day: "Dag",
  slates: "Lister",
  entropy: "Entropi per kunde (bit)",
  outside: "Utenfor de første kategoriene",
  providerGini: "Gini over leverandører",
  empty: "Ingen viste lister i loggen ennå: se deg om i butikken, og kom så tilbake.",
};
