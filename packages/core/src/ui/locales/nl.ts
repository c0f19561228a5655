/** Dutch (Nederlands) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Dutch (Nederlands): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Je privacykeuzes",
  optIn:
    "We willen je activiteit in deze winkel gebruiken om te personaliseren wat je ziet. Er wordt niets persoonlijks gebruikt totdat je kiest, en de winkel werkt hoe dan ook volledig.",
  optOut:
    "We gebruiken je activiteit in deze winkel om te personaliseren wat je ziet en delen die voor gepersonaliseerde advertenties, tenzij je bezwaar maakt. Gevoelige persoonsgegevens gebruiken we alleen als je dat toestaat. De winkel werkt hoe dan ook volledig.",
  purposes: "Waar we om vragen: {purposes}.",
  privacyPolicy: "Privacyverklaring",
  acceptAll: "Alles accepteren",
  rejectAll: "Alles weigeren",
  customize: "Aanpassen",
  doNotSell: "Verkoop of deel mijn persoonsgegevens niet",
  limitSensitive: "Beperk het gebruik van mijn gevoelige persoonsgegevens",
};

/** Dutch (Nederlands): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Privacyinstellingen",
  intro: "Kies wat er gebruikt mag worden. Je kunt dit altijd wijzigen via de voettekst.",
  save: "Keuzes opslaan",
  close: "Sluiten",
  alwaysOn: "Altijd aan",
  on: "Aan",
  off: "Uit",
  acceptAll: "Alles accepteren",
  rejectAll: "Alles weigeren",
  dataUsed: "Gebruikte gegevens",
  legalBasis: "Rechtsgrond",
  bases: {
    consent: "je toestemming",
    "explicit-consent": "je uitdrukkelijke toestemming",
    contract: "nodig om de winkel te leveren",
    "legal-obligation": "wettelijke verplichting",
    "legitimate-interest": "gerechtvaardigd belang",
  },
};

/** Dutch (Nederlands): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "wat je bekijkt en aanklikt",
    "pd:SearchHistory": "waar je naar zoekt",
    "pd:Purchase": "wat je koopt",
    "pd:Rating": "je beoordelingen",
    "pd:DeviceBased": "je type apparaat",
    "pd:Location": "je regio",
    "candor:TimeOfDay": "het tijdstip van de dag",
    "pd:Age": "je leeftijdsgroep",
    "pd:EmailAddress": "je e-mailadres",
    "candor:Cart": "je winkelwagen",
    "candor:ConsentRecord": "je privacykeuzes",
    "pd:Health": "gezondheid",
    "pd:Religion": "religieuze of levensbeschouwelijke overtuigingen",
    "pd:Sexuality": "seksueel gedrag of seksuele gerichtheid",
    "pd:PoliticalOpinion": "politieke opvattingen",
    "pd:EthnicOrigin": "ras of etnische afkomst",
    "pd:Biometric": "biometrische gegevens",
    "pd:Genetic": "genetische gegevens",
    "pd:TradeUnionMembership": "lidmaatschap van een vakbond",
    "candor:UnclassifiedSpecialCategory": "andere gevoelige gegevens",
  },
};

/** Dutch (Nederlands): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Privacykeuzes",
  privacySettings: "Privacyinstellingen",
  doNotSell: "Verkoop of deel mijn persoonsgegevens niet",
  gpcHonored: "Bezwaar gehonoreerd",
  optedOut: "Klaar: je persoonsgegevens worden niet meer verkocht of gedeeld.",
};

/** Dutch (Nederlands): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Beperk het gebruik van mijn gevoelige persoonsgegevens",
  limitSensitiveOn: "Je gevoelige persoonsgegevens worden niet gebruikt voor aanbevelingen.",
};

/** Dutch (Nederlands): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Instellingen voor aanbevelingen",
  settingsToggle: "Instellingen van deze rij",
  personalized: "Gepersonaliseerd",
  notPersonalized: "Niet gepersonaliseerd",
  variety: "Afwisseling",
  varietyHint:
    "Meer afwisseling mengt andere categorieën, minder bekende producten en onafhankelijke verkopers erdoor.",
  varietyValue: "{value}%",
  modePersonalized: "Gepersonaliseerd: gebruikt alleen de gegevens die je hebt toegestaan.",
  modeNotPersonalizedChosen:
    "Niet gepersonaliseerd, zoals je hebt gekozen: populaire producten, geen persoonsgegevens gebruikt.",
  modeNotPersonalizedConsent:
    "Niet gepersonaliseerd: je hebt geen personalisatie toegestaan, dus er worden geen persoonsgegevens gebruikt.",
  modeNotPersonalizedOther: "Nu niet gepersonaliseerd: populaire producten, geen persoonsgegevens gebruikt.",
  empty: "Er is hier nu niets om aan te bevelen.",
  personalizedNeedsConsent: "Sta het toe in de privacyinstellingen om deze rij te personaliseren.",
  personalizedUnavailable: "Personalisatie is nu niet beschikbaar voor deze rij.",
  updated: "Klaar: de aanbevelingen zijn bijgewerkt.",
};

/** Dutch (Nederlands): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Waarom zie ik dit?",
  about: "Over {item}",
  reasonsHeading: "Waarom het wordt getoond",
  reasonShare: "{share} van de score",
  effectsHeading: "Hoe de lijst is uitgebalanceerd",
  dataHeading: "Je gebruikte gegevens",
  noPersonalData: "Er zijn geen persoonsgegevens van je gebruikt.",
  legalBasis: "Rechtsgrond",
  basisConsent: "{purpose}: je toestemming",
  controlsHeading: "Wijzig wat je ziet",
  close: "Sluiten",
};

/** Dutch (Nederlands): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Populair in {region}",
  device: "Populair bij klanten op {device}",
  daypart: "Populair {daypart}",
  devices: {
    mobile: "een telefoon",
    desktop: "een computer",
    tablet: "een tablet",
  },
  dayparts: {
    morning: "’s ochtends",
    afternoon: "’s middags",
    evening: "’s avonds",
    night: "’s nachts",
  },
  regions: {
    "US-CA": "Californië",
  },
};

/** Dutch (Nederlands): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Je aanbevelingen beslaan {covered} van de {total, plural, one {# afdeling} other {# afdelingen}}.",
  none: "Je hebt nog geen aanbevelingen te zien gekregen.",
  missing: "De laatste tijd niet getoond: {departments}.",
};

/** Dutch (Nederlands): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Mijn gegevens",
  intro:
    "Download alles wat deze winkel over je bewaart als JSON, of wis het: je activiteit, je toestemmingsregistratie en wat daaruit is afgeleid.",
  stored: {
    heading: "Wat deze winkel over je bewaart",
    loading: "Opzoeken wat er is opgeslagen…",
    events:
      "{count, plural, one {# ding dat je hier hebt gedaan:} other {# dingen die je hier hebt gedaan:}}",
    noEvents: "Er is geen activiteit van je opgeslagen.",
    eventKind: "{kind}: {count} (van {first} tot {last})",
    kinds: {
      view: "Bekeken producten",
      add_to_cart: "In winkelwagen gelegd",
      purchase: "Aankopen",
      rating: "Beoordelingen",
      search: "Zoekopdrachten",
      dismiss: "Gemarkeerd als geen interesse",
    },
    consentHeading: "Je privacykeuzes door de tijd",
    noConsent: "Je hebt nog geen keuze gemaakt.",
    consentEvent: "{date}: {type}. Aan: {granted}.",
    consentTypes: {
      given: "keuze opgeslagen",
      refused: "geweigerd",
      withdrawn: "ingetrokken",
      expired: "verlopen",
      "gpc-honored": "Global Privacy Control gehonoreerd",
      notified: "melding getoond",
      "notice-changed": "melding gewijzigd",
    },
    nothingGranted: "niets",
    derivedHeading: "Wat eruit is afgeleid",
    noDerived: "Zonder opgeslagen activiteit wordt er niets afgeleid.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Mijn gegevens exporteren (JSON)",
  exported:
    "Je export is klaar: {events, plural, one {# gebeurtenis} other {# gebeurtenissen}} en een toestemmingsregistratie met {consentEvents, plural, one {# vermelding} other {# vermeldingen}}.",
  eraseButton: "Alles wissen",
  eraseConfirmTitle: "Alles wissen?",
  eraseConfirmText:
    "Dit wist je activiteit, je toestemmingsregistratie en alles wat daaruit is afgeleid. Dit kan niet ongedaan worden gemaakt.",
  eraseConfirm: "Ja, alles wissen",
  cancel: "Annuleren",
  erased: "Alles is gewist. Bewaar dit bewijs van wissing.",
  receiptTitle: "Bewijs van wissing",
  downloadReceipt: "Bewijs downloaden",
  receipt: {
    erasedAt: "Gewist op",
    subject: "Pseudoniem",
    events: "Gewiste activiteiten",
    consentEvents: "Gewiste privacykeuzes",
    also: "Ook verwijderd",
    proof: "Hash van de gewiste gegevens",
  },
  failed: "Er ging iets mis: {message}",
};

/** Dutch (Nederlands): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Privacycentrum",
  choicesHeading: "Je keuzes",
  rules: "Geldende regels: {rules}.",
  regimes: {
    gdpr: "AVG en ePrivacy (er wordt niets gebruikt totdat je het toestaat)",
    cpra: "CCPA/CPRA (personalisatie totdat je bezwaar maakt; gevoelige gegevens alleen als je het toestaat)",
    "opt-in": "er wordt niets gebruikt totdat je het toestaat",
    "opt-out": "personalisatie totdat je bezwaar maakt",
    strictest:
      "de strengste regels, omdat je regio onbekend is (er wordt niets gebruikt totdat je het toestaat)",
  },
  chosen: "Gekozen op {date}; we vragen het opnieuw na {expires}.",
  notChosen: "Je hebt nog niet gekozen: alleen wat de winkel nodig heeft wordt gebruikt.",
  defaults:
    "Je hebt nog niet gekozen: de standaardinstellingen van deze regels gelden, zoals hieronder vermeld.",
  minor: "Bekende minderjarige: advertenties gebaseerd op profilering en verkoop of delen staan uit.",
  gpc: "Global Privacy Control staat aan.",
  gpcHonored: "Global Privacy Control staat aan en is gehonoreerd.",
  limited: "Het gebruik van je gevoelige persoonsgegevens is beperkt.",
  change: "Je keuzes wijzigen",
  on: "Aan",
  off: "Uit",
  receiptHeading: "Toestemmingsbewijs",
  receiptIntro: "Een Kantara-toestemmingsbewijs (v1.1) van je geldende keuze, gemaakt op {date}: {purposes}.",
  receiptNone: "Er is nog geen bewijs: je hebt nog geen keuze gemaakt.",
  nothingGranted: "niets",
  showReceipt: "Bewijs als JSON tonen",
  downloadReceipt: "Toestemmingsbewijs downloaden",
  howHeading: "Hoe aanbevelingen werken",
  summary:
    "Producten worden gerangschikt door de onderstaande signalen op te tellen, gewogen zoals vermeld. Producten die niet aan je verkocht kunnen worden (niet op voorraad, niet naar je regio verzonden, met leeftijdsgrens) worden nooit getoond.",
  reranked:
    "Daarna wordt de lijst uitgebalanceerd voor afwisseling en eerlijkheid tegenover onafhankelijke verkopers.",
  parametersHeading: "Belangrijkste parameters, de belangrijkste eerst",
  importance: {
    main: "hoofdfactor",
    supporting: "ondersteunend",
    minor: "gering",
  },
  parameters: {
    hybrid:
      "Geleerd van veel klanten: een model van welke producten samengaan in de geschiedenis van veel klanten (alleen verbanden die minstens vijf klanten delen, en alleen als je leren van vergelijkbare klanten toestaat).",
    itemKnn:
      "Klanten die dit kochten, kochten ook: wat klanten die dezelfde producten als jij kochten of bekeken daarna kochten (alleen verbanden die minstens vijf klanten delen, en alleen als je leren van vergelijkbare klanten toestaat).",
    ease: "Producten die samengaan: een statistisch model over de geschiedenis van veel klanten (alleen als je leren van vergelijkbare klanten toestaat).",
    content:
      "Vergelijkbare producten: hoe dicht een product ligt bij wat je hier hebt bekeken of gekocht, naar woorden, categorie, merk en prijsklasse.",
    session: "Dit bezoek: wat je zojuist hebt bekeken.",
    search:
      "Je zoekopdrachten: de woorden waarop je hier hebt gezocht, vergeleken met de producten (alleen als je aanbevelingen op basis van wat je bekijkt toestaat).",
    context:
      "Apparaat, tijdstip en regio: wat populair is op jouw type apparaat, op dit tijdstip of in je regio (alleen als je context toestaat).",
    popularity:
      "Populariteit: hoeveel klanten het product onlangs kozen (het enige wat niet-gepersonaliseerde aanbevelingen gebruiken).",
    editorial: "Keuzes van ons team: producten die ons team uitlicht.",
  },
  optionsHeading: "Wat je kunt wijzigen",
  options: [
    "Gepersonaliseerd of Niet gepersonaliseerd, onder ‘Instellingen van deze rij’ bij elke rij aanbevelingen: niet gepersonaliseerd gebruikt geen persoonsgegevens, alleen populariteit en de keuzes van ons team.",
    "Privacyinstellingen: zet elk soort personalisatie op elk moment aan of uit.",
    "Waarom zie ik dit?: bij elk aanbevolen product, met knoppen om een bekeken product niet meer te gebruiken, aan te geven dat je geen interesse hebt of een soort personalisatie uit te zetten.",
    "Afwisseling: een schuifregelaar onder ‘Instellingen van deze rij’ bij elke rij aanbevelingen die nabijheid tot je interesses afweegt tegen afwisseling, minder bekende producten en onafhankelijke verkopers.",
  ],
  protectionsHeading: "Altijd van toepassing",
  protections: [
    "Gevoelige producten (bijvoorbeeld apotheek en gezondheid, religie, politiek) worden nooit naar voren gehaald door je eigen activiteit, tenzij je uitdrukkelijke toestemming hebt gegeven voor gevoelige gegevens.",
    "Elk soort personalisatie gebruikt alleen zijn eigen gegevens: wat je bekijkt alleen als je aanbevelingen op basis van wat je bekijkt toestaat, je aankopen alleen als je aanbevelingen op basis van je aankopen toestaat.",
    "Bekende minderjarigen krijgen geen aanbevelingen of advertenties gebaseerd op profilering.",
  ],
  myData: "Ga naar {link} om alles te bekijken, te downloaden of te wissen.",
  myDataLink: "Mijn gegevens",
};

/** Dutch (Nederlands): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Controleconsole",
  verifyLog: "Logboek controleren",
  verifying: "Bezig met controleren…",
  logVerified: "Logboek gecontroleerd",
  logVerifiedDetail:
    "{size, plural, one {# vermelding gecontroleerd; die is niet gewijzigd.} other {# vermeldingen gecontroleerd; geen enkele is gewijzigd.}}",
  logVerifiedKinds:
    "{size, plural, one {# vermelding} other {# vermeldingen}} gecontroleerd ({served, plural, one {# getoond artikel} other {# getoonde artikelen}}, {consent, plural, one {# toestemmingsgebeurtenis} other {# toestemmingsgebeurtenissen}}, {notices, plural, one {# melding} other {# meldingen}}); geen enkele is gewijzigd.",
  tampered: "Manipulatie vastgesteld bij vermelding {index}",
  failed: "Er ging iets mis: {message}",
  logHeading: "Logboek van uitleg",
  chartsHeading: "Zichtbaarheid en diversiteit",
  filters: "Filters",
  filterSurface: "Plek",
  filterMode: "Modus",
  filterSubject: "Persoon",
  filterSearch: "Zoeken",
  filterAll: "Alle",
  personalized: "Gepersonaliseerd",
  notPersonalized: "Niet gepersonaliseerd",
  entriesShown: "{shown} van {total, plural, one {# vermelding} other {# vermeldingen}}",
  noEntries: "Geen overeenkomende vermeldingen.",
  logEmpty:
    "Op dit apparaat is nog niets getoond. Open de startpagina van de winkel of een product; elke getoonde aanbeveling wordt hier vastgelegd.",
  pageOf: "Pagina {page} van {pages}",
  previous: "Vorige",
  next: "Volgende",
  columns: {
    index: "Vermelding",
    time: "Tijd",
    subject: "Persoon",
    surface: "Plek",
    rank: "Positie",
    item: "Artikel",
    mode: "Modus",
    reason: "Uitleg",
    basis: "Grond",
  },
  exportJson: "JSON exporteren",
  exportCsv: "CSV exporteren",
  exposureTitle: "Zichtbaarheid per verkopersgroep",
  exposureDescription:
    "Naar positie gewogen zichtbaarheid, 1 / log2(positie + 1), van de getoonde artikelen.",
  diversityTitle: "Categorieën per lijst",
  diversityAxisY: "Categorieën",
  diversityAxisX: "Lijsten, nieuwste rechts",
  diversityDescription:
    "Gemiddeld {mean} verschillende categorieën per lijst, over {slates, plural, one {# lijst} other {# lijsten}}.",
};

/** Dutch (Nederlands): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Controleweergaven",
  tabLog: "Logboek",
  tabMeasurement: "Meting",
  loading: "Meting wordt berekend…",
  failed: "De meting kon niet worden berekend: {message}",
  summaryHeading: "Samenvatting",
  raised:
    "Personalisatie verhoogde de klikratio met {lift} ({confidence}-BI {low} tot {high}) ten opzichte van de niet-gepersonaliseerde controlegroep.",
  lowered:
    "Personalisatie verlaagde de klikratio met {lift} ({confidence}-BI {low} tot {high}) ten opzichte van de niet-gepersonaliseerde controlegroep.",
  noDifference:
    "Geen significant verschil in klikratio tussen personalisatie en de niet-gepersonaliseerde controlegroep (stijging {lift}, {confidence}-BI {low} tot {high}).",
  noData: "Nog niet genoeg gegevens om de klikratio van de groepen te vergelijken.",
  liftHeading: "Stijging ten opzichte van de controlegroep",
  liftTitle: "Stijging door personalisatie ten opzichte van de niet-gepersonaliseerde controlegroep",
  liftDescription:
    "Relatieve stijging van elke ratio per bezoeker met het {confidence}-betrouwbaarheidsinterval; de lijn markeert 0 % (geen verschil).",
  liftCaption: "Ratio's per bezoeker: {treatment} tegenover {control}",
  metrics: {
    click: "Klikratio",
    addToCart: "In winkelwagen",
    conversion: "Conversie",
    firstDayEngagement: "Betrokkenheid op de eerste dag",
    repeatPurchase: "Herhaalaankoop",
  },
  liftColumns: {
    metric: "Maatstaf",
    control: "Controle",
    treatment: "Behandeling",
    lift: "Stijging",
    interval: "Betrouwbaarheidsinterval",
    pValue: "p-waarde",
  },
  rateCell: "{rate} ({successes} van {visitors})",
  undefinedLift: "nog niet genoeg gegevens",
  driftHeading: "Drift",
  driftTitle: "Klikratio van groep {arm} door de tijd",
  driftDescription:
    "Voortschrijdende klikratio per uur tegenover de basislijn {baseline} en de driftgrens {line}; {events, plural, one {# driftgebeurtenis} other {# driftgebeurtenissen}}.",
  baseline: "Basislijn",
  driftLine: "Driftgrens",
  eventsCaption: "Driftgebeurtenissen",
  eventColumns: {
    time: "Tijd",
    metric: "Maatstaf",
    arm: "Groep",
    baseline: "Basislijn",
    observed: "Waargenomen",
    drop: "Daling",
  },
  noEvents: "Geen drift vastgesteld.",
};

/** Dutch (Nederlands): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Filterbubbel",
  title: "Filterbubbel",
  summary:
    "In {days, plural, one {# dag} other {# dagen}} ging de entropie van de categorieën die elke klant te zien kreeg van {first} naar {last} bit; op de laatste dag lag {outside} van wat terugkerende klanten zagen buiten de categorieën die ze eerst te zien kregen.",
  entropyChart: "Afwisseling per klant (entropie, bit) en aandeel buiten de eerste categorieën, per dag",
  providerChart: "Zichtbaarheid per aanbieder, per dag",
  day: "Dag",
  slates: "Lijsten",
  entropy: "Entropie per klant (bit)",
  outside: "Buiten de eerste categorieën",
  providerGini: "Gini over aanbieders",
  empty: "Nog geen getoonde lijsten in het logboek: kijk rond in de winkel en kom dan terug.",
};
