/** Croatian (hrvatski) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Croatian (hrvatski): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Vaši izbori privatnosti",
  optIn:
    "Željeli bismo upotrebljavati vašu aktivnost u ovoj trgovini kako bismo prilagodili ono što vidite. Ništa osobno ne upotrebljava se dok ne odaberete, a trgovina u svakom slučaju potpuno radi.",
  optOut:
    "Vašu aktivnost u ovoj trgovini upotrebljavamo kako bismo prilagodili ono što vidite i dijelimo je radi personaliziranog oglašavanja, osim ako to ne odbijete. Osjetljivi osobni podaci upotrebljavaju se samo ako to dopustite. Trgovina u svakom slučaju potpuno radi.",
  purposes: "Pitamo za: {purposes}.",
  privacyPolicy: "Pravila o privatnosti",
  acceptAll: "Prihvati sve",
  rejectAll: "Odbij sve",
  customize: "Prilagodi",
  doNotSell: "Nemojte prodavati ili dijeliti moje osobne podatke",
  limitSensitive: "Ograniči upotrebu mojih osjetljivih osobnih podataka",
};

/** Croatian (hrvatski): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Postavke privatnosti",
  intro:
    "Odaberite što se smije upotrebljavati. To možete promijeniti u bilo kojem trenutku u podnožju stranice.",
  save: "Spremi izbor",
  close: "Zatvori",
  alwaysOn: "Uvijek uključeno",
  on: "Uključeno",
  off: "Isključeno",
  acceptAll: "Prihvati sve",
  rejectAll: "Odbij sve",
  dataUsed: "Upotrijebljeni podaci",
  legalBasis: "Pravna osnova",
  bases: {
    consent: "vaša privola",
    "explicit-consent": "vaša izričita privola",
    contract: "potrebno za rad trgovine",
    "legal-obligation": "pravna obveza",
    "legitimate-interest": "legitimni interes",
  },
};

/** Croatian (hrvatski): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "što pregledavate i na što kliknete",
    "pd:SearchHistory": "što tražite",
    "pd:Purchase": "što kupujete",
    "pd:Rating": "vaše ocjene",
    "pd:DeviceBased": "vrsta vašeg uređaja",
    "pd:Location": "vaša regija",
    "candor:TimeOfDay": "doba dana",
    "pd:Age": "vaša dobna skupina",
    "pd:EmailAddress": "vaša adresa e-pošte",
    "candor:Cart": "vaša košarica",
    "candor:ConsentRecord": "vaši izbori privatnosti",
    "pd:Health": "zdravlje",
    "pd:Religion": "vjerska ili filozofska uvjerenja",
    "pd:Sexuality": "spolni život ili seksualna orijentacija",
    "pd:PoliticalOpinion": "politička mišljenja",
    "pd:EthnicOrigin": "rasno ili etničko podrijetlo",
    "pd:Biometric": "biometrijski podaci",
    "pd:Genetic": "genetski podaci",
    "pd:TradeUnionMembership": "članstvo u sindikatu",
    "candor:UnclassifiedSpecialCategory": "ostali osjetljivi podaci",
  },
};

/** Croatian (hrvatski): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Izbori privatnosti",
  privacySettings: "Postavke privatnosti",
  doNotSell: "Nemojte prodavati ili dijeliti moje osobne podatke",
  gpcHonored: "Zahtjev za isključivanje poštovan",
  optedOut: "Gotovo: vaši se osobni podaci više ne prodaju i ne dijele.",
};

/** Croatian (hrvatski): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Ograniči upotrebu mojih osjetljivih osobnih podataka",
  limitSensitiveOn: "Vaši osjetljivi osobni podaci ne upotrebljavaju se za preporuke.",
};

/** Croatian (hrvatski): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Postavke preporuka",
  settingsToggle: "Postavke niza",
  personalized: "Prilagođeno",
  notPersonalized: "Neprilagođeno",
  variety: "Raznolikost",
  varietyHint: "Više raznolikosti dodaje druge kategorije, manje poznate proizvode i neovisne prodavače.",
  varietyValue: "{value} %",
  modePersonalized: "Prilagođeno: upotrebljavaju se samo podaci koje ste dopustili.",
  modeNotPersonalizedChosen: "Neprilagođeno, kako ste odabrali: popularni proizvodi, bez osobnih podataka.",
  modeNotPersonalizedConsent:
    "Neprilagođeno: niste dopustili personalizaciju, pa se ne upotrebljavaju nikakvi osobni podaci.",
  modeNotPersonalizedOther: "Trenutačno neprilagođeno: popularni proizvodi, bez osobnih podataka.",
  empty: "Ovdje trenutačno nemamo što preporučiti.",
  personalizedNeedsConsent: "Da biste prilagodili ovaj niz, dopustite to u postavkama privatnosti.",
  personalizedUnavailable: "Personalizacija trenutačno nije dostupna za ovaj niz.",
  updated: "Gotovo: preporuke su ažurirane.",
};

/** Croatian (hrvatski): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Zašto ovo vidim?",
  about: "O proizvodu {item}",
  reasonsHeading: "Zašto se prikazuje",
  reasonShare: "{share} rezultata",
  effectsHeading: "Kako je popis uravnotežen",
  dataHeading: "Upotrijebljeni vaši podaci",
  noPersonalData: "Nisu upotrijebljeni nikakvi vaši osobni podaci.",
  legalBasis: "Pravna osnova",
  basisConsent: "{purpose}: vaša privola",
  controlsHeading: "Promijenite ono što vidite",
  close: "Zatvori",
};

/** Croatian (hrvatski): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Popularno u regiji {region}",
  device: "Popularno među kupcima koji upotrebljavaju {device}",
  daypart: "Popularno {daypart}",
  devices: {
    mobile: "telefon",
    desktop: "računalo",
    tablet: "tablet",
  },
  dayparts: {
    morning: "ujutro",
    afternoon: "poslijepodne",
    evening: "navečer",
    night: "noću",
  },
  regions: {
    "US-CA": "Kalifornija",
  },
};

/** Croatian (hrvatski): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Vaše preporuke obuhvaćaju {covered} od {total, plural, one {# odjela} few {# odjela} other {# odjela}}.",
  none: "Još vam nisu prikazane nikakve preporuke.",
  missing: "U posljednje vrijeme nije prikazano: {departments}.",
};

/** Croatian (hrvatski): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Moji podaci",
  intro:
    "Preuzmite sve što ova trgovina čuva o vama kao JSON ili to izbrišite: vašu aktivnost, evidenciju vaše privole i ono što je iz njih izvedeno.",
  stored: {
    heading: "Što ova trgovina čuva o vama",
    loading: "Provjeravamo što je pohranjeno…",
    events:
      "{count, plural, one {# vaša radnja ovdje:} few {# vaše radnje ovdje:} other {# vaših radnji ovdje:}}",
    noEvents: "Nije pohranjena nikakva vaša aktivnost.",
    eventKind: "{kind}: {count} (od {first} do {last})",
    kinds: {
      view: "Pregledani proizvodi",
      add_to_cart: "Dodano u košaricu",
      purchase: "Kupnje",
      rating: "Ocjene",
      search: "Pretraživanja",
      dismiss: "Označeno kao nezanimljivo",
    },
    consentHeading: "Vaši izbori privatnosti kroz vrijeme",
    noConsent: "Još niste odabrali.",
    consentEvent: "{date}: {type}. Uključeno: {granted}.",
    consentTypes: {
      given: "izbor spremljen",
      refused: "odbijeno",
      withdrawn: "povučeno",
      expired: "isteklo",
      "gpc-honored": "Global Privacy Control poštovan",
      notified: "obavijest prikazana",
      "notice-changed": "obavijest promijenjena",
    },
    nothingGranted: "ništa",
    derivedHeading: "Što je iz toga izvedeno",
    noDerived: "Bez pohranjene aktivnosti ništa se ne izvodi.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Izvezi moje podatke (JSON)",
  exported:
    "Vaš izvoz je spreman: {events, plural, one {# događaj} few {# događaja} other {# događaja}} i evidencija privole s {consentEvents, plural, one {# zapisom} few {# zapisa} other {# zapisa}}.",
  eraseButton: "Izbriši sve",
  eraseConfirmTitle: "Izbrisati sve?",
  eraseConfirmText:
    "Time se brišu vaša aktivnost, evidencija vaše privole i sve što je iz njih izvedeno. To se ne može poništiti.",
  eraseConfirm: "Da, izbriši sve",
  cancel: "Odustani",
  erased: "Sve je izbrisano. Sačuvajte ovu potvrdu kao dokaz brisanja.",
  receiptTitle: "Potvrda o brisanju",
  downloadReceipt: "Preuzmi potvrdu",
  receipt: {
    erasedAt: "Izbrisano",
    subject: "Pseudonim",
    events: "Izbrisane aktivnosti",
    consentEvents: "Izbrisani izbori privatnosti",
    also: "Također uklonjeno",
    proof: "Sažetak izbrisanih zapisa",
  },
  failed: "Nešto je pošlo po zlu: {message}",
};

/** Croatian (hrvatski): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Centar za privatnost",
  choicesHeading: "Vaši izbori",
  rules: "Primjenjiva pravila: {rules}.",
  regimes: {
    gdpr: "OUZP i e-privatnost (ništa se ne upotrebljava dok to ne dopustite)",
    cpra: "CCPA/CPRA (personalizacija dok je ne odbijete; osjetljivi podaci samo uz vaše dopuštenje)",
    "opt-in": "ništa se ne upotrebljava dok to ne dopustite",
    "opt-out": "personalizacija dok je ne odbijete",
    strictest:
      "najstroža pravila jer vaša regija nije poznata (ništa se ne upotrebljava dok to ne dopustite)",
  },
  chosen: "Odabrano {date}; ponovno ćemo pitati nakon {expires}.",
  notChosen: "Još niste odabrali: upotrebljava se samo ono što je trgovini potrebno.",
  defaults: "Još niste odabrali: primjenjuju se zadane postavke ovih pravila, kako je navedeno u nastavku.",
  minor:
    "Poznata maloljetna osoba: oglašavanje temeljeno na izradi profila te prodaja ili dijeljenje isključeni su.",
  gpc: "Global Privacy Control je uključen.",
  gpcHonored: "Global Privacy Control je uključen i poštovan.",
  limited: "Upotreba vaših osjetljivih osobnih podataka ograničena je.",
  change: "Promijenite svoje izbore",
  on: "Uključeno",
  off: "Isključeno",
  receiptHeading: "Potvrda o privoli",
  receiptIntro: "Potvrda o privoli prema Kantari (v1.1) za vaš važeći izbor, dan {date}: {purposes}.",
  receiptNone: "Još nema potvrde: niste odabrali.",
  nothingGranted: "ništa",
  showReceipt: "Prikaži potvrdu kao JSON",
  downloadReceipt: "Preuzmi potvrdu o privoli",
  howHeading: "Kako funkcioniraju preporuke",
  summary:
    "Proizvodi se rangiraju zbrajanjem signala navedenih u nastavku, s navedenim ponderima. Proizvodi koji vam se ne mogu prodati (nisu na zalihi, ne isporučuju se u vašu regiju, imaju dobno ograničenje) nikada se ne prikazuju.",
  reranked: "Popis se zatim uravnotežuje radi raznolikosti i poštenog odnosa prema neovisnim prodavačima.",
  parametersHeading: "Glavni parametri, od najvažnijeg",
  importance: {
    main: "glavni",
    supporting: "pomoćni",
    minor: "sporedni",
  },
  parameters: {
    hybrid:
      "Naučeno od mnogih kupaca: model toga koji proizvodi idu zajedno u povijesti mnogih kupaca (samo veze koje dijeli najmanje pet kupaca i samo ako dopustite učenje od sličnih kupaca).",
    itemKnn:
      "Kupci koji su kupili ovo kupili su i: ono što su kasnije kupili kupci koji su kupili ili pregledali iste proizvode kao vi (samo veze koje dijeli najmanje pet kupaca i samo ako dopustite učenje od sličnih kupaca).",
    ease: "Proizvodi koji idu zajedno: statistički model nad poviješću mnogih kupaca (samo ako dopustite učenje od sličnih kupaca).",
    content:
      "Slični proizvodi: koliko je proizvod blizak onome što ste ovdje pregledali ili kupili, prema riječima, kategoriji, marki i cjenovnom razredu.",
    session: "Ovaj posjet: ono što ste upravo pregledali.",
    search:
      "Vaša pretraživanja: riječi koje ste ovdje tražili, uspoređene s proizvodima (samo ako dopustite preporuke prema onome što pregledavate).",
    context:
      "Uređaj, doba dana i regija: što je popularno na vašoj vrsti uređaja, u ovo doba dana ili u vašoj regiji (samo ako dopustite kontekst).",
    popularity:
      "Popularnost: koliko je kupaca nedavno odabralo proizvod (jedino što upotrebljavaju neprilagođene preporuke).",
    editorial: "Odabir našeg tima: proizvodi koje naš tim ističe.",
  },
  optionsHeading: "Što možete promijeniti",
  options: [
    "Prilagođeno ili Neprilagođeno, pod „Postavke niza” na svakom nizu preporuka: neprilagođeno ne upotrebljava osobne podatke, samo popularnost i odabir našeg tima.",
    "Postavke privatnosti: uključite ili isključite svaku vrstu personalizacije u bilo kojem trenutku.",
    "Zašto ovo vidim?: na svakom preporučenom proizvodu, s kontrolama kojima možete prestati upotrebljavati pregledani proizvod, reći da vas ne zanima ili isključiti vrstu personalizacije.",
    "Raznolikost: klizač pod „Postavke niza” na svakom nizu preporuka kojim bliskost vašim interesima zamjenjujete raznolikošću, manje poznatim proizvodima i neovisnim prodavačima.",
  ],
  protectionsHeading: "Uvijek se primjenjuje",
  protections: [
    "Osjetljivi proizvodi (na primjer ljekarna i zdravlje, vjera, politika) nikada se ne ističu zbog vaše vlastite aktivnosti, osim ako ste dali izričitu privolu za osjetljive podatke.",
    "Svaka vrsta personalizacije upotrebljava samo vlastite podatke: vaše preglede samo ako dopustite preporuke prema onome što pregledavate, vaše kupnje samo ako dopustite preporuke prema vašim kupnjama.",
    "Poznate maloljetne osobe ne dobivaju preporuke ni oglase temeljene na izradi profila.",
  ],
  myData: "Da biste sve vidjeli, preuzeli ili izbrisali, idite na {link}.",
  myDataLink: "Moji podaci",
};

/** Croatian (hrvatski): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Revizijska konzola",
  verifyLog: "Provjeri zapisnik",
  verifying: "Provjeravanje…",
  logVerified: "Zapisnik provjeren",
  logVerifiedDetail:
    "{size, plural, one {Provjeren je # zapis; nije izmijenjen.} few {Provjerena su # zapisa; nijedan nije izmijenjen.} other {Provjereno je # zapisa; nijedan nije izmijenjen.}}",
  logVerifiedKinds:
    "{size, plural, one {Provjeren je # zapis} few {Provjerena su # zapisa} other {Provjereno je # zapisa}} ({served, plural, one {# prikazan artikl} few {# prikazana artikla} other {# prikazanih artikala}}, {consent, plural, one {# događaj privole} few {# događaja privole} other {# događaja privole}}, {notices, plural, one {# obavijest} few {# obavijesti} other {# obavijesti}}); nijedan nije izmijenjen.",
  tampered: "Otkrivena je izmjena u zapisu {index}",
  failed: "Nešto je pošlo po zlu: {message}",
  logHeading: "Zapisnik objašnjenja",
  chartsHeading: "Vidljivost i raznolikost",
  filters: "Filtri",
  filterSurface: "Mjesto",
  filterMode: "Način",
  filterSubject: "Osoba",
  filterSearch: "Pretraživanje",
  filterAll: "Sve",
  personalized: "Prilagođeno",
  notPersonalized: "Neprilagođeno",
  entriesShown: "{shown} od {total, plural, one {# zapisa} few {# zapisa} other {# zapisa}}",
  noEntries: "Nema odgovarajućih zapisa.",
  logEmpty:
    "Na ovom uređaju još ništa nije prikazano. Otvorite početnu stranicu trgovine ili neki proizvod; svaka prikazana preporuka ovdje se bilježi.",
  pageOf: "Stranica {page} od {pages}",
  previous: "Prethodna",
  next: "Sljedeća",
  columns: {
    index: "Zapis",
    time: "Vrijeme",
    subject: "Osoba",
    surface: "Mjesto",
    rank: "Mjesto na popisu",
    item: "Artikl",
    mode: "Način",
    reason: "Objašnjenje",
    basis: "Osnova",
  },
  exportJson: "Izvezi JSON",
  exportCsv: "Izvezi CSV",
  exposureTitle: "Vidljivost po skupini prodavača",
  exposureDescription: "Vidljivost ponderirana položajem, 1 / log2(položaj + 1), prikazanih artikala.",
  diversityTitle: "Kategorije po popisu",
  diversityAxisY: "Kategorije",
  diversityAxisX: "Popisi, najnoviji desno",
  diversityDescription:
    "Prosječno {mean} različitih kategorija po popisu, na {slates, plural, one {# popisu} few {# popisa} other {# popisa}}.",
};

/** Croatian (hrvatski): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Revizijski prikazi",
  tabLog: "Zapisnik",
  tabMeasurement: "Mjerenje",
  loading: "Izračunavanje mjerenja…",
  failed: "Mjerenje nije moguće izračunati: {message}",
  summaryHeading: "Sažetak",
  raised:
    "Personalizacija je povećala stopu klikova za {lift} (interval pouzdanosti {confidence}: od {low} do {high}) u odnosu na neprilagođenu kontrolnu skupinu.",
  lowered:
    "Personalizacija je smanjila stopu klikova za {lift} (interval pouzdanosti {confidence}: od {low} do {high}) u odnosu na neprilagođenu kontrolnu skupinu.",
  noDifference:
    "Nema značajne razlike u stopi klikova između personalizacije i neprilagođene kontrolne skupine (porast {lift}, interval pouzdanosti {confidence}: od {low} do {high}).",
  noData: "Još nema dovoljno podataka za usporedbu stope klikova među skupinama.",
  liftHeading: "Porast u odnosu na kontrolnu skupinu",
  liftTitle: "Porast zbog personalizacije u odnosu na neprilagođenu kontrolnu skupinu",
  liftDescription:
    "Relativni porast svake stope po posjetitelju s intervalom pouzdanosti od {confidence}; crta označava 0 % (bez razlike).",
  liftCaption: "Stope po posjetitelju: {treatment} u odnosu na {control}",
  metrics: {
    click: "Stopa klikova",
    addToCart: "Dodavanje u košaricu",
    conversion: "Konverzija",
    firstDayEngagement: "Angažman prvog dana",
    repeatPurchase: "Ponovljena kupnja",
  },
  liftColumns: {
    metric: "Mjera",
    control: "Kontrolna skupina",
    treatment: "Testna skupina",
    lift: "Porast",
    interval: "Interval pouzdanosti",
    pValue: "p-vrijednost",
  },
  rateCell: "{rate} ({successes} od {visitors})",
  undefinedLift: "još nema dovoljno podataka",
  driftHeading: "Odstupanje",
  driftTitle: "Stopa klikova skupine {arm} kroz vrijeme",
  driftDescription:
    "Pomična stopa klikova po satu u odnosu na osnovnu razinu {baseline} i granicu odstupanja {line}; {events, plural, one {# događaj odstupanja} few {# događaja odstupanja} other {# događaja odstupanja}}.",
  baseline: "Osnovna razina",
  driftLine: "Granica odstupanja",
  eventsCaption: "Događaji odstupanja",
  eventColumns: {
    time: "Vrijeme",
    metric: "Mjera",
    arm: "Skupina",
    baseline: "Osnovna razina",
    observed: "Izmjereno",
    drop: "Pad",
  },
  noEvents: "Nije otkriveno odstupanje.",
};

/** Croatian (hrvatski): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Filtarski mjehur",
  title: "Filtarski mjehur",
  summary:
    "Tijekom {days, plural, one {# dana} few {# dana} other {# dana}} entropija kategorija prikazanih svakom kupcu promijenila se s {first} na {last} bita; posljednjeg dana {outside} onoga što su vidjeli povratni kupci bilo je izvan kategorija koje su im prvo prikazane.",
  entropyChart: "Raznolikost po kupcu (entropija, bitovi) i udio izvan prvih kategorija, po danu",
  providerChart: "Vidljivost po pružatelju, po danu",
  day: "Dan",
  slates: "Popisi",
  entropy: "Entropija po kupcu (bitovi)",
  outside: "Izvan prvih kategorija",
  providerGini: "Ginijev koeficijent po pružateljima",
  empty: "U zapisniku još nema prikazanih popisa: pregledajte trgovinu, a zatim se vratite.",
};
