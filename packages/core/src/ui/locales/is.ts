/** Icelandic (íslenska) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Icelandic (íslenska): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Persónuverndarval þitt",
  optIn:
    "Við viljum gjarnan nota virkni þína í þessari verslun til að sérsníða það sem þú sérð. Ekkert persónulegt er notað fyrr en þú velur, og verslunin virkar að fullu hvort sem er.",
  optOut:
    "Við notum virkni þína í þessari verslun til að sérsníða það sem þú sérð og deilum henni vegna sérsniðinna auglýsinga, nema þú afþakkir það. Viðkvæmar persónuupplýsingar eru aðeins notaðar ef þú leyfir það. Verslunin virkar að fullu hvort sem er.",
  purposes: "Það sem við spyrjum um: {purposes}.",
  privacyPolicy: "Persónuverndarstefna",
  acceptAll: "Samþykkja allt",
  rejectAll: "Hafna öllu",
  customize: "Sérsníða",
  doNotSell: "Ekki selja eða deila persónuupplýsingum mínum",
  limitSensitive: "Takmarka notkun viðkvæmra persónuupplýsinga minna",
};

/** Icelandic (íslenska): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Persónuverndarstillingar",
  intro: "Veldu hvað má nota. Þú getur breytt þessu hvenær sem er í síðufætinum.",
  save: "Vista val",
  close: "Loka",
  alwaysOn: "Alltaf virkt",
  on: "Kveikt",
  off: "Slökkt",
  acceptAll: "Samþykkja allt",
  rejectAll: "Hafna öllu",
  dataUsed: "Notaðar upplýsingar",
  legalBasis: "Lagagrundvöllur",
  bases: {
    consent: "samþykki þitt",
    "explicit-consent": "afdráttarlaust samþykki þitt",
    contract: "nauðsynlegt til að veita þjónustu verslunarinnar",
    "legal-obligation": "lagaskylda",
    "legitimate-interest": "lögmætir hagsmunir",
  },
};

/** Icelandic (íslenska): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "það sem þú skoðar og smellir á",
    "pd:SearchHistory": "það sem þú leitar að",
    "pd:Purchase": "það sem þú kaupir",
    "pd:Rating": "einkunnirnar þínar",
    "pd:DeviceBased": "gerð tækisins þíns",
    "pd:Location": "svæðið þitt",
    "candor:TimeOfDay": "tími dags",
    "pd:Age": "aldurshópurinn þinn",
    "pd:EmailAddress": "netfangið þitt",
    "candor:Cart": "karfan þín",
    "candor:ConsentRecord": "persónuverndarval þitt",
    "pd:Health": "heilsufar",
    "pd:Religion": "trúar- eða lífsskoðanir",
    "pd:Sexuality": "kynlíf eða kynhneigð",
    "pd:PoliticalOpinion": "stjórnmálaskoðanir",
    "pd:EthnicOrigin": "kynþáttur eða þjóðernislegur uppruni",
    "pd:Biometric": "lífkennaupplýsingar",
    "pd:Genetic": "erfðafræðilegar upplýsingar",
    "pd:TradeUnionMembership": "aðild að stéttarfélagi",
    "candor:UnclassifiedSpecialCategory": "aðrar viðkvæmar upplýsingar",
  },
};

/** Icelandic (íslenska): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Persónuverndarval",
  privacySettings: "Persónuverndarstillingar",
  doNotSell: "Ekki selja eða deila persónuupplýsingum mínum",
  gpcHonored: "Orðið við beiðni um afþökkun",
  optedOut: "Búið: persónuupplýsingar þínar eru ekki lengur seldar eða þeim deilt.",
};

/** Icelandic (íslenska): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Takmarka notkun viðkvæmra persónuupplýsinga minna",
  limitSensitiveOn: "Viðkvæmar persónuupplýsingar þínar eru ekki notaðar í tillögur.",
};

/** Icelandic (íslenska): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Stillingar tillagna",
  settingsToggle: "Stillingar raðarinnar",
  personalized: "Sérsniðið",
  notPersonalized: "Ekki sérsniðið",
  variety: "Fjölbreytni",
  varietyHint: "Meiri fjölbreytni blandar inn öðrum flokkum, minna þekktum vörum og óháðum seljendum.",
  varietyValue: "{value}%",
  modePersonalized: "Sérsniðið: notar aðeins þær upplýsingar sem þú leyfðir.",
  modeNotPersonalizedChosen:
    "Ekki sérsniðið, eins og þú valdir: vinsælar vörur, engar persónuupplýsingar notaðar.",
  modeNotPersonalizedConsent:
    "Ekki sérsniðið: þú hefur ekki leyft sérsnið, svo engar persónuupplýsingar eru notaðar.",
  modeNotPersonalizedOther: "Ekki sérsniðið eins og er: vinsælar vörur, engar persónuupplýsingar notaðar.",
  empty: "Ekkert til að mæla með hér eins og er.",
  personalizedNeedsConsent: "Leyfðu það í persónuverndarstillingunum til að sérsníða þessa röð.",
  personalizedUnavailable: "Sérsnið er ekki í boði fyrir þessa röð eins og er.",
  updated: "Búið: tillögurnar hafa verið uppfærðar.",
};

/** Icelandic (íslenska): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Af hverju sé ég þetta?",
  about: "Um vöruna {item}",
  reasonsHeading: "Af hverju þetta birtist",
  reasonShare: "{share} af stigunum",
  effectsHeading: "Hvernig listinn var jafnaður",
  dataHeading: "Upplýsingar um þig sem voru notaðar",
  noPersonalData: "Engar persónuupplýsingar um þig voru notaðar.",
  legalBasis: "Lagagrundvöllur",
  basisConsent: "{purpose}: samþykki þitt",
  controlsHeading: "Breyttu því sem þú sérð",
  close: "Loka",
};

/** Icelandic (íslenska): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Vinsælt á svæðinu {region}",
  device: "Vinsælt meðal viðskiptavina sem nota {device}",
  daypart: "Vinsælt {daypart}",
  devices: {
    mobile: "síma",
    desktop: "tölvu",
    tablet: "spjaldtölvu",
  },
  dayparts: {
    morning: "á morgnana",
    afternoon: "síðdegis",
    evening: "á kvöldin",
    night: "á nóttunni",
  },
  regions: {
    "US-CA": "Kalifornía",
  },
};

/** Icelandic (íslenska): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered: "Tillögurnar þínar ná yfir {covered} af {total, plural, one {# deild} other {# deildum}}.",
  none: "Þér hafa ekki enn verið sýndar neinar tillögur.",
  missing: "Ekki sýnt að undanförnu: {departments}.",
};

/** Icelandic (íslenska): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Gögnin mín",
  intro:
    "Sæktu allt sem þessi verslun geymir um þig sem JSON, eða eyddu því: virkni þinni, samþykkisskránni þinni og því sem var leitt af þeim.",
  stored: {
    heading: "Það sem þessi verslun geymir um þig",
    loading: "Athuga hvað er geymt…",
    events: "{count, plural, one {# aðgerð þín hér:} other {# aðgerðir þínar hér:}}",
    noEvents: "Engin virkni frá þér er geymd.",
    eventKind: "{kind}: {count} (frá {first} til {last})",
    kinds: {
      view: "Skoðaðar vörur",
      add_to_cart: "Sett í körfu",
      purchase: "Kaup",
      rating: "Einkunnir",
      search: "Leitir",
      dismiss: "Merkt sem áhugalaust",
    },
    consentHeading: "Persónuverndarval þitt í tímans rás",
    noConsent: "Þú hefur ekki valið enn.",
    consentEvent: "{date}: {type}. Kveikt: {granted}.",
    consentTypes: {
      given: "val vistað",
      refused: "hafnað",
      withdrawn: "afturkallað",
      expired: "útrunnið",
      "gpc-honored": "orðið við Global Privacy Control",
      notified: "tilkynning sýnd",
      "notice-changed": "tilkynningu breytt",
    },
    nothingGranted: "ekkert",
    derivedHeading: "Það sem var leitt af því",
    noDerived: "Án geymdrar virkni er ekkert leitt af henni.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Flytja út gögnin mín (JSON)",
  exported:
    "Útflutningurinn er tilbúinn: {events, plural, one {# atvik} other {# atvik}} og samþykkisskrá með {consentEvents, plural, one {# færslu} other {# færslum}}.",
  eraseButton: "Eyða öllu",
  eraseConfirmTitle: "Eyða öllu?",
  eraseConfirmText:
    "Þetta eyðir virkni þinni, samþykkisskránni þinni og öllu sem var leitt af þeim. Ekki er hægt að afturkalla þetta.",
  eraseConfirm: "Já, eyða öllu",
  cancel: "Hætta við",
  erased: "Öllu hefur verið eytt. Geymdu þessa kvittun til sönnunar á eyðingunni.",
  receiptTitle: "Kvittun fyrir eyðingu",
  downloadReceipt: "Sækja kvittun",
  receipt: {
    erasedAt: "Eytt",
    subject: "Dulnefni",
    events: "Eyddar aðgerðir",
    consentEvents: "Eytt persónuverndarval",
    also: "Einnig fjarlægt",
    proof: "Tætigildi eyddra færslna",
  },
  failed: "Eitthvað fór úrskeiðis: {message}",
};

/** Icelandic (íslenska): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Persónuverndarmiðstöð",
  choicesHeading: "Val þitt",
  rules: "Gildandi reglur: {rules}.",
  regimes: {
    gdpr: "Persónuverndarreglugerðin og ePrivacy (ekkert er notað fyrr en þú leyfir það)",
    cpra: "CCPA/CPRA (sérsnið þar til þú afþakkar; viðkvæmar upplýsingar aðeins ef þú leyfir það)",
    "opt-in": "ekkert er notað fyrr en þú leyfir það",
    "opt-out": "sérsnið þar til þú afþakkar",
    strictest: "ströngustu reglurnar, þar sem svæðið þitt er óþekkt (ekkert er notað fyrr en þú leyfir það)",
  },
  chosen: "Valið {date}; við spyrjum aftur eftir {expires}.",
  notChosen: "Þú hefur ekki valið enn: aðeins það sem verslunin þarfnast er notað.",
  defaults:
    "Þú hefur ekki valið enn: sjálfgefnar stillingar þessara reglna gilda, eins og talið er upp hér að neðan.",
  minor:
    "Þekktur ólögráða einstaklingur: auglýsingar byggðar á persónusniði og sala eða deiling eru óvirkar.",
  gpc: "Kveikt er á Global Privacy Control.",
  gpcHonored: "Kveikt er á Global Privacy Control og orðið hefur verið við því.",
  limited: "Notkun viðkvæmra persónuupplýsinga þinna er takmörkuð.",
  change: "Breyta vali þínu",
  on: "Kveikt",
  off: "Slökkt",
  receiptHeading: "Samþykkiskvittun",
  receiptIntro: "Kantara-samþykkiskvittun (v1.1) fyrir gildandi val þitt, gert {date}: {purposes}.",
  receiptNone: "Engin kvittun er til enn: þú hefur ekki valið.",
  nothingGranted: "ekkert",
  showReceipt: "Sýna kvittunina sem JSON",
  downloadReceipt: "Sækja samþykkiskvittunina",
  howHeading: "Hvernig tillögur virka",
  summary:
    "Vörum er raðað með því að leggja saman merkin hér að neðan, vegin eins og tilgreint er. Vörur sem ekki er hægt að selja þér (uppseldar, ekki sendar á þitt svæði, með aldurstakmarki) eru aldrei sýndar.",
  reranked: "Síðan er listinn jafnaður til að auka fjölbreytni og gæta sanngirni gagnvart óháðum seljendum.",
  parametersHeading: "Helstu þættir, mikilvægastir fyrst",
  importance: {
    main: "aðalþáttur",
    supporting: "stuðningsþáttur",
    minor: "minni háttar",
  },
  parameters: {
    hybrid:
      "Lært af mörgum viðskiptavinum: líkan af því hvaða vörur eiga saman í sögu margra viðskiptavina (aðeins tengsl sem a.m.k. fimm viðskiptavinir deila, og aðeins ef þú leyfir að lært sé af svipuðum viðskiptavinum).",
    itemKnn:
      "Þeir sem keyptu þetta keyptu líka: það sem viðskiptavinir sem keyptu eða skoðuðu sömu vörur og þú keyptu næst (aðeins tengsl sem a.m.k. fimm viðskiptavinir deila, og aðeins ef þú leyfir að lært sé af svipuðum viðskiptavinum).",
    ease: "Vörur sem eiga saman: tölfræðilíkan yfir sögu margra viðskiptavina (aðeins ef þú leyfir að lært sé af svipuðum viðskiptavinum).",
    content:
      "Svipaðar vörur: hversu nálægt vara er því sem þú skoðaðir eða keyptir hér, eftir orðum, flokki, vörumerki og verðflokki.",
    session: "Þessi heimsókn: það sem þú skoðaðir rétt í þessu.",
    search:
      "Leitir þínar: orðin sem þú leitaðir að hér, borin saman við vörurnar (aðeins ef þú leyfir tillögur út frá því sem þú skoðar).",
    context:
      "Tæki, tími dags og svæði: það sem er vinsælt á þinni gerð tækis, á þessum tíma dags eða á þínu svæði (aðeins ef þú leyfir samhengi).",
    popularity:
      "Vinsældir: hversu margir viðskiptavinir völdu vöruna nýlega (það eina sem tillögur án sérsniðs nota).",
    editorial: "Val teymisins okkar: vörur sem teymið okkar vekur athygli á.",
  },
  optionsHeading: "Það sem þú getur breytt",
  options: [
    "Sérsniðið eða Ekki sérsniðið, undir „Stillingar raðarinnar“ í hverri tillöguröð: ekki sérsniðið notar engar persónuupplýsingar, aðeins vinsældir og val teymisins okkar.",
    "Persónuverndarstillingar: kveiktu eða slökktu á hverri tegund sérsniðs hvenær sem er.",
    "Af hverju sé ég þetta?: á hverri vöru sem mælt er með, með hnöppum til að hætta að nota vöru sem þú skoðaðir, segja að þú hafir ekki áhuga eða slökkva á tegund sérsniðs.",
    "Fjölbreytni: sleði undir „Stillingar raðarinnar“ í hverri tillöguröð sem vegur nálægð við áhugamál þín á móti fjölbreytni, minna þekktum vörum og óháðum seljendum.",
  ],
  protectionsHeading: "Gildir alltaf",
  protections: [
    "Viðkvæmar vörur (til dæmis lyf og heilsa, trúmál, stjórnmál) fá aldrei forgang vegna þinnar eigin virkni, nema þú hafir veitt afdráttarlaust samþykki fyrir viðkvæmum upplýsingum.",
    "Hver tegund sérsniðs notar aðeins sínar eigin upplýsingar: það sem þú skoðar aðeins ef þú leyfir tillögur út frá því sem þú skoðar, kaup þín aðeins ef þú leyfir tillögur út frá kaupum þínum.",
    "Þekktir ólögráða einstaklingar fá engar tillögur eða auglýsingar byggðar á persónusniði.",
  ],
  myData: "Farðu á {link} til að sjá, sækja eða eyða öllu.",
  myDataLink: "Gögnin mín",
};

/** Icelandic (íslenska): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Úttektarborð",
  verifyLog: "Sannreyna skrána",
  verifying: "Sannreyni…",
  logVerified: "Skráin er sannreynd",
  logVerifiedDetail:
    "{size, plural, one {# færsla athuguð; henni var ekki breytt.} other {# færslur athugaðar; engri var breytt.}}",
  logVerifiedKinds:
    "{size, plural, one {# færsla athuguð} other {# færslur athugaðar}} ({served, plural, one {# birt vara} other {# birtar vörur}}, {consent, plural, one {# samþykkisatvik} other {# samþykkisatvik}}, {notices, plural, one {# tilkynning} other {# tilkynningar}}); engri var breytt.",
  tampered: "Fikt greint í færslu {index}",
  failed: "Eitthvað fór úrskeiðis: {message}",
  logHeading: "Skrá yfir skýringar",
  chartsHeading: "Sýnileiki og fjölbreytni",
  filters: "Síur",
  filterSurface: "Staður",
  filterMode: "Hamur",
  filterSubject: "Einstaklingur",
  filterSearch: "Leita",
  filterAll: "Allt",
  personalized: "Sérsniðið",
  notPersonalized: "Ekki sérsniðið",
  entriesShown: "{shown} af {total, plural, one {# færslu} other {# færslum}}",
  noEntries: "Engar færslur passa.",
  logEmpty:
    "Ekkert hefur enn verið birt á þessu tæki. Opnaðu forsíðu verslunarinnar eða vöru; allar tillögur sem birtast eru skráðar hér.",
  pageOf: "Síða {page} af {pages}",
  previous: "Fyrri",
  next: "Næsta",
  columns: {
    index: "Færsla",
    time: "Tími",
    subject: "Einstaklingur",
    surface: "Staður",
    rank: "Sæti",
    item: "Vara",
    mode: "Hamur",
    reason: "Skýring",
    basis: "Grundvöllur",
  },
  exportJson: "Flytja út JSON",
  exportCsv: "Flytja út CSV",
  exposureTitle: "Sýnileiki eftir seljendahópi",
  exposureDescription: "Sýnileiki birtra vara, veginn eftir sæti, 1 / log2(sæti + 1).",
  diversityTitle: "Flokkar á lista",
  diversityAxisY: "Flokkar",
  diversityAxisX: "Listar, sá nýjasti lengst til hægri",
  diversityDescription:
    "Að meðaltali {mean} ólíkir flokkar á lista, yfir {slates, plural, one {# lista} other {# lista}}.",
};

/** Icelandic (íslenska): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Úttektaryfirlit",
  tabLog: "Skrá",
  tabMeasurement: "Mæling",
  loading: "Reikna mælinguna…",
  failed: "Ekki tókst að reikna mælinguna: {message}",
  summaryHeading: "Samantekt",
  raised:
    "Sérsnið jók smellihlutfall um {lift} ({confidence} öryggisbil {low} til {high}) miðað við samanburðarhópinn án sérsniðs.",
  lowered:
    "Sérsnið lækkaði smellihlutfall um {lift} ({confidence} öryggisbil {low} til {high}) miðað við samanburðarhópinn án sérsniðs.",
  noDifference:
    "Enginn marktækur munur á smellihlutfalli milli sérsniðs og samanburðarhópsins án sérsniðs (aukning {lift}, {confidence} öryggisbil {low} til {high}).",
  noData: "Ekki nægar upplýsingar enn til að bera saman smellihlutfall hópanna.",
  liftHeading: "Aukning miðað við samanburðarhópinn",
  liftTitle: "Aukning vegna sérsniðs miðað við samanburðarhópinn án sérsniðs",
  liftDescription:
    "Hlutfallsleg aukning hvers hlutfalls á gest með {confidence} öryggisbili; línan markar 0 % (enginn munur).",
  liftCaption: "Hlutföll á gest: {treatment} á móti {control}",
  metrics: {
    click: "Smellihlutfall",
    addToCart: "Sett í körfu",
    conversion: "Kaupahlutfall",
    firstDayEngagement: "Virkni fyrsta daginn",
    repeatPurchase: "Endurtekin kaup",
  },
  liftColumns: {
    metric: "Mælikvarði",
    control: "Samanburður",
    treatment: "Tilraun",
    lift: "Aukning",
    interval: "Öryggisbil",
    pValue: "p-gildi",
  },
  rateCell: "{rate} ({successes} af {visitors})",
  undefinedLift: "ekki nægar upplýsingar enn",
  driftHeading: "Rek",
  driftTitle: "Smellihlutfall hópsins {arm} yfir tíma",
  driftDescription:
    "Hlaupandi smellihlutfall á klukkustund miðað við grunnlínuna {baseline} og rekmörkin {line}; {events, plural, one {# rekatvik} other {# rekatvik}}.",
  baseline: "Grunnlína",
  driftLine: "Rekmörk",
  eventsCaption: "Rekatvik",
  eventColumns: {
    time: "Tími",
    metric: "Mælikvarði",
    arm: "Hópur",
    baseline: "Grunnlína",
    observed: "Mælt",
    drop: "Lækkun",
  },
  noEvents: "Ekkert rek greint.",
};

/** Icelandic (íslenska): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Síubóla",
  title: "Síubóla",
  summary:
    "Á {days, plural, one {# degi} other {# dögum}} fór óreiða flokkanna sem hverjum viðskiptavini voru sýndir úr {first} í {last} bita; síðasta daginn var {outside} af því sem endurkomnir viðskiptavinir sáu utan flokkanna sem þeim voru fyrst sýndir.",
  entropyChart: "Fjölbreytni á viðskiptavin (óreiða, bitar) og hlutfall utan fyrstu flokkanna, á dag",
  providerChart: "Sýnileiki eftir birgjum, á dag",
  day: "Dagur",
  slates: "Listar",
  entropy: "Óreiða á viðskiptavin (bitar)",
  outside: "Utan fyrstu flokkanna",
  providerGini: "Gini-stuðull birgja",
  empty: "Engir birtir listar í skránni enn: skoðaðu verslunina og komdu svo aftur.",
};
