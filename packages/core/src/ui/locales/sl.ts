/** Slovenian (slovenščina) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Slovenian (slovenščina): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Vaše izbire glede zasebnosti",
  optIn:
    "Vašo dejavnost v tej trgovini bi radi uporabili za prilagajanje tega, kar vidite. Dokler se ne odločite, se ne uporablja nič osebnega, trgovina pa v vsakem primeru v celoti deluje.",
  optOut:
    "Vašo dejavnost v tej trgovini uporabljamo za prilagajanje tega, kar vidite, in jo delimo za prilagojeno oglaševanje, razen če to zavrnete. Občutljive osebne informacije uporabljamo le z vašim dovoljenjem. Trgovina v vsakem primeru v celoti deluje.",
  purposes: "Sprašujemo vas glede: {purposes}.",
  privacyPolicy: "Pravilnik o zasebnosti",
  acceptAll: "Sprejmi vse",
  rejectAll: "Zavrni vse",
  customize: "Prilagodi",
  doNotSell: "Ne prodajajte in ne delite mojih osebnih informacij",
  limitSensitive: "Omeji uporabo mojih občutljivih osebnih informacij",
};

/** Slovenian (slovenščina): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Nastavitve zasebnosti",
  intro: "Izberite, kaj se sme uporabljati. To lahko kadar koli spremenite v nogi strani.",
  save: "Shrani izbire",
  close: "Zapri",
  alwaysOn: "Vedno vklopljeno",
  on: "Vklopljeno",
  off: "Izklopljeno",
  acceptAll: "Sprejmi vse",
  rejectAll: "Zavrni vse",
  dataUsed: "Uporabljeni podatki",
  legalBasis: "Pravna podlaga",
  bases: {
    consent: "vaša privolitev",
    "explicit-consent": "vaša izrecna privolitev",
    contract: "potrebno za delovanje trgovine",
    "legal-obligation": "zakonska obveznost",
    "legitimate-interest": "zakoniti interes",
  },
};

/** Slovenian (slovenščina): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "kaj si ogledujete in kam kliknete",
    "pd:SearchHistory": "kaj iščete",
    "pd:Purchase": "kaj kupujete",
    "pd:Rating": "vaše ocene",
    "pd:DeviceBased": "vrsta vaše naprave",
    "pd:Location": "vaša regija",
    "candor:TimeOfDay": "čas dneva",
    "pd:Age": "vaša starostna skupina",
    "pd:EmailAddress": "vaš e-poštni naslov",
    "candor:Cart": "vaša košarica",
    "candor:ConsentRecord": "vaše izbire glede zasebnosti",
    "pd:Health": "zdravje",
    "pd:Religion": "versko ali filozofsko prepričanje",
    "pd:Sexuality": "spolno življenje ali spolna usmerjenost",
    "pd:PoliticalOpinion": "politično mnenje",
    "pd:EthnicOrigin": "rasno ali etnično poreklo",
    "pd:Biometric": "biometrični podatki",
    "pd:Genetic": "genetski podatki",
    "pd:TradeUnionMembership": "članstvo v sindikatu",
    "candor:UnclassifiedSpecialCategory": "druge občutljive informacije",
  },
};

/** Slovenian (slovenščina): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Izbire glede zasebnosti",
  privacySettings: "Nastavitve zasebnosti",
  doNotSell: "Ne prodajajte in ne delite mojih osebnih informacij",
  gpcHonored: "Zahteva za zavrnitev je upoštevana",
  optedOut: "Končano: vaših osebnih informacij ne prodajamo in ne delimo več.",
};

/** Slovenian (slovenščina): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Omeji uporabo mojih občutljivih osebnih informacij",
  limitSensitiveOn: "Vaše občutljive osebne informacije se ne uporabljajo za priporočila.",
};

/** Slovenian (slovenščina): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Nastavitve priporočil",
  settingsToggle: "Nastavitve vrstice",
  personalized: "Prilagojeno",
  notPersonalized: "Neprilagojeno",
  variety: "Raznolikost",
  varietyHint: "Več raznolikosti primeša druge kategorije, manj znane izdelke in neodvisne prodajalce.",
  varietyValue: "{value} %",
  modePersonalized: "Prilagojeno: uporabljajo se le podatki, ki ste jih dovolili.",
  modeNotPersonalizedChosen: "Neprilagojeno, kot ste izbrali: priljubljeni izdelki, brez osebnih podatkov.",
  modeNotPersonalizedConsent:
    "Neprilagojeno: prilagajanja niste dovolili, zato se ne uporabljajo nobeni osebni podatki.",
  modeNotPersonalizedOther: "Trenutno neprilagojeno: priljubljeni izdelki, brez osebnih podatkov.",
  empty: "Trenutno tu nimamo česa priporočiti.",
  personalizedNeedsConsent: "Če želite prilagoditi to vrstico, to dovolite v nastavitvah zasebnosti.",
  personalizedUnavailable: "Prilagajanje za to vrstico trenutno ni na voljo.",
  updated: "Končano: priporočila so posodobljena.",
};

/** Slovenian (slovenščina): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Zakaj to vidim?",
  about: "O izdelku {item}",
  reasonsHeading: "Zakaj je prikazano",
  reasonShare: "{share} ocene",
  effectsHeading: "Kako je bil seznam uravnotežen",
  dataHeading: "Uporabljeni vaši podatki",
  noPersonalData: "Uporabljeni niso bili nobeni vaši osebni podatki.",
  legalBasis: "Pravna podlaga",
  basisConsent: "{purpose}: vaša privolitev",
  controlsHeading: "Spremenite, kar vidite",
  close: "Zapri",
};

/** Slovenian (slovenščina): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Priljubljeno v regiji {region}",
  device: "Priljubljeno med kupci {device}",
  daypart: "Priljubljeno {daypart}",
  devices: {
    mobile: "na telefonu",
    desktop: "na računalniku",
    tablet: "na tablici",
  },
  dayparts: {
    morning: "zjutraj",
    afternoon: "popoldne",
    evening: "zvečer",
    night: "ponoči",
  },
  regions: {
    "US-CA": "Kalifornija",
  },
};

/** Slovenian (slovenščina): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Vaša priporočila zajemajo {covered} od {total, plural, one {# oddelka} two {# oddelkov} few {# oddelkov} other {# oddelkov}}.",
  none: "Prikazano vam še ni bilo nobeno priporočilo.",
  missing: "V zadnjem času ni bilo prikazano: {departments}.",
};

/** Slovenian (slovenščina): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Moji podatki",
  intro:
    "Prenesite vse, kar ta trgovina hrani o vas, v obliki JSON ali pa to izbrišite: vašo dejavnost, evidenco vaše privolitve in to, kar je bilo iz njiju izpeljano.",
  stored: {
    heading: "Kaj ta trgovina hrani o vas",
    loading: "Preverjamo, kaj je shranjeno …",
    events:
      "{count, plural, one {# vaše dejanje tukaj:} two {# vaši dejanji tukaj:} few {# vaša dejanja tukaj:} other {# vaših dejanj tukaj:}}",
    noEvents: "Shranjena ni nobena vaša dejavnost.",
    eventKind: "{kind}: {count} (od {first} do {last})",
    kinds: {
      view: "Ogledani izdelki",
      add_to_cart: "Dodano v košarico",
      purchase: "Nakupi",
      rating: "Ocene",
      search: "Iskanja",
      dismiss: "Označeno kot nezanimivo",
    },
    consentHeading: "Vaše izbire glede zasebnosti skozi čas",
    noConsent: "Niste se še odločili.",
    consentEvent: "{date}: {type}. Vklopljeno: {granted}.",
    consentTypes: {
      given: "izbira shranjena",
      refused: "zavrnjeno",
      withdrawn: "preklicano",
      expired: "poteklo",
      "gpc-honored": "Global Privacy Control upoštevan",
      notified: "obvestilo prikazano",
      "notice-changed": "obvestilo spremenjeno",
    },
    nothingGranted: "nič",
    derivedHeading: "Kaj je bilo izpeljano iz tega",
    noDerived: "Brez shranjene dejavnosti se nič ne izpelje.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Izvozi moje podatke (JSON)",
  exported:
    "Vaš izvoz je pripravljen: {events, plural, one {# dogodek} two {# dogodka} few {# dogodki} other {# dogodkov}} in evidenca privolitve z {consentEvents, plural, one {# vnosom} two {# vnosoma} few {# vnosi} other {# vnosi}}.",
  eraseButton: "Izbriši vse",
  eraseConfirmTitle: "Želite izbrisati vse?",
  eraseConfirmText:
    "S tem se izbrišejo vaša dejavnost, evidenca vaše privolitve in vse, kar je bilo iz njiju izpeljano. Tega ni mogoče razveljaviti.",
  eraseConfirm: "Da, izbriši vse",
  cancel: "Prekliči",
  erased: "Vse je izbrisano. To potrdilo shranite kot dokaz izbrisa.",
  receiptTitle: "Potrdilo o izbrisu",
  downloadReceipt: "Prenesi potrdilo",
  receipt: {
    erasedAt: "Izbrisano",
    subject: "Psevdonim",
    events: "Izbrisane dejavnosti",
    consentEvents: "Izbrisane izbire glede zasebnosti",
    also: "Odstranjeno tudi",
    proof: "Povzetek izbrisanih zapisov",
  },
  failed: "Prišlo je do napake: {message}",
};

/** Slovenian (slovenščina): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Središče za zasebnost",
  choicesHeading: "Vaše izbire",
  rules: "Veljavna pravila: {rules}.",
  regimes: {
    gdpr: "Splošna uredba o varstvu podatkov in e-zasebnost (nič se ne uporablja, dokler tega ne dovolite)",
    cpra: "CCPA/CPRA (prilagajanje, dokler ga ne zavrnete; občutljivi podatki le z vašim dovoljenjem)",
    "opt-in": "nič se ne uporablja, dokler tega ne dovolite",
    "opt-out": "prilagajanje, dokler ga ne zavrnete",
    strictest: "najstrožja pravila, ker vaša regija ni znana (nič se ne uporablja, dokler tega ne dovolite)",
  },
  chosen: "Izbrano {date}; znova bomo vprašali po {expires}.",
  notChosen: "Niste se še odločili: uporablja se le to, kar trgovina potrebuje.",
  defaults: "Niste se še odločili: veljajo privzete nastavitve teh pravil, kot so navedene spodaj.",
  minor:
    "Znana mladoletna oseba: oglaševanje na podlagi oblikovanja profilov ter prodaja ali deljenje so izklopljeni.",
  gpc: "Global Privacy Control je vklopljen.",
  gpcHonored: "Global Privacy Control je vklopljen in je bil upoštevan.",
  limited: "Uporaba vaših občutljivih osebnih informacij je omejena.",
  change: "Spremenite izbire",
  on: "Vklopljeno",
  off: "Izklopljeno",
  receiptHeading: "Potrdilo o privolitvi",
  receiptIntro: "Potrdilo o privolitvi po Kantari (v1.1) za vašo veljavno izbiro z dne {date}: {purposes}.",
  receiptNone: "Potrdila še ni: niste se še odločili.",
  nothingGranted: "nič",
  showReceipt: "Pokaži potrdilo kot JSON",
  downloadReceipt: "Prenesi potrdilo o privolitvi",
  howHeading: "Kako delujejo priporočila",
  summary:
    "Izdelki so razvrščeni s seštevanjem spodnjih signalov z navedenimi utežmi. Izdelki, ki vam jih ni mogoče prodati (niso na zalogi, ne dostavljamo jih v vašo regijo, imajo starostno omejitev), se nikoli ne prikažejo.",
  reranked: "Nato se seznam uravnoteži zaradi raznolikosti in poštenosti do neodvisnih prodajalcev.",
  parametersHeading: "Glavni parametri, najpomembnejši najprej",
  importance: {
    main: "glavni",
    supporting: "podporni",
    minor: "manjši",
  },
  parameters: {
    hybrid:
      "Naučeno od številnih kupcev: model tega, kateri izdelki sodijo skupaj v zgodovini številnih kupcev (le povezave, skupne vsaj petim kupcem, in le, če dovolite učenje od podobnih kupcev).",
    itemKnn:
      "Kupci, ki so kupili to, so kupili tudi: kaj so nato kupili kupci, ki so kupili ali si ogledali iste izdelke kot vi (le povezave, skupne vsaj petim kupcem, in le, če dovolite učenje od podobnih kupcev).",
    ease: "Izdelki, ki sodijo skupaj: statistični model nad zgodovino številnih kupcev (le, če dovolite učenje od podobnih kupcev).",
    content:
      "Podobni izdelki: kako blizu je izdelek temu, kar ste si tukaj ogledali ali kupili, po besedah, kategoriji, blagovni znamki in cenovnem razredu.",
    session: "Ta obisk: kar ste si pravkar ogledali.",
    search:
      "Vaša iskanja: besede, ki ste jih tukaj iskali, primerjane z izdelki (le, če dovolite priporočila glede na to, kar si ogledujete).",
    context:
      "Naprava, čas dneva in regija: kaj je priljubljeno na vaši vrsti naprave, ob tem času dneva ali v vaši regiji (le, če dovolite kontekst).",
    popularity:
      "Priljubljenost: koliko kupcev je nedavno izbralo izdelek (edino, kar uporabljajo neprilagojena priporočila).",
    editorial: "Izbor naše ekipe: izdelki, ki jih naša ekipa izpostavlja.",
  },
  optionsHeading: "Kaj lahko spremenite",
  options: [
    "Prilagojeno ali Neprilagojeno, pod »Nastavitve vrstice« pri vsaki vrstici priporočil: neprilagojeno ne uporablja osebnih podatkov, le priljubljenost in izbor naše ekipe.",
    "Nastavitve zasebnosti: vsako vrsto prilagajanja kadar koli vklopite ali izklopite.",
    "Zakaj to vidim?: pri vsakem priporočenem izdelku, s kontrolniki, s katerimi prenehate uporabljati ogledani izdelek, sporočite, da vas ne zanima, ali izklopite vrsto prilagajanja.",
    "Raznolikost: drsnik pod »Nastavitve vrstice« pri vsaki vrstici priporočil, s katerim bližino vašim interesom zamenjate za raznolikost, manj znane izdelke in neodvisne prodajalce.",
  ],
  protectionsHeading: "Velja vedno",
  protections: [
    "Občutljivi izdelki (na primer lekarna in zdravje, vera, politika) zaradi vaše lastne dejavnosti nikoli niso izpostavljeni, razen če ste dali izrecno privolitev za občutljive podatke.",
    "Vsaka vrsta prilagajanja uporablja le svoje podatke: vaše oglede le, če dovolite priporočila glede na to, kar si ogledujete, vaše nakupe le, če dovolite priporočila glede na vaše nakupe.",
    "Znane mladoletne osebe ne prejemajo priporočil ali oglasov na podlagi oblikovanja profilov.",
  ],
  myData: "Če želite vse videti, prenesti ali izbrisati, pojdite na stran {link}.",
  myDataLink: "Moji podatki",
};

/** Slovenian (slovenščina): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Revizijska konzola",
  verifyLog: "Preveri dnevnik",
  verifying: "Preverjanje …",
  logVerified: "Dnevnik preverjen",
  logVerifiedDetail:
    "{size, plural, one {Preverjen je # vnos; ni bil spremenjen.} two {Preverjena sta # vnosa; noben ni bil spremenjen.} few {Preverjeni so # vnosi; noben ni bil spremenjen.} other {Preverjenih je # vnosov; noben ni bil spremenjen.}}",
  logVerifiedKinds:
    "{size, plural, one {Preverjen je # vnos} two {Preverjena sta # vnosa} few {Preverjeni so # vnosi} other {Preverjenih je # vnosov}} ({served, plural, one {# prikazan artikel} two {# prikazana artikla} few {# prikazani artikli} other {# prikazanih artiklov}}, {consent, plural, one {# dogodek privolitve} two {# dogodka privolitve} few {# dogodki privolitve} other {# dogodkov privolitve}}, {notices, plural, one {# obvestilo} two {# obvestili} few {# obvestila} other {# obvestil}}); noben ni bil spremenjen.",
  tampered: "Zaznano poseganje v vnos {index}",
  failed: "Prišlo je do napake: {message}",
  logHeading: "Dnevnik pojasnil",
  chartsHeading: "Vidnost in raznolikost",
  filters: "Filtri",
  filterSurface: "Mesto",
  filterMode: "Način",
  filterSubject: "Oseba",
  filterSearch: "Iskanje",
  filterAll: "Vse",
  personalized: "Prilagojeno",
  notPersonalized: "Neprilagojeno",
  entriesShown: "{shown} od {total, plural, one {# vnosa} two {# vnosov} few {# vnosov} other {# vnosov}}",
  noEntries: "Ni ustreznih vnosov.",
  logEmpty:
    "Na tej napravi še ni bilo nič prikazano. Odprite domačo stran trgovine ali izdelek; vsako prikazano priporočilo se zabeleži tukaj.",
  pageOf: "Stran {page} od {pages}",
  previous: "Prejšnja",
  next: "Naslednja",
  columns: {
    index: "Vnos",
    time: "Čas",
    subject: "Oseba",
    surface: "Mesto",
    rank: "Uvrstitev",
    item: "Artikel",
    mode: "Način",
    reason: "Pojasnilo",
    basis: "Podlaga",
  },
  exportJson: "Izvozi JSON",
  exportCsv: "Izvozi CSV",
  exposureTitle: "Vidnost po skupini prodajalcev",
  exposureDescription: "Vidnost prikazanih artiklov, utežena po položaju, 1 / log2(uvrstitev + 1).",
  diversityTitle: "Kategorije na seznamu",
  diversityAxisY: "Kategorije",
  diversityAxisX: "Seznami, najnovejši na desni",
  diversityDescription:
    "V povprečju {mean} različnih kategorij na seznamu, na podlagi {slates, plural, one {# seznama} two {# seznamov} few {# seznamov} other {# seznamov}}.",
};

/** Slovenian (slovenščina): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Revizijski pogledi",
  tabLog: "Dnevnik",
  tabMeasurement: "Meritev",
  loading: "Računanje meritve …",
  failed: "Meritve ni bilo mogoče izračunati: {message}",
  summaryHeading: "Povzetek",
  raised:
    "Prilagajanje je povečalo stopnjo klikov za {lift} ({confidence} IZ od {low} do {high}) v primerjavi z neprilagojeno kontrolno skupino.",
  lowered:
    "Prilagajanje je zmanjšalo stopnjo klikov za {lift} ({confidence} IZ od {low} do {high}) v primerjavi z neprilagojeno kontrolno skupino.",
  noDifference:
    "Ni pomembne razlike v stopnji klikov med prilagajanjem in neprilagojeno kontrolno skupino (sprememba {lift}, {confidence} IZ od {low} do {high}).",
  noData: "Za primerjavo stopnje klikov med skupinama še ni dovolj podatkov.",
  liftHeading: "Sprememba glede na kontrolno skupino",
  liftTitle: "Sprememba zaradi prilagajanja glede na neprilagojeno kontrolno skupino",
  liftDescription:
    "Relativna sprememba vsake stopnje na obiskovalca z {confidence} intervalom zaupanja; črta označuje 0 % (brez razlike).",
  liftCaption: "Stopnje na obiskovalca: {treatment} proti {control}",
  metrics: {
    click: "Stopnja klikov",
    addToCart: "Dodajanje v košarico",
    conversion: "Konverzija",
    firstDayEngagement: "Vključenost prvi dan",
    repeatPurchase: "Ponovni nakup",
  },
  liftColumns: {
    metric: "Kazalnik",
    control: "Kontrolna skupina",
    treatment: "Testna skupina",
    lift: "Sprememba",
    interval: "Interval zaupanja",
    pValue: "Vrednost p",
  },
  rateCell: "{rate} ({successes} od {visitors})",
  undefinedLift: "še ni dovolj podatkov",
  driftHeading: "Odmik",
  driftTitle: "Stopnja klikov skupine {arm} skozi čas",
  driftDescription:
    "Drseča stopnja klikov na uro glede na izhodišče {baseline} in mejo odmika {line}; {events, plural, one {# dogodek odmika} two {# dogodka odmika} few {# dogodki odmika} other {# dogodkov odmika}}.",
  baseline: "Izhodišče",
  driftLine: "Meja odmika",
  eventsCaption: "Dogodki odmika",
  eventColumns: {
    time: "Čas",
    metric: "Kazalnik",
    arm: "Skupina",
    baseline: "Izhodišče",
    observed: "Izmerjeno",
    drop: "Padec",
  },
  noEvents: "Odmik ni bil zaznan.",
};

/** Slovenian (slovenščina): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Filtrirni mehurček",
  title: "Filtrirni mehurček",
  summary:
    "V {days, plural, one {# dnevu} two {# dneh} few {# dneh} other {# dneh}} se je entropija kategorij, prikazanih vsakemu kupcu, spremenila z {first} na {last} bitov; zadnji dan je bilo {outside} tega, kar so videli vračajoči se kupci, zunaj kategorij, ki so jim bile prikazane najprej.",
  entropyChart: "Raznolikost na kupca (entropija, biti) in delež zunaj prvih kategorij, po dnevih",
  providerChart: "Vidnost po ponudniku, po dnevih",
  day: "Dan",
  slates: "Seznami",
  entropy: "Entropija na kupca (biti)",
  outside: "Zunaj prvih kategorij",
  providerGini: "Ginijev koeficient ponudnikov",
  empty: "V dnevniku še ni prikazanih seznamov: prebrskajte trgovino in se nato vrnite.",
};
