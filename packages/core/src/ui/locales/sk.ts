/** Slovak (slovenčina) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Slovak (slovenčina): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Vaše voľby súkromia",
  optIn:
    "Radi by sme používali vašu aktivitu v tomto obchode na prispôsobenie toho, čo vidíte. Kým sa nerozhodnete, nepoužíva sa nič osobné a obchod v každom prípade plne funguje.",
  optOut:
    "Vašu aktivitu v tomto obchode používame na prispôsobenie toho, čo vidíte, a zdieľame ju na personalizovanú reklamu, pokiaľ to neodmietnete. Citlivé osobné informácie používame len s vaším povolením. Obchod v každom prípade plne funguje.",
  purposes: "Pýtame sa na: {purposes}.",
  privacyPolicy: "Zásady ochrany súkromia",
  acceptAll: "Prijať všetko",
  rejectAll: "Odmietnuť všetko",
  customize: "Prispôsobiť",
  doNotSell: "Nepredávajte ani nezdieľajte moje osobné informácie",
  limitSensitive: "Obmedziť používanie mojich citlivých osobných informácií",
};

/** Slovak (slovenčina): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Nastavenia súkromia",
  intro: "Vyberte, čo sa smie používať. Zmeniť to môžete kedykoľvek v päte stránky.",
  save: "Uložiť voľby",
  close: "Zavrieť",
  alwaysOn: "Vždy zapnuté",
  on: "Zapnuté",
  off: "Vypnuté",
  acceptAll: "Prijať všetko",
  rejectAll: "Odmietnuť všetko",
  dataUsed: "Použité údaje",
  legalBasis: "Právny základ",
  bases: {
    consent: "váš súhlas",
    "explicit-consent": "váš výslovný súhlas",
    contract: "potrebné na prevádzku obchodu",
    "legal-obligation": "zákonná povinnosť",
    "legitimate-interest": "oprávnený záujem",
  },
};

/** Slovak (slovenčina): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "čo si prezeráte a na čo klikáte",
    "pd:SearchHistory": "čo hľadáte",
    "pd:Purchase": "čo kupujete",
    "pd:Rating": "vaše hodnotenia",
    "pd:DeviceBased": "typ vášho zariadenia",
    "pd:Location": "váš región",
    "candor:TimeOfDay": "denná doba",
    "pd:Age": "vaša veková skupina",
    "pd:EmailAddress": "vaša e-mailová adresa",
    "candor:Cart": "váš košík",
    "candor:ConsentRecord": "vaše voľby súkromia",
    "pd:Health": "zdravie",
    "pd:Religion": "náboženské alebo filozofické presvedčenie",
    "pd:Sexuality": "sexuálny život alebo sexuálna orientácia",
    "pd:PoliticalOpinion": "politické názory",
    "pd:EthnicOrigin": "rasový alebo etnický pôvod",
    "pd:Biometric": "biometrické údaje",
    "pd:Genetic": "genetické údaje",
    "pd:TradeUnionMembership": "členstvo v odborových organizáciách",
    "candor:UnclassifiedSpecialCategory": "iné citlivé informácie",
  },
};

/** Slovak (slovenčina): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Voľby súkromia",
  privacySettings: "Nastavenia súkromia",
  doNotSell: "Nepredávajte ani nezdieľajte moje osobné informácie",
  gpcHonored: "Žiadosť o odhlásenie bola rešpektovaná",
  optedOut: "Hotovo: vaše osobné informácie sa už nepredávajú ani nezdieľajú.",
};

/** Slovak (slovenčina): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Obmedziť používanie mojich citlivých osobných informácií",
  limitSensitiveOn: "Vaše citlivé osobné informácie sa na odporúčania nepoužívajú.",
};

/** Slovak (slovenčina): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Nastavenia odporúčaní",
  settingsToggle: "Nastavenia riadka",
  personalized: "Prispôsobené",
  notPersonalized: "Neprispôsobené",
  variety: "Pestrosť",
  varietyHint: "Väčšia pestrosť primieša iné kategórie, menej známe produkty a nezávislých predajcov.",
  varietyValue: "{value} %",
  modePersonalized: "Prispôsobené: používajú sa len údaje, ktoré ste povolili.",
  modeNotPersonalizedChosen: "Neprispôsobené podľa vašej voľby: obľúbené produkty, bez osobných údajov.",
  modeNotPersonalizedConsent:
    "Neprispôsobené: personalizáciu ste nepovolili, preto sa nepoužívajú žiadne osobné údaje.",
  modeNotPersonalizedOther: "Momentálne neprispôsobené: obľúbené produkty, bez osobných údajov.",
  empty: "Momentálne tu nie je čo odporučiť.",
  personalizedNeedsConsent: "Ak chcete tento riadok prispôsobiť, povoľte to v nastaveniach súkromia.",
  personalizedUnavailable: "Personalizácia nie je pre tento riadok momentálne dostupná.",
  updated: "Hotovo: odporúčania sú aktualizované.",
};

/** Slovak (slovenčina): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Prečo to vidím?",
  about: "K produktu {item}",
  reasonsHeading: "Prečo sa zobrazuje",
  reasonShare: "{share} skóre",
  effectsHeading: "Ako bol zoznam vyvážený",
  dataHeading: "Použité vaše údaje",
  noPersonalData: "Nepoužili sa žiadne vaše osobné údaje.",
  legalBasis: "Právny základ",
  basisConsent: "{purpose}: váš súhlas",
  controlsHeading: "Zmeňte, čo vidíte",
  close: "Zavrieť",
};

/** Slovak (slovenčina): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Obľúbené v regióne {region}",
  device: "Obľúbené u zákazníkov {device}",
  daypart: "Obľúbené {daypart}",
  devices: {
    mobile: "na mobile",
    desktop: "na počítači",
    tablet: "na tablete",
  },
  dayparts: {
    morning: "ráno",
    afternoon: "popoludní",
    evening: "večer",
    night: "v noci",
  },
  regions: {
    "US-CA": "Kalifornia",
  },
};

/** Slovak (slovenčina): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Vaše odporúčania pokrývajú {covered} z {total, plural, one {# oddelenia} few {# oddelení} many {# oddelenia} other {# oddelení}}.",
  none: "Zatiaľ sa vám nezobrazili žiadne odporúčania.",
  missing: "V poslednom čase sa nezobrazilo: {departments}.",
};

/** Slovak (slovenčina): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Moje údaje",
  intro:
    "Stiahnite si všetko, čo o vás tento obchod uchováva, vo formáte JSON, alebo to vymažte: vašu aktivitu, záznam o vašom súhlase a to, čo sa z nich odvodilo.",
  stored: {
    heading: "Čo o vás tento obchod uchováva",
    loading: "Zisťujeme, čo je uložené…",
    events:
      "{count, plural, one {# vaša činnosť tu:} few {# vaše činnosti tu:} many {# vašej činnosti tu:} other {# vašich činností tu:}}",
    noEvents: "Nie je uložená žiadna vaša aktivita.",
    eventKind: "{kind}: {count} (od {first} do {last})",
    kinds: {
      view: "Zobrazené produkty",
      add_to_cart: "Pridané do košíka",
      purchase: "Nákupy",
      rating: "Hodnotenia",
      search: "Vyhľadávania",
      dismiss: "Označené ako nezaujímavé",
    },
    consentHeading: "Vaše voľby súkromia v čase",
    noConsent: "Zatiaľ ste sa nerozhodli.",
    consentEvent: "{date}: {type}. Zapnuté: {granted}.",
    consentTypes: {
      given: "voľba uložená",
      refused: "odmietnuté",
      withdrawn: "odvolané",
      expired: "platnosť skončila",
      "gpc-honored": "Global Privacy Control rešpektovaný",
      notified: "oznámenie zobrazené",
      "notice-changed": "oznámenie zmenené",
    },
    nothingGranted: "nič",
    derivedHeading: "Čo sa z toho odvodilo",
    noDerived: "Bez uloženej aktivity sa nič neodvodzuje.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Exportovať moje údaje (JSON)",
  exported:
    "Váš export je pripravený: {events, plural, one {# udalosť} few {# udalosti} many {# udalosti} other {# udalostí}} a záznam o súhlase s {consentEvents, plural, one {# položkou} few {# položkami} many {# položky} other {# položkami}}.",
  eraseButton: "Vymazať všetko",
  eraseConfirmTitle: "Vymazať všetko?",
  eraseConfirmText:
    "Týmto sa vymaže vaša aktivita, záznam o vašom súhlase a všetko, čo sa z nich odvodilo. Nedá sa to vrátiť späť.",
  eraseConfirm: "Áno, vymazať všetko",
  cancel: "Zrušiť",
  erased: "Všetko je vymazané. Uschovajte si toto potvrdenie ako doklad o vymazaní.",
  receiptTitle: "Potvrdenie o vymazaní",
  downloadReceipt: "Stiahnuť potvrdenie",
  receipt: {
    erasedAt: "Vymazané",
    subject: "Pseudonym",
    events: "Vymazané aktivity",
    consentEvents: "Vymazané voľby súkromia",
    also: "Odstránené aj",
    proof: "Odtlačok vymazaných záznamov",
  },
  failed: "Niečo sa pokazilo: {message}",
};

/** Slovak (slovenčina): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Centrum súkromia",
  choicesHeading: "Vaše voľby",
  rules: "Platné pravidlá: {rules}.",
  regimes: {
    gdpr: "GDPR a ePrivacy (nič sa nepoužíva, kým to nepovolíte)",
    cpra: "CCPA/CPRA (personalizácia, kým ju neodmietnete; citlivé údaje len s vaším povolením)",
    "opt-in": "nič sa nepoužíva, kým to nepovolíte",
    "opt-out": "personalizácia, kým ju neodmietnete",
    strictest: "najprísnejšie pravidlá, keďže váš región nie je známy (nič sa nepoužíva, kým to nepovolíte)",
  },
  chosen: "Zvolené {date}; znova sa spýtame po {expires}.",
  notChosen: "Zatiaľ ste sa nerozhodli: používa sa len to, čo obchod potrebuje.",
  defaults: "Zatiaľ ste sa nerozhodli: platia predvolené nastavenia týchto pravidiel, ako sú uvedené nižšie.",
  minor: "Známa maloletá osoba: reklama založená na profilovaní a predaj či zdieľanie sú vypnuté.",
  gpc: "Global Privacy Control je zapnutý.",
  gpcHonored: "Global Privacy Control je zapnutý a bol rešpektovaný.",
  limited: "Používanie vašich citlivých osobných informácií je obmedzené.",
  change: "Zmeniť voľby",
  on: "Zapnuté",
  off: "Vypnuté",
  receiptHeading: "Potvrdenie o súhlase",
  receiptIntro:
    "Potvrdenie o súhlase podľa štandardu Kantara (v1.1) k vašej platnej voľbe z {date}: {purposes}.",
  receiptNone: "Zatiaľ neexistuje žiadne potvrdenie: ešte ste sa nerozhodli.",
  nothingGranted: "nič",
  showReceipt: "Zobraziť potvrdenie ako JSON",
  downloadReceipt: "Stiahnuť potvrdenie o súhlase",
  howHeading: "Ako fungujú odporúčania",
  summary:
    "Produkty sa zoraďujú sčítaním nižšie uvedených signálov s uvedenými váhami. Produkty, ktoré vám nemožno predať (nie sú na sklade, nedoručujú sa do vášho regiónu, majú vekové obmedzenie), sa nikdy nezobrazujú.",
  reranked: "Potom sa zoznam vyváži kvôli pestrosti a férovosti voči nezávislým predajcom.",
  parametersHeading: "Hlavné parametre, od najdôležitejšieho",
  importance: {
    main: "hlavný",
    supporting: "podporný",
    minor: "menší",
  },
  parameters: {
    hybrid:
      "Naučené od mnohých zákazníkov: model toho, ktoré produkty k sebe patria v histórii mnohých zákazníkov (len prepojenia spoločné aspoň piatim zákazníkom a len ak povolíte učenie od podobných zákazníkov).",
    itemKnn:
      "Zákazníci, ktorí kúpili toto, kúpili aj: čo si potom kúpili zákazníci, ktorí kúpili alebo si prezerali rovnaké produkty ako vy (len prepojenia spoločné aspoň piatim zákazníkom a len ak povolíte učenie od podobných zákazníkov).",
    ease: "Produkty, ktoré k sebe patria: štatistický model nad históriou mnohých zákazníkov (len ak povolíte učenie od podobných zákazníkov).",
    content:
      "Podobné produkty: ako blízko má produkt k tomu, čo ste si tu prezerali alebo kúpili, podľa slov, kategórie, značky a cenovej hladiny.",
    session: "Táto návšteva: čo ste si práve pozreli.",
    search:
      "Vaše vyhľadávania: slová, ktoré ste tu hľadali, porovnané s produktmi (len ak povolíte odporúčania podľa toho, čo si prezeráte).",
    context:
      "Zariadenie, denná doba a región: čo je obľúbené na vašom type zariadenia, v tejto dennej dobe alebo vo vašom regióne (len ak povolíte kontext).",
    popularity:
      "Obľúbenosť: koľko zákazníkov si produkt nedávno vybralo (jediné, čo používajú neprispôsobené odporúčania).",
    editorial: "Výber nášho tímu: produkty, ktoré náš tím vyzdvihuje.",
  },
  optionsHeading: "Čo môžete zmeniť",
  options: [
    "Prispôsobené alebo Neprispôsobené, v časti „Nastavenia riadka“ pri každom riadku odporúčaní: neprispôsobené nepoužíva žiadne osobné údaje, len obľúbenosť a výber nášho tímu.",
    "Nastavenia súkromia: kedykoľvek zapnite alebo vypnite každý druh personalizácie.",
    "Prečo to vidím?: pri každom odporúčanom produkte, s ovládacími prvkami na ukončenie používania prezeraného produktu, označenie nezáujmu alebo vypnutie druhu personalizácie.",
    "Pestrosť: posúvač v časti „Nastavenia riadka“ pri každom riadku odporúčaní, ktorým vymeníte blízkosť k vašim záujmom za pestrosť, menej známe produkty a nezávislých predajcov.",
  ],
  protectionsHeading: "Platí vždy",
  protections: [
    "Citlivé produkty (napríklad lekáreň a zdravie, náboženstvo, politika) sa nikdy nezvýhodňujú na základe vašej vlastnej aktivity, pokiaľ ste nedali výslovný súhlas s citlivými údajmi.",
    "Každý druh personalizácie používa len svoje vlastné údaje: vaše zobrazenia len ak povolíte odporúčania podľa toho, čo si prezeráte, vaše nákupy len ak povolíte odporúčania podľa vašich nákupov.",
    "Známe maloleté osoby nedostávajú odporúčania ani reklamu založené na profilovaní.",
  ],
  myData: "Ak chcete všetko zobraziť, stiahnuť alebo vymazať, prejdite do časti {link}.",
  myDataLink: "Moje údaje",
};

/** Slovak (slovenčina): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Kontrolná konzola",
  verifyLog: "Overiť denník",
  verifying: "Overuje sa…",
  logVerified: "Denník overený",
  logVerifiedDetail:
    "{size, plural, one {# záznam skontrolovaný; nebol zmenený.} few {# záznamy skontrolované; žiadny nebol zmenený.} many {# záznamu skontrolovaného; žiadny nebol zmenený.} other {# záznamov skontrolovaných; žiadny nebol zmenený.}}",
  logVerifiedKinds:
    "{size, plural, one {# záznam skontrolovaný} few {# záznamy skontrolované} many {# záznamu skontrolovaného} other {# záznamov skontrolovaných}} ({served, plural, one {# zobrazená položka} few {# zobrazené položky} many {# zobrazenej položky} other {# zobrazených položiek}}, {consent, plural, one {# udalosť súhlasu} few {# udalosti súhlasu} many {# udalosti súhlasu} other {# udalostí súhlasu}}, {notices, plural, one {# oznámenie} few {# oznámenia} many {# oznámenia} other {# oznámení}}); žiadny nebol zmenený.",
  tampered: "Zistená manipulácia v zázname {index}",
  failed: "Niečo sa pokazilo: {message}",
  logHeading: "Denník vysvetlení",
  chartsHeading: "Viditeľnosť a rozmanitosť",
  filters: "Filtre",
  filterSurface: "Umiestnenie",
  filterMode: "Režim",
  filterSubject: "Osoba",
  filterSearch: "Hľadať",
  filterAll: "Všetko",
  personalized: "Prispôsobené",
  notPersonalized: "Neprispôsobené",
  entriesShown:
    "{shown} z {total, plural, one {# záznamu} few {# záznamov} many {# záznamu} other {# záznamov}}",
  noEntries: "Žiadne zodpovedajúce záznamy.",
  logEmpty:
    "Na tomto zariadení sa zatiaľ nič nezobrazilo. Otvorte domovskú stránku obchodu alebo produkt; každé zobrazené odporúčanie sa tu zaznamená.",
  pageOf: "Strana {page} z {pages}",
  previous: "Predchádzajúca",
  next: "Ďalšia",
  columns: {
    index: "Záznam",
    time: "Čas",
    subject: "Osoba",
    surface: "Umiestnenie",
    rank: "Poradie",
    item: "Položka",
    mode: "Režim",
    reason: "Vysvetlenie",
    basis: "Základ",
  },
  exportJson: "Exportovať JSON",
  exportCsv: "Exportovať CSV",
  exposureTitle: "Viditeľnosť podľa skupiny predajcov",
  exposureDescription: "Viditeľnosť zobrazených položiek vážená pozíciou, 1 / log2(poradie + 1).",
  diversityTitle: "Kategórie v zozname",
  diversityAxisY: "Kategórie",
  diversityAxisX: "Zoznamy, najnovšie vpravo",
  diversityDescription:
    "Priemerne {mean} rôznych kategórií v zozname, z {slates, plural, one {# zoznamu} few {# zoznamov} many {# zoznamu} other {# zoznamov}}.",
};

/** Slovak (slovenčina): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Kontrolné zobrazenia",
  tabLog: "Denník",
  tabMeasurement: "Meranie",
  loading: "Meranie sa počíta…",
  failed: "Meranie sa nepodarilo vypočítať: {message}",
  summaryHeading: "Zhrnutie",
  raised:
    "Personalizácia zvýšila mieru preklikov o {lift} ({confidence} IS od {low} do {high}) oproti neprispôsobenej kontrolnej skupine.",
  lowered:
    "Personalizácia znížila mieru preklikov o {lift} ({confidence} IS od {low} do {high}) oproti neprispôsobenej kontrolnej skupine.",
  noDifference:
    "Žiadny významný rozdiel v miere preklikov medzi personalizáciou a neprispôsobenou kontrolnou skupinou (zmena {lift}, {confidence} IS od {low} do {high}).",
  noData: "Zatiaľ nie je dosť údajov na porovnanie miery preklikov medzi skupinami.",
  liftHeading: "Zmena oproti kontrolnej skupine",
  liftTitle: "Zmena vďaka personalizácii oproti neprispôsobenej kontrolnej skupine",
  liftDescription:
    "Relatívna zmena každej miery na návštevníka s {confidence} intervalom spoľahlivosti; čiara označuje 0 % (bez rozdielu).",
  liftCaption: "Miery na návštevníka: {treatment} oproti {control}",
  metrics: {
    click: "Miera preklikov",
    addToCart: "Pridanie do košíka",
    conversion: "Konverzia",
    firstDayEngagement: "Zapojenie v prvý deň",
    repeatPurchase: "Opakovaný nákup",
  },
  liftColumns: {
    metric: "Ukazovateľ",
    control: "Kontrolná skupina",
    treatment: "Testovaná skupina",
    lift: "Zmena",
    interval: "Interval spoľahlivosti",
    pValue: "p-hodnota",
  },
  rateCell: "{rate} ({successes} z {visitors})",
  undefinedLift: "zatiaľ nie je dosť údajov",
  driftHeading: "Odchýlka",
  driftTitle: "Miera preklikov skupiny {arm} v čase",
  driftDescription:
    "Kĺzavá miera preklikov za hodinu oproti východiskovej hodnote {baseline} a hranici odchýlky {line}; {events, plural, one {# udalosť odchýlky} few {# udalosti odchýlky} many {# udalosti odchýlky} other {# udalostí odchýlky}}.",
  baseline: "Východisková hodnota",
  driftLine: "Hranica odchýlky",
  eventsCaption: "Udalosti odchýlky",
  eventColumns: {
    time: "Čas",
    metric: "Ukazovateľ",
    arm: "Skupina",
    baseline: "Východisková hodnota",
    observed: "Namerané",
    drop: "Pokles",
  },
  noEvents: "Nezistila sa žiadna odchýlka.",
};

/** Slovak (slovenčina): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Filtračná bublina",
  title: "Filtračná bublina",
  summary:
    "Za {days, plural, one {# deň} few {# dni} many {# dňa} other {# dní}} sa entropia kategórií zobrazených každému zákazníkovi zmenila z {first} na {last} bitov; v posledný deň bolo {outside} z toho, čo videli vracajúci sa zákazníci, mimo kategórií, ktoré sa im zobrazili na začiatku.",
  entropyChart: "Pestrosť na zákazníka (entropia, bity) a podiel mimo prvých kategórií, po dňoch",
  providerChart: "Viditeľnosť podľa poskytovateľa, po dňoch",
  day: "Deň",
  slates: "Zoznamy",
  entropy: "Entropia na zákazníka (bity)",
  outside: "Mimo prvých kategórií",
  providerGini: "Giniho koeficient poskytovateľov",
  empty: "V denníku zatiaľ nie sú žiadne zobrazené zoznamy: prezrite si obchod a potom sa vráťte.",
};
