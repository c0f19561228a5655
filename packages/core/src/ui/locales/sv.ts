/** Swedish (svenska) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Swedish (svenska): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Dina integritetsval",
  optIn:
    "Vi vill använda din aktivitet i den här butiken för att personanpassa det du ser. Inget personligt används förrän du har gjort ett val, och butiken fungerar fullt ut oavsett.",
  optOut:
    "Vi använder din aktivitet i den här butiken för att personanpassa det du ser och delar den för personanpassad reklam, om du inte invänder. Känsliga personuppgifter används bara om du tillåter det. Butiken fungerar fullt ut oavsett.",
  purposes: "Det här frågar vi om: {purposes}.",
  privacyPolicy: "Integritetspolicy",
  acceptAll: "Godkänn alla",
  rejectAll: "Avvisa alla",
  customize: "Anpassa",
  doNotSell: "Sälj eller dela inte mina personuppgifter",
  limitSensitive: "Begränsa användningen av mina känsliga personuppgifter",
};

/** Swedish (svenska): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Integritetsinställningar",
  intro: "Välj vad som får användas. Du kan ändra det när som helst via sidfoten.",
  save: "Spara val",
  close: "Stäng",
  alwaysOn: "Alltid på",
  on: "På",
  off: "Av",
  acceptAll: "Godkänn alla",
  rejectAll: "Avvisa alla",
  dataUsed: "Använda uppgifter",
  legalBasis: "Rättslig grund",
  bases: {
    consent: "ditt samtycke",
    "explicit-consent": "ditt uttryckliga samtycke",
    contract: "krävs för att tillhandahålla butiken",
    "legal-obligation": "rättslig förpliktelse",
    "legitimate-interest": "berättigat intresse",
  },
};

/** Swedish (svenska): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "vad du tittar på och klickar på",
    "pd:SearchHistory": "vad du söker efter",
    "pd:Purchase": "vad du köper",
    "pd:Rating": "dina betyg",
    "pd:DeviceBased": "din enhetstyp",
    "pd:Location": "din region",
    "candor:TimeOfDay": "tiden på dygnet",
    "pd:Age": "din åldersgrupp",
    "pd:EmailAddress": "din e-postadress",
    "candor:Cart": "din varukorg",
    "candor:ConsentRecord": "dina integritetsval",
    "pd:Health": "hälsa",
    "pd:Religion": "religiös eller filosofisk övertygelse",
    "pd:Sexuality": "sexualliv eller sexuell läggning",
    "pd:PoliticalOpinion": "politiska åsikter",
    "pd:EthnicOrigin": "ras eller etniskt ursprung",
    "pd:Biometric": "biometriska uppgifter",
    "pd:Genetic": "genetiska uppgifter",
    "pd:TradeUnionMembership": "medlemskap i fackförening",
    "candor:UnclassifiedSpecialCategory": "andra känsliga uppgifter",
  },
};

/** Swedish (svenska): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Integritetsval",
  privacySettings: "Integritetsinställningar",
  doNotSell: "Sälj eller dela inte mina personuppgifter",
  gpcHonored: "Begäran om att avstå har respekterats",
  optedOut: "Klart: dina personuppgifter säljs eller delas inte längre.",
};

/** Swedish (svenska): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Begränsa användningen av mina känsliga personuppgifter",
  limitSensitiveOn: "Dina känsliga personuppgifter används inte för rekommendationer.",
};

/** Swedish (svenska): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Inställningar för rekommendationer",
  settingsToggle: "Radens inställningar",
  personalized: "Personanpassat",
  notPersonalized: "Inte personanpassat",
  variety: "Variation",
  varietyHint: "Mer variation blandar in andra kategorier, mindre kända produkter och oberoende säljare.",
  varietyValue: "{value} %",
  modePersonalized: "Personanpassat: använder bara de uppgifter du har tillåtit.",
  modeNotPersonalizedChosen:
    "Inte personanpassat, som du har valt: populära produkter, inga personuppgifter används.",
  modeNotPersonalizedConsent:
    "Inte personanpassat: du har inte tillåtit personanpassning, så inga personuppgifter används.",
  modeNotPersonalizedOther: "Inte personanpassat just nu: populära produkter, inga personuppgifter används.",
  empty: "Det finns inget att rekommendera här just nu.",
  personalizedNeedsConsent: "Tillåt det i integritetsinställningarna för att personanpassa den här raden.",
  personalizedUnavailable: "Personanpassning är inte tillgänglig för den här raden just nu.",
  updated: "Klart: rekommendationerna är uppdaterade.",
};

/** Swedish (svenska): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Varför ser jag det här?",
  about: "Om {item}",
  reasonsHeading: "Varför den visas",
  reasonShare: "{share} av poängen",
  effectsHeading: "Hur listan balanserades",
  dataHeading: "Dina uppgifter som användes",
  noPersonalData: "Inga av dina personuppgifter användes.",
  legalBasis: "Rättslig grund",
  basisConsent: "{purpose}: ditt samtycke",
  controlsHeading: "Ändra vad du ser",
  close: "Stäng",
};

/** Swedish (svenska): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Populär i {region}",
  device: "Populär bland kunder som använder {device}",
  daypart: "Populär {daypart}",
  devices: {
    mobile: "en mobil",
    desktop: "en dator",
    tablet: "en surfplatta",
  },
  dayparts: {
    morning: "på morgonen",
    afternoon: "på eftermiddagen",
    evening: "på kvällen",
    night: "på natten",
  },
  regions: {
    "US-CA": "Kalifornien",
  },
};

/** Swedish (svenska): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Dina rekommendationer täcker {covered} av {total, plural, one {# avdelning} other {# avdelningar}}.",
  none: "Du har inte fått se några rekommendationer ännu.",
  missing: "Inte visade på sistone: {departments}.",
};

/** Swedish (svenska): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Mina uppgifter",
  intro:
    "Ladda ned allt som den här butiken sparar om dig som JSON, eller radera det: din aktivitet, ditt samtyckesregister och det som härletts ur dem.",
  stored: {
    heading: "Vad den här butiken sparar om dig",
    loading: "Tar reda på vad som är sparat…",
    events: "{count, plural, one {# sak du har gjort här:} other {# saker du har gjort här:}}",
    noEvents: "Ingen aktivitet från dig är sparad.",
    eventKind: "{kind}: {count} (från {first} till {last})",
    kinds: {
      view: "Visade produkter",
      add_to_cart: "Lagt i varukorgen",
      purchase: "Köp",
      rating: "Betyg",
      search: "Sökningar",
      dismiss: "Markerade som ointressanta",
    },
    consentHeading: "Dina integritetsval över tid",
    noConsent: "Du har inte gjort något val ännu.",
    consentEvent: "{date}: {type}. På: {granted}.",
    consentTypes: {
      given: "val sparat",
      refused: "avböjt",
      withdrawn: "återkallat",
      expired: "utgånget",
      "gpc-honored": "Global Privacy Control respekterad",
      notified: "information visad",
      "notice-changed": "information ändrad",
    },
    nothingGranted: "inget",
    derivedHeading: "Vad som har härletts ur det",
    noDerived: "Utan sparad aktivitet härleds ingenting.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Exportera mina uppgifter (JSON)",
  exported:
    "Din export är klar: {events, plural, one {# händelse} other {# händelser}} och ett samtyckesregister med {consentEvents, plural, one {# post} other {# poster}}.",
  eraseButton: "Radera allt",
  eraseConfirmTitle: "Radera allt?",
  eraseConfirmText:
    "Detta raderar din aktivitet, ditt samtyckesregister och allt som härletts ur dem. Det går inte att ångra.",
  eraseConfirm: "Ja, radera allt",
  cancel: "Avbryt",
  erased: "Allt är raderat. Spara det här kvittot som bevis på raderingen.",
  receiptTitle: "Raderingskvitto",
  downloadReceipt: "Ladda ned kvitto",
  receipt: {
    erasedAt: "Raderat den",
    subject: "Pseudonym",
    events: "Raderade aktiviteter",
    consentEvents: "Raderade integritetsval",
    also: "Även borttaget",
    proof: "Kontrollsumma för de raderade posterna",
  },
  failed: "Något gick fel: {message}",
};

/** Swedish (svenska): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Integritetscenter",
  choicesHeading: "Dina val",
  rules: "Gällande regler: {rules}.",
  regimes: {
    gdpr: "GDPR och ePrivacy (inget används förrän du tillåter det)",
    cpra: "CCPA/CPRA (personanpassning tills du invänder; känsliga uppgifter bara om du tillåter det)",
    "opt-in": "inget används förrän du tillåter det",
    "opt-out": "personanpassning tills du invänder",
    strictest: "de strängaste reglerna, eftersom din region är okänd (inget används förrän du tillåter det)",
  },
  chosen: "Valt den {date}; vi frågar igen efter {expires}.",
  notChosen: "Du har inte valt ännu: bara det som butiken behöver används.",
  defaults: "Du har inte valt ännu: standardinställningarna för dessa regler gäller, enligt listan nedan.",
  minor: "Känd minderårig: profileringsbaserad reklam och försäljning eller delning är avstängda.",
  gpc: "Global Privacy Control är på.",
  gpcHonored: "Global Privacy Control är på och har respekterats.",
  limited: "Användningen av dina känsliga personuppgifter är begränsad.",
  change: "Ändra dina val",
  on: "På",
  off: "Av",
  receiptHeading: "Samtyckeskvitto",
  receiptIntro:
    "Ett samtyckeskvitto enligt Kantara (v1.1) för ditt gällande val, gjort den {date}: {purposes}.",
  receiptNone: "Det finns inget kvitto ännu: du har inte gjort något val.",
  nothingGranted: "inget",
  showReceipt: "Visa kvittot som JSON",
  downloadReceipt: "Ladda ned samtyckeskvittot",
  howHeading: "Så fungerar rekommendationer",
  summary:
    "Produkterna rangordnas genom att signalerna nedan läggs ihop, viktade enligt listan. Produkter som inte kan säljas till dig (slut i lager, skickas inte till din region, åldersbegränsade) visas aldrig.",
  reranked: "Sedan balanseras listan för variation och för rättvisa mot oberoende säljare.",
  parametersHeading: "Huvudsakliga parametrar, viktigast först",
  importance: {
    main: "huvudsaklig",
    supporting: "stödjande",
    minor: "mindre",
  },
  parameters: {
    hybrid:
      "Inlärt från många kunder: en modell av vilka produkter som hör ihop i många kunders historik (bara kopplingar som minst fem kunder delar, och bara om du tillåter att vi lär av liknande kunder).",
    itemKnn:
      "Kunder som köpte detta köpte också: vad kunder som köpte eller tittade på samma produkter som du köpte sedan (bara kopplingar som minst fem kunder delar, och bara om du tillåter att vi lär av liknande kunder).",
    ease: "Produkter som hör ihop: en statistisk modell över många kunders historik (bara om du tillåter att vi lär av liknande kunder).",
    content:
      "Liknande produkter: hur nära en produkt ligger det du har tittat på eller köpt här, efter ord, kategori, märke och prisklass.",
    session: "Det här besöket: det du tittade på alldeles nyss.",
    search:
      "Dina sökningar: orden du har sökt efter här, jämförda med produkterna (bara om du tillåter rekommendationer utifrån det du tittar på).",
    context:
      "Enhet, tid på dygnet och region: det som är populärt på din enhetstyp, vid den här tiden på dygnet eller i din region (bara om du tillåter sammanhang).",
    popularity:
      "Popularitet: hur många kunder som nyligen har valt produkten (det enda som rekommendationer utan personanpassning använder).",
    editorial: "Vårt teams val: produkter som vårt team lyfter fram.",
  },
  optionsHeading: "Det här kan du ändra",
  options: [
    "Personanpassat eller Inte personanpassat, i ”Radens inställningar” på varje rekommendationsrad: inte personanpassat använder inga personuppgifter, bara popularitet och vårt teams val.",
    "Integritetsinställningar: slå på eller av varje typ av personanpassning när som helst.",
    "Varför ser jag det här?: på varje rekommenderad produkt, med knappar för att sluta använda en produkt du har tittat på, säga att du inte är intresserad eller stänga av en typ av personanpassning.",
    "Variation: ett reglage i ”Radens inställningar” på varje rekommendationsrad som väger närhet till dina intressen mot variation, mindre kända produkter och oberoende säljare.",
  ],
  protectionsHeading: "Gäller alltid",
  protections: [
    "Känsliga produkter (till exempel apotek och hälsa, religion, politik) lyfts aldrig fram av din egen aktivitet, om du inte har gett uttryckligt samtycke för känsliga uppgifter.",
    "Varje typ av personanpassning använder bara sina egna uppgifter: det du tittar på bara om du tillåter rekommendationer utifrån det du tittar på, dina köp bara om du tillåter rekommendationer utifrån dina köp.",
    "Kända minderåriga får inga profileringsbaserade rekommendationer eller annonser.",
  ],
  myData: "Gå till {link} för att se, ladda ned eller radera allt.",
  myDataLink: "Mina uppgifter",
};

/** Swedish (svenska): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Granskningskonsol",
  verifyLog: "Verifiera loggen",
  verifying: "Verifierar…",
  logVerified: "Loggen är verifierad",
  logVerifiedDetail:
    "{size, plural, one {# post kontrollerad; den har inte ändrats.} other {# poster kontrollerade; ingen har ändrats.}}",
  logVerifiedKinds:
    "{size, plural, one {# post kontrollerad} other {# poster kontrollerade}} ({served, plural, one {# visad artikel} other {# visade artiklar}}, {consent, plural, one {# samtyckeshändelse} other {# samtyckeshändelser}}, {notices, plural, one {# informationsmeddelande} other {# informationsmeddelanden}}); ingen har ändrats.",
  tampered: "Manipulering upptäckt i post {index}",
  failed: "Något gick fel: {message}",
  logHeading: "Förklaringslogg",
  chartsHeading: "Synlighet och mångfald",
  filters: "Filter",
  filterSurface: "Yta",
  filterMode: "Läge",
  filterSubject: "Person",
  filterSearch: "Sök",
  filterAll: "Alla",
  personalized: "Personanpassat",
  notPersonalized: "Inte personanpassat",
  entriesShown: "{shown} av {total, plural, one {# post} other {# poster}}",
  noEntries: "Inga poster matchar.",
  logEmpty:
    "Inget har visats på den här enheten ännu. Öppna butikens startsida eller en produkt; varje rekommendation som visas loggas här.",
  pageOf: "Sida {page} av {pages}",
  previous: "Föregående",
  next: "Nästa",
  columns: {
    index: "Post",
    time: "Tid",
    subject: "Person",
    surface: "Yta",
    rank: "Placering",
    item: "Artikel",
    mode: "Läge",
    reason: "Förklaring",
    basis: "Grund",
  },
  exportJson: "Exportera JSON",
  exportCsv: "Exportera CSV",
  exposureTitle: "Synlighet per säljargrupp",
  exposureDescription: "Positionsviktad synlighet, 1 / log2(placering + 1), för de visade artiklarna.",
  diversityTitle: "Kategorier per lista",
  diversityAxisY: "Kategorier",
  diversityAxisX: "Listor, den senaste till höger",
  diversityDescription:
    "I genomsnitt {mean} olika kategorier per lista, över {slates, plural, one {# lista} other {# listor}}.",
};

/** Swedish (svenska): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Granskningsvyer",
  tabLog: "Logg",
  tabMeasurement: "Mätning",
  loading: "Beräknar mätningen…",
  failed: "Mätningen kunde inte beräknas: {message}",
  summaryHeading: "Sammanfattning",
  raised:
    "Personanpassningen höjde klickfrekvensen med {lift} ({confidence} KI {low} till {high}) jämfört med kontrollgruppen utan personanpassning.",
  lowered:
    "Personanpassningen sänkte klickfrekvensen med {lift} ({confidence} KI {low} till {high}) jämfört med kontrollgruppen utan personanpassning.",
  noDifference:
    "Ingen signifikant skillnad i klickfrekvens mellan personanpassning och kontrollgruppen utan personanpassning (ökning {lift}, {confidence} KI {low} till {high}).",
  noData: "Ännu inte tillräckligt med uppgifter för att jämföra klickfrekvensen mellan grupperna.",
  liftHeading: "Ökning jämfört med kontrollgruppen",
  liftTitle: "Ökning av personanpassning jämfört med kontrollgruppen utan personanpassning",
  liftDescription:
    "Relativ ökning för varje andel per besökare med dess konfidensintervall på {confidence}; linjen markerar 0 % (ingen skillnad).",
  liftCaption: "Andelar per besökare: {treatment} mot {control}",
  metrics: {
    click: "Klickfrekvens",
    addToCart: "Lagt i varukorgen",
    conversion: "Konvertering",
    firstDayEngagement: "Engagemang första dagen",
    repeatPurchase: "Återkommande köp",
  },
  liftColumns: {
    metric: "Mått",
    control: "Kontroll",
    treatment: "Behandling",
    lift: "Ökning",
    interval: "Konfidensintervall",
    pValue: "p-värde",
  },
  rateCell: "{rate} ({successes} av {visitors})",
  undefinedLift: "inte tillräckligt med uppgifter ännu",
  driftHeading: "Drift",
  driftTitle: "Klickfrekvens för gruppen {arm} över tid",
  driftDescription:
    "Glidande klickfrekvens per timme mot baslinjen {baseline} och driftgränsen {line}; {events, plural, one {# drifthändelse} other {# drifthändelser}}.",
  baseline: "Baslinje",
  driftLine: "Driftgräns",
  eventsCaption: "Drifthändelser",
  eventColumns: {
    time: "Tid",
    metric: "Mått",
    arm: "Grupp",
    baseline: "Baslinje",
    observed: "Observerat",
    drop: "Nedgång",
  },
  noEvents: "Ingen drift upptäckt.",
};

/** Swedish (svenska): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Filterbubbla",
  title: "Filterbubbla",
  summary:
    "På {days, plural, one {# dag} other {# dagar}} gick entropin i kategorierna som visades för varje kund från {first} till {last} bitar; den sista dagen låg {outside} av det som återkommande kunder såg utanför de kategorier de först fick se.",
  entropyChart: "Variation per kund (entropi, bitar) och andel utanför de första kategorierna, per dag",
  providerChart: "Synlighet per leverantör, per dag",
  day: "Dag",
  slates: "Listor",
  entropy: "Entropi per kund (bitar)",
  outside: "Utanför de första kategorierna",
  providerGini: "Gini över leverantörer",
  empty: "Inga visade listor i loggen ännu: titta runt i butiken och kom sedan tillbaka.",
};
