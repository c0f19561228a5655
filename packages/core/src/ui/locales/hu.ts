/** Hungarian (magyar) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Hungarian (magyar): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Az Ön adatvédelmi döntései",
  optIn:
    "Szeretnénk az Ön ebben a boltban végzett tevékenységét arra használni, hogy személyre szabjuk, amit lát. Amíg nem dönt, semmilyen személyes adatot nem használunk, és a bolt mindkét esetben teljes körűen működik.",
  optOut:
    "Az Ön ebben a boltban végzett tevékenységét arra használjuk, hogy személyre szabjuk, amit lát, és megosztjuk személyre szabott hirdetésekhez, hacsak le nem mond róla. Érzékeny személyes információkat csak az Ön engedélyével használunk. A bolt mindkét esetben teljes körűen működik.",
  purposes: "Amire engedélyt kérünk: {purposes}.",
  privacyPolicy: "Adatvédelmi tájékoztató",
  acceptAll: "Összes elfogadása",
  rejectAll: "Összes elutasítása",
  customize: "Testreszabás",
  doNotSell: "Ne adják el és ne osszák meg a személyes információimat",
  limitSensitive: "Az érzékeny személyes információim felhasználásának korlátozása",
};

/** Hungarian (magyar): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Adatvédelmi beállítások",
  intro: "Válassza ki, mi használható. Ezt bármikor módosíthatja az oldal láblécében.",
  save: "Döntések mentése",
  close: "Bezárás",
  alwaysOn: "Mindig bekapcsolva",
  on: "Be",
  off: "Ki",
  acceptAll: "Összes elfogadása",
  rejectAll: "Összes elutasítása",
  dataUsed: "Felhasznált adatok",
  legalBasis: "Jogalap",
  bases: {
    consent: "az Ön hozzájárulása",
    "explicit-consent": "az Ön kifejezett hozzájárulása",
    contract: "a bolt működéséhez szükséges",
    "legal-obligation": "jogi kötelezettség",
    "legitimate-interest": "jogos érdek",
  },
};

/** Hungarian (magyar): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "amit megtekint és amire kattint",
    "pd:SearchHistory": "amit keres",
    "pd:Purchase": "amit vásárol",
    "pd:Rating": "az értékelései",
    "pd:DeviceBased": "az eszköze típusa",
    "pd:Location": "a régiója",
    "candor:TimeOfDay": "a napszak",
    "pd:Age": "a korcsoportja",
    "pd:EmailAddress": "az e-mail-címe",
    "candor:Cart": "a kosara",
    "candor:ConsentRecord": "az adatvédelmi döntései",
    "pd:Health": "egészség",
    "pd:Religion": "vallási vagy világnézeti meggyőződés",
    "pd:Sexuality": "szexuális élet vagy szexuális irányultság",
    "pd:PoliticalOpinion": "politikai vélemény",
    "pd:EthnicOrigin": "faji vagy etnikai származás",
    "pd:Biometric": "biometrikus adatok",
    "pd:Genetic": "genetikai adatok",
    "pd:TradeUnionMembership": "szakszervezeti tagság",
    "candor:UnclassifiedSpecialCategory": "egyéb érzékeny információ",
  },
};

/** Hungarian (magyar): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Adatvédelmi döntések",
  privacySettings: "Adatvédelmi beállítások",
  doNotSell: "Ne adják el és ne osszák meg a személyes információimat",
  gpcHonored: "A leiratkozási kérést teljesítettük",
  optedOut: "Kész: személyes információit már nem adjuk el és nem osztjuk meg.",
};

/** Hungarian (magyar): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Az érzékeny személyes információim felhasználásának korlátozása",
  limitSensitiveOn: "Érzékeny személyes információit nem használjuk fel ajánlásokhoz.",
};

/** Hungarian (magyar): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Ajánlási beállítások",
  settingsToggle: "Sor beállításai",
  personalized: "Személyre szabott",
  notPersonalized: "Nem személyre szabott",
  variety: "Változatosság",
  varietyHint:
    "Nagyobb változatosság esetén más kategóriák, kevésbé ismert termékek és független eladók is megjelennek.",
  varietyValue: "{value}%",
  modePersonalized: "Személyre szabott: csak az Ön által engedélyezett adatokat használja.",
  modeNotPersonalizedChosen:
    "Nem személyre szabott, ahogy választotta: népszerű termékek, személyes adatok felhasználása nélkül.",
  modeNotPersonalizedConsent:
    "Nem személyre szabott: nem engedélyezte a személyre szabást, ezért semmilyen személyes adatot nem használunk.",
  modeNotPersonalizedOther:
    "Jelenleg nem személyre szabott: népszerű termékek, személyes adatok felhasználása nélkül.",
  empty: "Itt most nincs mit ajánlanunk.",
  personalizedNeedsConsent: "A sor személyre szabásához engedélyezze azt az adatvédelmi beállításokban.",
  personalizedUnavailable: "A személyre szabás ennél a sornál jelenleg nem érhető el.",
  updated: "Kész: az ajánlások frissültek.",
};

/** Hungarian (magyar): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Miért látom ezt?",
  about: "Erről: {item}",
  reasonsHeading: "Miért jelenik meg",
  reasonShare: "A pontszám {share} része",
  effectsHeading: "Hogyan lett kiegyensúlyozva a lista",
  dataHeading: "Felhasznált adatai",
  noPersonalData: "Semmilyen személyes adatát nem használtuk fel.",
  legalBasis: "Jogalap",
  basisConsent: "{purpose}: az Ön hozzájárulása",
  controlsHeading: "Módosítsa, amit lát",
  close: "Bezárás",
};

/** Hungarian (magyar): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Népszerű itt: {region}",
  device: "Népszerű a {device} vásárlók körében",
  daypart: "Népszerű {daypart}",
  devices: {
    mobile: "telefonon",
    desktop: "számítógépen",
    tablet: "táblagépen",
  },
  dayparts: {
    morning: "reggel",
    afternoon: "délután",
    evening: "este",
    night: "éjszaka",
  },
  regions: {
    "US-CA": "Kalifornia",
  },
};

/** Hungarian (magyar): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Ajánlásai {total, plural, one {# részlegből} other {# részlegből}} {covered} részleget fednek le.",
  none: "Még nem jelenítettünk meg Önnek ajánlásokat.",
  missing: "Mostanában nem jelent meg: {departments}.",
};

/** Hungarian (magyar): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Adataim",
  intro:
    "Töltse le JSON formátumban mindazt, amit ez a bolt Önről tárol, vagy törölje: a tevékenységét, a hozzájárulási nyilvántartását és az ezekből levezetett adatokat.",
  stored: {
    heading: "Amit ez a bolt Önről tárol",
    loading: "A tárolt adatok lekérdezése…",
    events: "{count, plural, one {Az Ön # itteni tevékenysége:} other {Az Ön # itteni tevékenysége:}}",
    noEvents: "Az Ön tevékenységéből semmit sem tárolunk.",
    eventKind: "{kind}: {count} ({first} – {last})",
    kinds: {
      view: "Megtekintett termékek",
      add_to_cart: "Kosárba helyezve",
      purchase: "Vásárlások",
      rating: "Értékelések",
      search: "Keresések",
      dismiss: "Nem érdekesnek jelölve",
    },
    consentHeading: "Az Ön adatvédelmi döntései időrendben",
    noConsent: "Még nem döntött.",
    consentEvent: "{date}: {type}. Bekapcsolva: {granted}.",
    consentTypes: {
      given: "döntés mentve",
      refused: "elutasítva",
      withdrawn: "visszavonva",
      expired: "lejárt",
      "gpc-honored": "Global Privacy Control tiszteletben tartva",
      notified: "tájékoztatás megjelenítve",
      "notice-changed": "tájékoztatás módosult",
    },
    nothingGranted: "semmi",
    derivedHeading: "Amit ebből levezettünk",
    noDerived: "Tárolt tevékenység nélkül semmit sem vezetünk le.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Adataim exportálása (JSON)",
  exported:
    "Az export elkészült: {events, plural, one {# esemény} other {# esemény}} és egy hozzájárulási nyilvántartás {consentEvents, plural, one {# bejegyzéssel} other {# bejegyzéssel}}.",
  eraseButton: "Minden törlése",
  eraseConfirmTitle: "Töröl mindent?",
  eraseConfirmText:
    "Ez törli a tevékenységét, a hozzájárulási nyilvántartását és mindent, ami ezekből levezethető. A művelet nem vonható vissza.",
  eraseConfirm: "Igen, minden törlése",
  cancel: "Mégse",
  erased: "Minden törölve. Őrizze meg ezt az igazolást a törlés bizonyítékaként.",
  receiptTitle: "Törlési igazolás",
  downloadReceipt: "Igazolás letöltése",
  receipt: {
    erasedAt: "Törlés időpontja",
    subject: "Álnév",
    events: "Törölt tevékenységek",
    consentEvents: "Törölt adatvédelmi döntések",
    also: "Szintén eltávolítva",
    proof: "A törölt rekordok kivonata",
  },
  failed: "Hiba történt: {message}",
};

/** Hungarian (magyar): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Adatvédelmi központ",
  choicesHeading: "Az Ön döntései",
  rules: "Alkalmazott szabályok: {rules}.",
  regimes: {
    gdpr: "GDPR és ePrivacy (semmit sem használunk, amíg nem engedélyezi)",
    cpra: "CCPA/CPRA (személyre szabás, amíg le nem mond róla; érzékeny adatok csak az Ön engedélyével)",
    "opt-in": "semmit sem használunk, amíg nem engedélyezi",
    "opt-out": "személyre szabás, amíg le nem mond róla",
    strictest:
      "a legszigorúbb szabályok, mivel a régiója ismeretlen (semmit sem használunk, amíg nem engedélyezi)",
  },
  chosen: "Döntés időpontja: {date}; {expires} után újra megkérdezzük.",
  notChosen: "Még nem döntött: csak azt használjuk, amire a boltnak szüksége van.",
  defaults: "Még nem döntött: e szabályok alapbeállításai érvényesek, az alább felsoroltak szerint.",
  minor:
    "Ismert kiskorú: a profilalkotáson alapuló hirdetés, valamint az eladás és a megosztás ki van kapcsolva.",
  gpc: "A Global Privacy Control be van kapcsolva.",
  gpcHonored: "A Global Privacy Control be van kapcsolva, és tiszteletben tartottuk.",
  limited: "Érzékeny személyes információinak felhasználása korlátozva van.",
  change: "Döntések módosítása",
  on: "Be",
  off: "Ki",
  receiptHeading: "Hozzájárulási igazolás",
  receiptIntro:
    "Kantara szerinti hozzájárulási igazolás (v1.1) az Ön érvényes döntéséről ({date}): {purposes}.",
  receiptNone: "Még nincs igazolás: nem hozott döntést.",
  nothingGranted: "semmi",
  showReceipt: "Az igazolás megjelenítése JSON-ként",
  downloadReceipt: "A hozzájárulási igazolás letöltése",
  howHeading: "Hogyan működnek az ajánlások",
  summary:
    "A termékek sorrendjét az alábbi jelzések felsorolt súlyokkal vett összege adja. Azok a termékek, amelyeket nem lehet Önnek eladni (nincs készleten, nem szállítjuk az Ön régiójába, korhatáros), soha nem jelennek meg.",
  reranked:
    "Ezután a listát kiegyensúlyozzuk a változatosság és a független eladókkal szembeni méltányosság érdekében.",
  parametersHeading: "Fő paraméterek, fontossági sorrendben",
  importance: {
    main: "fő",
    supporting: "kiegészítő",
    minor: "mellékes",
  },
  parameters: {
    hybrid:
      "Sok vásárlótól tanult: egy modell arról, mely termékek tartoznak össze sok vásárló előzményeiben (csak legalább öt vásárló által közös kapcsolatok, és csak ha engedélyezi a hasonló vásárlóktól való tanulást).",
    itemKnn:
      "Akik ezt megvették, ezeket is megvették: amit azok a vásárlók vettek ezután, akik ugyanazokat a termékeket vették meg vagy tekintették meg, mint Ön (csak legalább öt vásárló által közös kapcsolatok, és csak ha engedélyezi a hasonló vásárlóktól való tanulást).",
    ease: "Összeillő termékek: statisztikai modell sok vásárló előzményei alapján (csak ha engedélyezi a hasonló vásárlóktól való tanulást).",
    content:
      "Hasonló termékek: mennyire áll közel egy termék ahhoz, amit itt megtekintett vagy megvásárolt, a szavai, kategóriája, márkája és ársávja alapján.",
    session: "Ez a látogatás: amit az imént nézett meg.",
    search:
      "Az Ön keresései: az itt keresett szavak a termékekkel összevetve (csak ha engedélyezi a megtekintettek alapján történő ajánlásokat).",
    context:
      "Eszköz, napszak és régió: mi népszerű az Ön eszköztípusán, ebben a napszakban vagy az Ön régiójában (csak ha engedélyezi a környezet használatát).",
    popularity:
      "Népszerűség: hány vásárló választotta a terméket mostanában (csak ezt használják a nem személyre szabott ajánlások).",
    editorial: "Csapatunk választása: termékek, amelyeket csapatunk kiemel.",
  },
  optionsHeading: "Amit módosíthat",
  options: [
    "Személyre szabott vagy Nem személyre szabott, a „Sor beállításai” alatt minden ajánlási sorban: a nem személyre szabott nem használ személyes adatot, csak a népszerűséget és csapatunk választását.",
    "Adatvédelmi beállítások: a személyre szabás minden fajtáját bármikor be- vagy kikapcsolhatja.",
    "Miért látom ezt?: minden ajánlott terméknél, lehetőséggel arra, hogy egy megtekintett terméket ne használjunk tovább, jelezze, hogy nem érdekli, vagy kikapcsolja a személyre szabás egy fajtáját.",
    "Változatosság: csúszka a „Sor beállításai” alatt minden ajánlási sorban, amellyel az érdeklődéséhez való közelséget változatosságra, kevésbé ismert termékekre és független eladókra cserélheti.",
  ],
  protectionsHeading: "Mindig érvényes",
  protections: [
    "Az érzékeny termékeket (például gyógyszertár és egészség, vallás, politika) a saját tevékenysége soha nem emeli előre, kivéve, ha kifejezett hozzájárulását adta az érzékeny adatokhoz.",
    "A személyre szabás minden fajtája csak a saját adatait használja: a megtekintéseit csak akkor, ha engedélyezi a megtekintettek alapján történő ajánlásokat, a vásárlásait csak akkor, ha engedélyezi a vásárlásai alapján történő ajánlásokat.",
    "Az ismert kiskorúak nem kapnak profilalkotáson alapuló ajánlásokat vagy hirdetéseket.",
  ],
  myData: "Ha mindent meg szeretne nézni, le szeretne tölteni vagy törölni, lépjen ide: {link}.",
  myDataLink: "Adataim",
};

/** Hungarian (magyar): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Ellenőrzési konzol",
  verifyLog: "Napló ellenőrzése",
  verifying: "Ellenőrzés…",
  logVerified: "Napló ellenőrizve",
  logVerifiedDetail:
    "{size, plural, one {# bejegyzés ellenőrizve; nem módosult.} other {# bejegyzés ellenőrizve; egyik sem módosult.}}",
  logVerifiedKinds:
    "{size, plural, one {# bejegyzés} other {# bejegyzés}} ellenőrizve ({served, plural, one {# megjelenített termék} other {# megjelenített termék}}, {consent, plural, one {# hozzájárulási esemény} other {# hozzájárulási esemény}}, {notices, plural, one {# tájékoztatás} other {# tájékoztatás}}); egyik sem módosult.",
  tampered: "Manipuláció észlelve ennél a bejegyzésnél: {index}",
  failed: "Hiba történt: {message}",
  logHeading: "Magyarázatnapló",
  chartsHeading: "Láthatóság és sokféleség",
  filters: "Szűrők",
  filterSurface: "Felület",
  filterMode: "Mód",
  filterSubject: "Személy",
  filterSearch: "Keresés",
  filterAll: "Mind",
  personalized: "Személyre szabott",
  notPersonalized: "Nem személyre szabott",
  entriesShown: "{total, plural, one {# bejegyzésből} other {# bejegyzésből}} {shown}",
  noEntries: "Nincs egyező bejegyzés.",
  logEmpty:
    "Ezen az eszközön még semmi sem jelent meg. Nyissa meg a bolt kezdőlapját vagy egy terméket; minden megjelenített ajánlás itt naplózódik.",
  pageOf: "{page}. oldal (összesen {pages})",
  previous: "Előző",
  next: "Következő",
  columns: {
    index: "Bejegyzés",
    time: "Idő",
    subject: "Személy",
    surface: "Felület",
    rank: "Helyezés",
    item: "Termék",
    mode: "Mód",
    reason: "Magyarázat",
    basis: "Jogalap",
  },
  exportJson: "Exportálás JSON-ként",
  exportCsv: "Exportálás CSV-ként",
  exposureTitle: "Láthatóság eladócsoportonként",
  exposureDescription:
    "A megjelenített termékek pozíció szerint súlyozott láthatósága, 1 / log2(helyezés + 1).",
  diversityTitle: "Kategóriák listánként",
  diversityAxisY: "Kategóriák",
  diversityAxisX: "Listák, a legújabb jobbra",
  diversityDescription:
    "Átlagosan {mean} különböző kategória listánként, {slates, plural, one {# lista} other {# lista}} alapján.",
};

/** Hungarian (magyar): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Ellenőrzési nézetek",
  tabLog: "Napló",
  tabMeasurement: "Mérés",
  loading: "A mérés számítása…",
  failed: "A mérést nem sikerült kiszámítani: {message}",
  summaryHeading: "Összegzés",
  raised:
    "A személyre szabás {lift} értékkel növelte az átkattintási arányt ({confidence} KI: {low} – {high}) a nem személyre szabott kontrollcsoporthoz képest.",
  lowered:
    "A személyre szabás {lift} értékkel csökkentette az átkattintási arányt ({confidence} KI: {low} – {high}) a nem személyre szabott kontrollcsoporthoz képest.",
  noDifference:
    "Nincs szignifikáns különbség az átkattintási arányban a személyre szabás és a nem személyre szabott kontrollcsoport között (változás {lift}, {confidence} KI: {low} – {high}).",
  noData: "Még nincs elég adat a csoportok átkattintási arányának összehasonlításához.",
  liftHeading: "Változás a kontrollcsoporthoz képest",
  liftTitle: "A személyre szabás hatása a nem személyre szabott kontrollcsoporthoz képest",
  liftDescription:
    "Az egyes látogatónkénti arányok relatív változása {confidence} konfidenciaintervallummal; a vonal a 0%-ot jelöli (nincs különbség).",
  liftCaption: "Látogatónkénti arányok: {treatment} és {control} összevetése",
  metrics: {
    click: "Átkattintási arány",
    addToCart: "Kosárba helyezés",
    conversion: "Konverzió",
    firstDayEngagement: "Első napi aktivitás",
    repeatPurchase: "Ismételt vásárlás",
  },
  liftColumns: {
    metric: "Mutató",
    control: "Kontrollcsoport",
    treatment: "Tesztcsoport",
    lift: "Változás",
    interval: "Konfidenciaintervallum",
    pValue: "p-érték",
  },
  rateCell: "{rate} ({visitors} látogatóból {successes})",
  undefinedLift: "még nincs elég adat",
  driftHeading: "Eltolódás",
  driftTitle: "Az átkattintási arány alakulása a(z) {arm} csoportban",
  driftDescription:
    "Óránkénti gördülő átkattintási arány a(z) {baseline} alapértékhez és a(z) {line} eltolódási határhoz képest; {events, plural, one {# eltolódási esemény} other {# eltolódási esemény}}.",
  baseline: "Alapérték",
  driftLine: "Eltolódási határ",
  eventsCaption: "Eltolódási események",
  eventColumns: {
    time: "Idő",
    metric: "Mutató",
    arm: "Csoport",
    baseline: "Alapérték",
    observed: "Mért érték",
    drop: "Csökkenés",
  },
  noEvents: "Nem észleltünk eltolódást.",
};

/** Hungarian (magyar): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Szűrőbuborék",
  title: "Szűrőbuborék",
  summary:
    "{days, plural, one {# nap} other {# nap}} alatt az egyes vásárlóknak megjelenített kategóriák entrópiája {first} bitről {last} bitre változott; az utolsó napon a visszatérő vásárlók által látottak {outside} része esett kívül az először nekik mutatott kategóriákon.",
  entropyChart: "Változatosság vásárlónként (entrópia, bit) és az első kategóriákon kívüli arány, naponként",
  providerChart: "Láthatóság szolgáltatónként, naponként",
  day: "Nap",
  slates: "Listák",
  entropy: "Entrópia vásárlónként (bit)",
  outside: "Az első kategóriákon kívül",
  providerGini: "Szolgáltatói Gini-együttható",
  empty: "A naplóban még nincsenek megjelenített listák: böngésszen a boltban, majd térjen vissza.",
};
