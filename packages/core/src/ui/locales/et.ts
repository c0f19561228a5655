/** Estonian (eesti) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Estonian (eesti): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Teie privaatsusvalikud",
  optIn:
    "Soovime kasutada teie tegevust selles poes, et isikupärastada seda, mida näete. Enne teie valikut ei kasutata midagi isiklikku ja pood töötab igal juhul täielikult.",
  optOut:
    "Kasutame teie tegevust selles poes, et isikupärastada seda, mida näete, ja jagame seda isikupärastatud reklaami jaoks, kui te ei keeldu. Tundlikke isikuandmeid kasutame ainult teie loal. Pood töötab igal juhul täielikult.",
  purposes: "Mida me küsime: {purposes}.",
  privacyPolicy: "Privaatsuspoliitika",
  acceptAll: "Nõustu kõigega",
  rejectAll: "Keeldu kõigest",
  customize: "Kohanda",
  doNotSell: "Ära müü ega jaga minu isikuandmeid",
  limitSensitive: "Piira minu tundlike isikuandmete kasutamist",
};

/** Estonian (eesti): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Privaatsusseaded",
  intro: "Valige, mida tohib kasutada. Saate seda igal ajal lehe jaluses muuta.",
  save: "Salvesta valikud",
  close: "Sulge",
  alwaysOn: "Alati sees",
  on: "Sees",
  off: "Väljas",
  acceptAll: "Nõustu kõigega",
  rejectAll: "Keeldu kõigest",
  dataUsed: "Kasutatud andmed",
  legalBasis: "Õiguslik alus",
  bases: {
    consent: "teie nõusolek",
    "explicit-consent": "teie selgesõnaline nõusolek",
    contract: "vajalik poe teenuse osutamiseks",
    "legal-obligation": "juriidiline kohustus",
    "legitimate-interest": "õigustatud huvi",
  },
};

/** Estonian (eesti): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "mida vaatate ja klõpsate",
    "pd:SearchHistory": "mida otsite",
    "pd:Purchase": "mida ostate",
    "pd:Rating": "teie hinnangud",
    "pd:DeviceBased": "teie seadme tüüp",
    "pd:Location": "teie piirkond",
    "candor:TimeOfDay": "kellaaeg",
    "pd:Age": "teie vanuserühm",
    "pd:EmailAddress": "teie e-posti aadress",
    "candor:Cart": "teie ostukorv",
    "candor:ConsentRecord": "teie privaatsusvalikud",
    "pd:Health": "tervis",
    "pd:Religion": "usulised või filosoofilised veendumused",
    "pd:Sexuality": "seksuaalelu või seksuaalne sättumus",
    "pd:PoliticalOpinion": "poliitilised vaated",
    "pd:EthnicOrigin": "rassiline või etniline päritolu",
    "pd:Biometric": "biomeetrilised andmed",
    "pd:Genetic": "geneetilised andmed",
    "pd:TradeUnionMembership": "ametiühingusse kuulumine",
    "candor:UnclassifiedSpecialCategory": "muu tundlik teave",
  },
};

/** Estonian (eesti): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Privaatsusvalikud",
  privacySettings: "Privaatsusseaded",
  doNotSell: "Ära müü ega jaga minu isikuandmeid",
  gpcHonored: "Keeldumise taotlust on arvestatud",
  optedOut: "Valmis: teie isikuandmeid enam ei müüda ega jagata.",
};

/** Estonian (eesti): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Piira minu tundlike isikuandmete kasutamist",
  limitSensitiveOn: "Teie tundlikke isikuandmeid ei kasutata soovituste jaoks.",
};

/** Estonian (eesti): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Soovituste seaded",
  settingsToggle: "Rea seaded",
  personalized: "Isikupärastatud",
  notPersonalized: "Isikupärastamata",
  variety: "Vaheldus",
  varietyHint: "Suurem vaheldus lisab teisi kategooriaid, vähem tuntud tooteid ja sõltumatuid müüjaid.",
  varietyValue: "{value}%",
  modePersonalized: "Isikupärastatud: kasutab ainult teie lubatud andmeid.",
  modeNotPersonalizedChosen: "Isikupärastamata, nagu valisite: populaarsed tooted, isikuandmeid ei kasutata.",
  modeNotPersonalizedConsent:
    "Isikupärastamata: te pole isikupärastamist lubanud, seega isikuandmeid ei kasutata.",
  modeNotPersonalizedOther: "Praegu isikupärastamata: populaarsed tooted, isikuandmeid ei kasutata.",
  empty: "Siin pole praegu midagi soovitada.",
  personalizedNeedsConsent: "Selle rea isikupärastamiseks lubage seda privaatsusseadetes.",
  personalizedUnavailable: "Isikupärastamine pole selle rea jaoks praegu saadaval.",
  updated: "Valmis: soovitused on uuendatud.",
};

/** Estonian (eesti): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Miks ma seda näen?",
  about: "Toote {item} kohta",
  reasonsHeading: "Miks seda näidatakse",
  reasonShare: "{share} skoorist",
  effectsHeading: "Kuidas loendit tasakaalustati",
  dataHeading: "Teie andmed, mida kasutati",
  noPersonalData: "Teie isikuandmeid ei kasutatud.",
  legalBasis: "Õiguslik alus",
  basisConsent: "{purpose}: teie nõusolek",
  controlsHeading: "Muutke seda, mida näete",
  close: "Sulge",
};

/** Estonian (eesti): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Populaarne piirkonnas {region}",
  device: "Populaarne {device} kasutajate seas",
  daypart: "Populaarne {daypart}",
  devices: {
    mobile: "telefoni",
    desktop: "arvuti",
    tablet: "tahvelarvuti",
  },
  dayparts: {
    morning: "hommikuti",
    afternoon: "pärastlõunati",
    evening: "õhtuti",
    night: "öösiti",
  },
  regions: {
    "US-CA": "California",
  },
};

/** Estonian (eesti): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered: "Teie soovitused hõlmavad {total, plural, one {# osakonnast} other {# osakonnast}} {covered}.",
  none: "Teile pole veel soovitusi näidatud.",
  missing: "Viimasel ajal näitamata: {departments}.",
};

/** Estonian (eesti): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Minu andmed",
  intro:
    "Laadige JSON-vormingus alla kõik, mida pood teie kohta säilitab, või kustutage need: teie tegevus, teie nõusolekute register ja neist tuletatu.",
  stored: {
    heading: "Mida pood teie kohta säilitab",
    loading: "Otsime, mida on salvestatud…",
    events: "{count, plural, one {# toiming, mille siin tegite:} other {# toimingut, mille siin tegite:}}",
    noEvents: "Teie tegevust ei ole salvestatud.",
    eventKind: "{kind}: {count} ({first} kuni {last})",
    kinds: {
      view: "Vaadatud tooted",
      add_to_cart: "Ostukorvi lisatud",
      purchase: "Ostud",
      rating: "Hinnangud",
      search: "Otsingud",
      dismiss: "Märgitud mittehuvipakkuvaks",
    },
    consentHeading: "Teie privaatsusvalikud ajas",
    noConsent: "Te pole veel valikut teinud.",
    consentEvent: "{date}: {type}. Sees: {granted}.",
    consentTypes: {
      given: "valik salvestatud",
      refused: "keeldutud",
      withdrawn: "tagasi võetud",
      expired: "aegunud",
      "gpc-honored": "Global Privacy Controliga arvestatud",
      notified: "teade näidatud",
      "notice-changed": "teade muudetud",
    },
    nothingGranted: "mitte midagi",
    derivedHeading: "Mida neist on tuletatud",
    noDerived: "Salvestatud tegevuseta ei tuletata midagi.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Ekspordi minu andmed (JSON)",
  exported:
    "Eksport on valmis: {events, plural, one {# sündmus} other {# sündmust}} ja nõusolekute register, milles on {consentEvents, plural, one {# kirje} other {# kirjet}}.",
  eraseButton: "Kustuta kõik",
  eraseConfirmTitle: "Kas kustutada kõik?",
  eraseConfirmText:
    "Sellega kustutatakse teie tegevus, teie nõusolekute register ja kõik neist tuletatu. Seda ei saa tagasi võtta.",
  eraseConfirm: "Jah, kustuta kõik",
  cancel: "Tühista",
  erased: "Kõik on kustutatud. Hoidke seda kviitungit kustutamise tõendina alles.",
  receiptTitle: "Kustutamise kviitung",
  downloadReceipt: "Laadi kviitung alla",
  receipt: {
    erasedAt: "Kustutatud",
    subject: "Pseudonüüm",
    events: "Kustutatud toimingud",
    consentEvents: "Kustutatud privaatsusvalikud",
    also: "Eemaldatud ka",
    proof: "Kustutatud kirjete räsi",
  },
  failed: "Midagi läks valesti: {message}",
};

/** Estonian (eesti): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Privaatsuskeskus",
  choicesHeading: "Teie valikud",
  rules: "Kehtivad reeglid: {rules}.",
  regimes: {
    gdpr: "Isikuandmete kaitse üldmäärus ja ePrivacy (enne teie luba ei kasutata midagi)",
    cpra: "CCPA/CPRA (isikupärastamine, kuni te keeldute; tundlikud andmed ainult teie loal)",
    "opt-in": "enne teie luba ei kasutata midagi",
    "opt-out": "isikupärastamine, kuni te keeldute",
    strictest: "kõige rangemad reeglid, sest teie piirkond pole teada (enne teie luba ei kasutata midagi)",
  },
  chosen: "Valitud {date}; küsime uuesti pärast {expires}.",
  notChosen: "Te pole veel valinud: kasutatakse ainult seda, mida pood vajab.",
  defaults: "Te pole veel valinud: kehtivad nende reeglite vaikeseaded, nagu allpool loetletud.",
  minor:
    "Teadaolevalt alaealine: profiilianalüüsil põhinev reklaam ning müük ja jagamine on välja lülitatud.",
  gpc: "Global Privacy Control on sees.",
  gpcHonored: "Global Privacy Control on sees ja sellega on arvestatud.",
  limited: "Teie tundlike isikuandmete kasutamine on piiratud.",
  change: "Muutke oma valikuid",
  on: "Sees",
  off: "Väljas",
  receiptHeading: "Nõusoleku kviitung",
  receiptIntro: "Kantara nõusolekukviitung (v1.1) teie kehtiva valiku kohta, tehtud {date}: {purposes}.",
  receiptNone: "Kviitungit veel pole: te pole valikut teinud.",
  nothingGranted: "mitte midagi",
  showReceipt: "Näita kviitungit JSON-vormingus",
  downloadReceipt: "Laadi nõusoleku kviitung alla",
  howHeading: "Kuidas soovitused toimivad",
  summary:
    "Tooted järjestatakse allpool toodud signaalide liitmise teel, kaaludega nagu loetletud. Tooteid, mida ei saa teile müüa (otsas, teie piirkonda ei tarnita, vanusepiiranguga), ei näidata kunagi.",
  reranked: "Seejärel tasakaalustatakse loendit vahelduse ja sõltumatute müüjate suhtes õigluse huvides.",
  parametersHeading: "Peamised parameetrid, olulisim esimesena",
  importance: {
    main: "peamine",
    supporting: "toetav",
    minor: "väike",
  },
  parameters: {
    hybrid:
      "Õpitud paljudelt klientidelt: mudel selle kohta, millised tooted käivad paljude klientide ajaloos kokku (ainult seosed, mida jagab vähemalt viis klienti, ja ainult siis, kui lubate sarnastelt klientidelt õppimist).",
    itemKnn:
      "Selle ostjad ostsid ka: mida ostsid järgmisena kliendid, kes ostsid või vaatasid samu tooteid mis teie (ainult seosed, mida jagab vähemalt viis klienti, ja ainult siis, kui lubate sarnastelt klientidelt õppimist).",
    ease: "Kokku sobivad tooted: statistiline mudel paljude klientide ajaloo põhjal (ainult siis, kui lubate sarnastelt klientidelt õppimist).",
    content:
      "Sarnased tooted: kui lähedal on toode sellele, mida olete siin vaadanud või ostnud, sõnade, kategooria, kaubamärgi ja hinnaklassi järgi.",
    session: "Praegune külastus: mida äsja vaatasite.",
    search:
      "Teie otsingud: sõnad, mida olete siin otsinud, võrreldes toodetega (ainult siis, kui lubate soovitusi vaadatu põhjal).",
    context:
      "Seade, kellaaeg ja piirkond: mis on populaarne teie seadme tüübil, sellel kellaajal või teie piirkonnas (ainult siis, kui lubate konteksti).",
    popularity:
      "Populaarsus: kui paljud kliendid on toote hiljuti valinud (ainus, mida isikupärastamata soovitused kasutavad).",
    editorial: "Meie meeskonna valik: tooted, mille meie meeskond esile tõstab.",
  },
  optionsHeading: "Mida saate muuta",
  options: [
    "Isikupärastatud või Isikupärastamata, jaotises „Rea seaded“ igal soovituste real: isikupärastamata variant ei kasuta isikuandmeid, ainult populaarsust ja meie meeskonna valikut.",
    "Privaatsusseaded: lülitage iga isikupärastamise liik igal ajal sisse või välja.",
    "Miks ma seda näen?: igal soovitatud tootel, nuppudega, et lõpetada vaadatud toote kasutamine, märkida, et toode teid ei huvita, või lülitada mõni isikupärastamise liik välja.",
    "Vaheldus: liugur jaotises „Rea seaded“ igal soovituste real, mis kaalub lähedust teie huvidele vahelduse, vähem tuntud toodete ja sõltumatute müüjate vastu.",
  ],
  protectionsHeading: "Kehtib alati",
  protections: [
    "Tundlikke tooteid (näiteks apteek ja tervis, religioon, poliitika) ei tõsteta teie enda tegevuse põhjal kunagi esile, kui te pole andnud tundlike andmete jaoks selgesõnalist nõusolekut.",
    "Iga isikupärastamise liik kasutab ainult oma andmeid: vaadatut ainult siis, kui lubate soovitusi vaadatu põhjal, teie oste ainult siis, kui lubate soovitusi ostude põhjal.",
    "Teadaolevalt alaealised ei saa profiilianalüüsil põhinevaid soovitusi ega reklaame.",
  ],
  myData: "Kõige nägemiseks, allalaadimiseks või kustutamiseks minge jaotisse {link}.",
  myDataLink: "Minu andmed",
};

/** Estonian (eesti): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Auditikonsool",
  verifyLog: "Kontrolli logi",
  verifying: "Kontrollimine…",
  logVerified: "Logi on kontrollitud",
  logVerifiedDetail:
    "{size, plural, one {# kirje kontrollitud; seda ei olnud muudetud.} other {# kirjet kontrollitud; ühtegi ei olnud muudetud.}}",
  logVerifiedKinds:
    "{size, plural, one {# kirje} other {# kirjet}} kontrollitud ({served, plural, one {# näidatud toode} other {# näidatud toodet}}, {consent, plural, one {# nõusolekusündmus} other {# nõusolekusündmust}}, {notices, plural, one {# teade} other {# teadet}}); ühtegi ei olnud muudetud.",
  tampered: "Kirjes {index} tuvastati võltsimine",
  failed: "Midagi läks valesti: {message}",
  logHeading: "Selgituste logi",
  chartsHeading: "Nähtavus ja mitmekesisus",
  filters: "Filtrid",
  filterSurface: "Asukoht",
  filterMode: "Režiim",
  filterSubject: "Isik",
  filterSearch: "Otsing",
  filterAll: "Kõik",
  personalized: "Isikupärastatud",
  notPersonalized: "Isikupärastamata",
  entriesShown: "{shown}/{total, plural, one {# kirje} other {# kirjet}}",
  noEntries: "Sobivaid kirjeid pole.",
  logEmpty:
    "Selles seadmes pole veel midagi näidatud. Avage poe avaleht või mõni toode; iga näidatud soovitus logitakse siia.",
  pageOf: "Lehekülg {page}/{pages}",
  previous: "Eelmine",
  next: "Järgmine",
  columns: {
    index: "Kirje",
    time: "Aeg",
    subject: "Isik",
    surface: "Asukoht",
    rank: "Koht",
    item: "Toode",
    mode: "Režiim",
    reason: "Selgitus",
    basis: "Alus",
  },
  exportJson: "Ekspordi JSON",
  exportCsv: "Ekspordi CSV",
  exposureTitle: "Nähtavus müüjarühmade kaupa",
  exposureDescription: "Näidatud toodete kohaga kaalutud nähtavus, 1 / log2(koht + 1).",
  diversityTitle: "Kategooriaid loendi kohta",
  diversityAxisY: "Kategooriad",
  diversityAxisX: "Loendid, uusim paremal",
  diversityDescription:
    "Keskmiselt {mean} erinevat kategooriat loendi kohta, {slates, plural, one {# loendi} other {# loendi}} põhjal.",
};

/** Estonian (eesti): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Auditivaated",
  tabLog: "Logi",
  tabMeasurement: "Mõõtmine",
  loading: "Mõõtmist arvutatakse…",
  failed: "Mõõtmist ei õnnestunud arvutada: {message}",
  summaryHeading: "Kokkuvõte",
  raised:
    "Isikupärastamine tõstis klikkimise määra {lift} võrra ({confidence} UV {low} kuni {high}) võrreldes isikupärastamata kontrollrühmaga.",
  lowered:
    "Isikupärastamine langetas klikkimise määra {lift} võrra ({confidence} UV {low} kuni {high}) võrreldes isikupärastamata kontrollrühmaga.",
  noDifference:
    "Isikupärastamise ja isikupärastamata kontrollrühma klikkimise määras pole olulist erinevust (tõus {lift}, {confidence} UV {low} kuni {high}).",
  noData: "Rühmade klikkimise määra võrdlemiseks pole veel piisavalt andmeid.",
  liftHeading: "Tõus võrreldes kontrollrühmaga",
  liftTitle: "Isikupärastamise tõus võrreldes isikupärastamata kontrollrühmaga",
  liftDescription:
    "Iga külastajapõhise määra suhteline tõus koos {confidence} usaldusvahemikuga; joon tähistab 0 % (erinevust pole).",
  liftCaption: "Külastajapõhised määrad: {treatment} võrreldes rühmaga {control}",
  metrics: {
    click: "Klikkimise määr",
    addToCart: "Ostukorvi lisamine",
    conversion: "Konversioon",
    firstDayEngagement: "Kaasatus esimesel päeval",
    repeatPurchase: "Korduvost",
  },
  liftColumns: {
    metric: "Mõõdik",
    control: "Kontroll",
    treatment: "Katserühm",
    lift: "Tõus",
    interval: "Usaldusvahemik",
    pValue: "p-väärtus",
  },
  rateCell: "{rate} ({successes}/{visitors})",
  undefinedLift: "veel pole piisavalt andmeid",
  driftHeading: "Triiv",
  driftTitle: "Rühma {arm} klikkimise määr ajas",
  driftDescription:
    "Libisev klikkimise määr tunnis võrreldes baastasemega {baseline} ja triivi piiriga {line}; {events, plural, one {# triivisündmus} other {# triivisündmust}}.",
  baseline: "Baastase",
  driftLine: "Triivi piir",
  eventsCaption: "Triivisündmused",
  eventColumns: {
    time: "Aeg",
    metric: "Mõõdik",
    arm: "Rühm",
    baseline: "Baastase",
    observed: "Täheldatud",
    drop: "Langus",
  },
  noEvents: "Triivi ei tuvastatud.",
};

/** Estonian (eesti): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Filtrimull",
  title: "Filtrimull",
  summary:
    "{days, plural, one {# päeva} other {# päeva}} jooksul muutus igale kliendile näidatud kategooriate entroopia {first} bitilt {last} bitini; viimasel päeval jäi {outside} sellest, mida naasvad kliendid nägid, väljapoole neile algul näidatud kategooriaid.",
  entropyChart:
    "Vaheldus kliendi kohta (entroopia, bitid) ja esimestest kategooriatest väljapoole jääv osa päevas",
  providerChart: "Nähtavus pakkujate kaupa päevas",
  day: "Päev",
  slates: "Loendid",
  entropy: "Entroopia kliendi kohta (bitid)",
  outside: "Väljaspool esimesi kategooriaid",
  providerGini: "Pakkujate Gini koefitsient",
  empty: "Logis pole veel näidatud loendeid: sirvige poodi ja tulge siis tagasi.",
};
