/** Maltese (Malti) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Maltese (Malti): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "L-għażliet tal-privatezza tiegħek",
  optIn:
    "Nixtiequ nużaw l-attività tiegħek f'dan il-ħanut biex nippersonalizzaw dak li tara. Xejn personali ma jintuża sakemm tagħżel, u l-ħanut jaħdem għalkollox xi tkun l-għażla tiegħek.",
  optOut:
    "Nużaw l-attività tiegħek f'dan il-ħanut biex nippersonalizzaw dak li tara u naqsmuha għar-reklamar personalizzat, sakemm ma tagħżilx li toħroġ. L-informazzjoni personali sensittiva tintuża biss jekk tippermettiha. Il-ħanut jaħdem għalkollox xi tkun l-għażla tiegħek.",
  purposes: "Dwar xiex qed nistaqsu: {purposes}.",
  privacyPolicy: "Politika tal-privatezza",
  acceptAll: "Aċċetta kollox",
  rejectAll: "Irrifjuta kollox",
  customize: "Aġġusta",
  doNotSell: "Tbigħux u taqsmux l-informazzjoni personali tiegħi",
  limitSensitive: "Illimita l-użu tal-informazzjoni personali sensittiva tiegħi",
};

/** Maltese (Malti): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Issettjar tal-privatezza",
  intro: "Agħżel x'jista' jintuża. Tista' tibdel dan meta trid minn isfel tal-paġna.",
  save: "Aħżen l-għażliet",
  close: "Agħlaq",
  alwaysOn: "Dejjem attiv",
  on: "Mixgħul",
  off: "Mitfi",
  acceptAll: "Aċċetta kollox",
  rejectAll: "Irrifjuta kollox",
  dataUsed: "Data użata",
  legalBasis: "Bażi legali",
  bases: {
    consent: "il-kunsens tiegħek",
    "explicit-consent": "il-kunsens espliċitu tiegħek",
    contract: "meħtieġ biex il-ħanut jaħdem",
    "legal-obligation": "obbligu legali",
    "legitimate-interest": "interess leġittimu",
  },
};

/** Maltese (Malti): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "dak li tara u tikklikkja fuqu",
    "pd:SearchHistory": "dak li tfittex",
    "pd:Purchase": "dak li tixtri",
    "pd:Rating": "il-valutazzjonijiet tiegħek",
    "pd:DeviceBased": "it-tip ta' apparat tiegħek",
    "pd:Location": "ir-reġjun tiegħek",
    "candor:TimeOfDay": "il-ħin tal-ġurnata",
    "pd:Age": "il-grupp tal-età tiegħek",
    "pd:EmailAddress": "l-indirizz tal-imejl tiegħek",
    "candor:Cart": "il-basket tiegħek",
    "candor:ConsentRecord": "l-għażliet tal-privatezza tiegħek",
    "pd:Health": "saħħa",
    "pd:Religion": "twemmin reliġjuż jew filosofiku",
    "pd:Sexuality": "ħajja sesswali jew orjentazzjoni sesswali",
    "pd:PoliticalOpinion": "opinjonijiet politiċi",
    "pd:EthnicOrigin": "oriġini razzjali jew etnika",
    "pd:Biometric": "data bijometrika",
    "pd:Genetic": "data ġenetika",
    "pd:TradeUnionMembership": "sħubija fi trade union",
    "candor:UnclassifiedSpecialCategory": "informazzjoni sensittiva oħra",
  },
};

/** Maltese (Malti): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Għażliet tal-privatezza",
  privacySettings: "Issettjar tal-privatezza",
  doNotSell: "Tbigħux u taqsmux l-informazzjoni personali tiegħi",
  gpcHonored: "It-talba għall-ħruġ ġiet rispettata",
  optedOut: "Lest: l-informazzjoni personali tiegħek ma għadhiex tinbiegħ jew tinqasam.",
};

/** Maltese (Malti): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Illimita l-użu tal-informazzjoni personali sensittiva tiegħi",
  limitSensitiveOn: "L-informazzjoni personali sensittiva tiegħek ma tintużax għar-rakkomandazzjonijiet.",
};

/** Maltese (Malti): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Issettjar tar-rakkomandazzjonijiet",
  settingsToggle: "Issettjar tar-ringiela",
  personalized: "Personalizzat",
  notPersonalized: "Mhux personalizzat",
  variety: "Varjetà",
  varietyHint: "Aktar varjetà żżid kategoriji oħra, prodotti inqas magħrufa u bejjiegħa indipendenti.",
  varietyValue: "{value}%",
  modePersonalized: "Personalizzat: tintuża biss id-data li ppermettejt.",
  modeNotPersonalizedChosen: "Mhux personalizzat, kif għażilt: prodotti popolari, l-ebda data personali.",
  modeNotPersonalizedConsent:
    "Mhux personalizzat: ma ppermettejtx il-personalizzazzjoni, għalhekk ma tintuża l-ebda data personali.",
  modeNotPersonalizedOther: "Mhux personalizzat bħalissa: prodotti popolari, l-ebda data personali.",
  empty: "M'hemm xejn x'nirrakkomandaw hawn bħalissa.",
  personalizedNeedsConsent: "Biex tippersonalizza din ir-ringiela, ippermettiha fl-issettjar tal-privatezza.",
  personalizedUnavailable: "Il-personalizzazzjoni mhijiex disponibbli għal din ir-ringiela bħalissa.",
  updated: "Lest: ir-rakkomandazzjonijiet ġew aġġornati.",
};

/** Maltese (Malti): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Għaliex qed nara dan?",
  about: "Dwar {item}",
  reasonsHeading: "Għaliex qed jintwera",
  reasonShare: "{share} tal-punteġġ",
  effectsHeading: "Kif ġiet ibbilanċjata l-lista",
  dataHeading: "Id-data tiegħek li ntużat",
  noPersonalData: "Ma ntużat l-ebda data personali tiegħek.",
  legalBasis: "Bażi legali",
  basisConsent: "{purpose}: il-kunsens tiegħek",
  controlsHeading: "Biddel dak li tara",
  close: "Agħlaq",
};

/** Maltese (Malti): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Popolari f'{region}",
  device: "Popolari fost il-klijenti {device}",
  daypart: "Popolari {daypart}",
  devices: {
    mobile: "fuq il-mowbajl",
    desktop: "fuq il-kompjuter",
    tablet: "fuq it-tablet",
  },
  dayparts: {
    morning: "filgħodu",
    afternoon: "wara nofsinhar",
    evening: "filgħaxija",
    night: "bil-lejl",
  },
  regions: {
    "US-CA": "Kalifornja",
  },
};

/** Maltese (Malti): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Ir-rakkomandazzjonijiet tiegħek ikopru {covered} minn {total, plural, one {# dipartiment} two {# dipartimenti} few {# dipartimenti} many {# dipartiment} other {# dipartiment}}.",
  none: "Għad ma ntwerewlek l-ebda rakkomandazzjonijiet.",
  missing: "Ma ntwerewx dan l-aħħar: {departments}.",
};

/** Maltese (Malti): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Id-data tiegħi",
  intro:
    "Niżżel kull ma jżomm dan il-ħanut dwarek bħala JSON, jew ħassru: l-attività tiegħek, ir-rekord tal-kunsens tiegħek u dak li ġie dedott minnhom.",
  stored: {
    heading: "X'iżomm dan il-ħanut dwarek",
    loading: "Qed infittxu x'hemm maħżun…",
    events:
      "{count, plural, one {# azzjoni li għamilt hawn:} two {# azzjonijiet li għamilt hawn:} few {# azzjonijiet li għamilt hawn:} many {# azzjoni li għamilt hawn:} other {# azzjoni li għamilt hawn:}}",
    noEvents: "L-ebda attività tiegħek mhi maħżuna.",
    eventKind: "{kind}: {count} (minn {first} sa {last})",
    kinds: {
      view: "Prodotti li rajt",
      add_to_cart: "Miżjuda mal-basket",
      purchase: "Xiri",
      rating: "Valutazzjonijiet",
      search: "Tfittxijiet",
      dismiss: "Immarkati bħala mhux ta' interess",
    },
    consentHeading: "L-għażliet tal-privatezza tiegħek matul iż-żmien",
    noConsent: "Għadek ma għamilt l-ebda għażla.",
    consentEvent: "{date}: {type}. Mixgħul: {granted}.",
    consentTypes: {
      given: "għażla maħżuna",
      refused: "irrifjutat",
      withdrawn: "irtirat",
      expired: "skadut",
      "gpc-honored": "Global Privacy Control rispettat",
      notified: "avviż muri",
      "notice-changed": "avviż mibdul",
    },
    nothingGranted: "xejn",
    derivedHeading: "X'ġie dedott minnha",
    noDerived: "Xejn ma jiġi dedott mingħajr attività maħżuna.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Esporta d-data tiegħi (JSON)",
  exported:
    "L-esportazzjoni tiegħek lesta: {events, plural, one {# avveniment} two {# avvenimenti} few {# avvenimenti} many {# avveniment} other {# avveniment}} u rekord tal-kunsens b'{consentEvents, plural, one {# entrata} two {# entrati} few {# entrati} many {# entrata} other {# entrata}}.",
  eraseButton: "Ħassar kollox",
  eraseConfirmTitle: "Tħassar kollox?",
  eraseConfirmText:
    "Dan iħassar l-attività tiegħek, ir-rekord tal-kunsens tiegħek u kull ma ġie dedott minnhom. Ma jistax jitreġġa' lura.",
  eraseConfirm: "Iva, ħassar kollox",
  cancel: "Ikkanċella",
  erased: "Kollox tħassar. Żomm din l-irċevuta bħala prova tat-tħassir.",
  receiptTitle: "Irċevuta tat-tħassir",
  downloadReceipt: "Niżżel l-irċevuta",
  receipt: {
    erasedAt: "Imħassar fi",
    subject: "Psewdonimu",
    events: "Attivitajiet imħassra",
    consentEvents: "Għażliet tal-privatezza mħassra",
    also: "Tneħħew ukoll",
    proof: "Sommarju kriptografiku tar-rekords imħassra",
  },
  failed: "Xi ħaġa marret ħażin: {message}",
};

/** Maltese (Malti): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Ċentru tal-privatezza",
  choicesHeading: "L-għażliet tiegħek",
  rules: "Ir-regoli fis-seħħ: {rules}.",
  regimes: {
    gdpr: "GDPR u ePrivacy (xejn ma jintuża sakemm tippermettih)",
    cpra: "CCPA/CPRA (personalizzazzjoni sakemm tagħżel li toħroġ; data sensittiva biss jekk tippermettiha)",
    "opt-in": "xejn ma jintuża sakemm tippermettih",
    "opt-out": "personalizzazzjoni sakemm tagħżel li toħroġ",
    strictest:
      "l-aktar regoli stretti, għax ir-reġjun tiegħek mhux magħruf (xejn ma jintuża sakemm tippermettih)",
  },
  chosen: "Magħżul: {date}; nerġgħu nistaqsu wara {expires}.",
  notChosen: "Għadek ma għażiltx: jintuża biss dak li għandu bżonn il-ħanut.",
  defaults: "Għadek ma għażiltx: japplika l-issettjar awtomatiku ta' dawn ir-regoli, kif imniżżel hawn taħt.",
  minor: "Minorenni magħruf: ir-reklamar ibbażat fuq il-profilar u l-bejgħ jew il-qsim huma mitfija.",
  gpc: "Global Privacy Control huwa mixgħul.",
  gpcHonored: "Global Privacy Control huwa mixgħul u ġie rispettat.",
  limited: "L-użu tal-informazzjoni personali sensittiva tiegħek huwa limitat.",
  change: "Biddel l-għażliet tiegħek",
  on: "Mixgħul",
  off: "Mitfi",
  receiptHeading: "Irċevuta tal-kunsens",
  receiptIntro: "Irċevuta tal-Kunsens Kantara (v1.1) tal-għażla attwali tiegħek ({date}): {purposes}.",
  receiptNone: "Għad m'hemm l-ebda irċevuta: għadek ma għamilt l-ebda għażla.",
  nothingGranted: "xejn",
  showReceipt: "Uri l-irċevuta bħala JSON",
  downloadReceipt: "Niżżel l-irċevuta tal-kunsens",
  howHeading: "Kif jaħdmu r-rakkomandazzjonijiet",
  summary:
    "Il-prodotti jiġu kklassifikati billi jingħaddu s-sinjali ta' hawn taħt, ippeżati kif imniżżel. Il-prodotti li ma jistgħux jinbigħulek (mhux fl-istokk, mhux mibgħuta lejn ir-reġjun tiegħek, b'restrizzjoni tal-età) qatt ma jintwerew.",
  reranked: "Imbagħad il-lista tiġi bbilanċjata għall-varjetà u biex tkun ġusta mal-bejjiegħa indipendenti.",
  parametersHeading: "Il-parametri ewlenin, l-aktar importanti l-ewwel",
  importance: {
    main: "ewlieni",
    supporting: "sekondarju",
    minor: "żgħir",
  },
  parameters: {
    hybrid:
      "Mitgħallem minn ħafna klijenti: mudell ta' liema prodotti jmorru flimkien fl-istorja ta' ħafna klijenti (biss rabtiet komuni għal mill-inqas ħames klijenti, u biss jekk tippermetti t-tagħlim minn klijenti simili).",
    itemKnn:
      "Il-klijenti li xtraw dan xtraw ukoll: x'xtraw wara l-klijenti li xtraw jew raw l-istess prodotti bħalek (biss rabtiet komuni għal mill-inqas ħames klijenti, u biss jekk tippermetti t-tagħlim minn klijenti simili).",
    ease: "Prodotti li jmorru flimkien: mudell statistiku fuq l-istorja ta' ħafna klijenti (biss jekk tippermetti t-tagħlim minn klijenti simili).",
    content:
      "Prodotti simili: kemm prodott huwa qrib dak li rajt jew xtrajt hawn, skont il-kliem, il-kategorija, il-marka u l-firxa tal-prezz tiegħu.",
    session: "Din iż-żjara: dak li għadek kif rajt.",
    search:
      "It-tfittxijiet tiegħek: il-kliem li fittixt hawn, imqabbel mal-prodotti (biss jekk tippermetti rakkomandazzjonijiet minn dak li tara).",
    context:
      "Apparat, ħin tal-ġurnata u reġjun: x'inhu popolari fuq it-tip ta' apparat tiegħek, f'dan il-ħin tal-ġurnata jew fir-reġjun tiegħek (biss jekk tippermetti l-kuntest).",
    popularity:
      "Popolarità: kemm klijenti għażlu l-prodott dan l-aħħar (l-uniku ħaġa li jużaw ir-rakkomandazzjonijiet mhux personalizzati).",
    editorial: "L-għażliet tat-tim tagħna: prodotti li t-tim tagħna jenfasizza.",
  },
  optionsHeading: "X'tista' tibdel",
  options: [
    "Personalizzat jew Mhux personalizzat, taħt “Issettjar tar-ringiela” fuq kull ringiela ta' rakkomandazzjonijiet: mhux personalizzat ma juża l-ebda data personali, biss il-popolarità u l-għażliet tat-tim tagħna.",
    "Issettjar tal-privatezza: ixgħel jew itfi kull tip ta' personalizzazzjoni meta trid.",
    "Għaliex qed nara dan?: fuq kull prodott rakkomandat, b'kontrolli biex tieqaf tuża prodott li rajt, tgħid li ma jinteressakx, jew titfi tip ta' personalizzazzjoni.",
    "Varjetà: slajder taħt “Issettjar tar-ringiela” fuq kull ringiela ta' rakkomandazzjonijiet li jpartat il-qrubija mal-interessi tiegħek ma' varjetà, prodotti inqas magħrufa u bejjiegħa indipendenti.",
  ],
  protectionsHeading: "Dejjem applikat",
  protections: [
    "Il-prodotti sensittivi (pereżempju spiżerija u saħħa, reliġjon, politika) qatt ma jingħataw prominenza mill-attività tiegħek stess, sakemm ma tajtx kunsens espliċitu għad-data sensittiva.",
    "Kull tip ta' personalizzazzjoni juża biss id-data tiegħu: dak li tara biss jekk tippermetti rakkomandazzjonijiet minn dak li tara, ix-xiri tiegħek biss jekk tippermetti rakkomandazzjonijiet mix-xiri tiegħek.",
    "Il-minorenni magħrufa ma jirċievu l-ebda rakkomandazzjoni jew reklam ibbażat fuq il-profilar.",
  ],
  myData: "Biex tara, tniżżel jew tħassar kollox, mur fuq {link}.",
  myDataLink: "Id-data tiegħi",
};

/** Maltese (Malti): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Konsola tal-verifika",
  verifyLog: "Ivverifika r-reġistru",
  verifying: "Qed jiġi vverifikat…",
  logVerified: "Ir-reġistru ġie vverifikat",
  logVerifiedDetail:
    "{size, plural, one {Ġiet iċċekkjata # entrata; ma nbidlitx.} two {Ġew iċċekkjati # entrati; l-ebda waħda ma nbidlet.} few {Ġew iċċekkjati # entrati; l-ebda waħda ma nbidlet.} many {Ġew iċċekkjati # entrata; l-ebda waħda ma nbidlet.} other {Ġew iċċekkjati # entrata; l-ebda waħda ma nbidlet.}}",
  logVerifiedKinds:
    "{size, plural, one {Ġiet iċċekkjata # entrata} two {Ġew iċċekkjati # entrati} few {Ġew iċċekkjati # entrati} many {Ġew iċċekkjati # entrata} other {Ġew iċċekkjati # entrata}} ({served, plural, one {# oġġett muri} two {# oġġetti murija} few {# oġġetti murija} many {# oġġett muri} other {# oġġett muri}}, {consent, plural, one {# avveniment ta' kunsens} two {# avvenimenti ta' kunsens} few {# avvenimenti ta' kunsens} many {# avveniment ta' kunsens} other {# avveniment ta' kunsens}}, {notices, plural, one {# avviż} two {# avviżi} few {# avviżi} many {# avviż} other {# avviż}}); l-ebda waħda ma nbidlet.",
  tampered: "Instab tbagħbis fl-entrata {index}",
  failed: "Xi ħaġa marret ħażin: {message}",
  logHeading: "Reġistru tal-ispjegazzjonijiet",
  chartsHeading: "Esponiment u diversità",
  filters: "Filtri",
  filterSurface: "Post",
  filterMode: "Modalità",
  filterSubject: "Persuna",
  filterSearch: "Fittex",
  filterAll: "Kollha",
  personalized: "Personalizzat",
  notPersonalized: "Mhux personalizzat",
  entriesShown:
    "{shown} minn {total, plural, one {# entrata} two {# entrati} few {# entrati} many {# entrata} other {# entrata}}",
  noEntries: "L-ebda entrata ma taqbel.",
  logEmpty:
    "Għad ma ntwera xejn fuq dan l-apparat. Iftaħ il-paġna ewlenija tal-ħanut jew prodott; kull rakkomandazzjoni murija tiġi rreġistrata hawn.",
  pageOf: "Paġna {page} minn {pages}",
  previous: "Ta' qabel",
  next: "Li jmiss",
  columns: {
    index: "Entrata",
    time: "Ħin",
    subject: "Persuna",
    surface: "Post",
    rank: "Pożizzjoni",
    item: "Oġġett",
    mode: "Modalità",
    reason: "Spjegazzjoni",
    basis: "Bażi",
  },
  exportJson: "Esporta JSON",
  exportCsv: "Esporta CSV",
  exposureTitle: "Esponiment skont il-grupp tal-bejjiegħa",
  exposureDescription:
    "Esponiment ippeżat skont il-pożizzjoni, 1 / log2(pożizzjoni + 1), tal-oġġetti murija.",
  diversityTitle: "Kategoriji għal kull lista",
  diversityAxisY: "Kategoriji",
  diversityAxisX: "Listi, l-aktar riċenti fuq il-lemin",
  diversityDescription:
    "Bħala medja {mean} kategoriji differenti għal kull lista, fuq {slates, plural, one {# lista} two {# listi} few {# listi} many {# lista} other {# lista}}.",
};

/** Maltese (Malti): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Veduti tal-verifika",
  tabLog: "Reġistru",
  tabMeasurement: "Kejl",
  loading: "Qed jiġi kkalkulat il-kejl…",
  failed: "Il-kejl ma setax jiġi kkalkulat: {message}",
  summaryHeading: "Sommarju",
  raised:
    "Il-personalizzazzjoni żiedet ir-rata tal-klikks b'{lift} (intervall ta' kunfidenza {confidence}: {low} sa {high}) meta mqabbla mal-grupp ta' kontroll mhux personalizzat.",
  lowered:
    "Il-personalizzazzjoni naqqset ir-rata tal-klikks b'{lift} (intervall ta' kunfidenza {confidence}: {low} sa {high}) meta mqabbla mal-grupp ta' kontroll mhux personalizzat.",
  noDifference:
    "L-ebda differenza sinifikanti fir-rata tal-klikks bejn il-personalizzazzjoni u l-grupp ta' kontroll mhux personalizzat (bidla {lift}, intervall ta' kunfidenza {confidence}: {low} sa {high}).",
  noData: "Għad m'hemmx biżżejjed data biex titqabbel ir-rata tal-klikks bejn il-gruppi.",
  liftHeading: "Bidla meta mqabbla mal-grupp ta' kontroll",
  liftTitle: "Bidla minħabba l-personalizzazzjoni meta mqabbla mal-grupp ta' kontroll mhux personalizzat",
  liftDescription:
    "Bidla relattiva ta' kull rata għal kull viżitatur bl-intervall ta' kunfidenza ta' {confidence}; il-linja timmarka 0% (l-ebda differenza).",
  liftCaption: "Rati għal kull viżitatur: {treatment} meta mqabbel ma' {control}",
  metrics: {
    click: "Rata tal-klikks",
    addToCart: "Żieda mal-basket",
    conversion: "Konverżjoni",
    firstDayEngagement: "Involviment fl-ewwel jum",
    repeatPurchase: "Xiri ripetut",
  },
  liftColumns: {
    metric: "Metrika",
    control: "Grupp ta' kontroll",
    treatment: "Grupp tat-test",
    lift: "Bidla",
    interval: "Intervall ta' kunfidenza",
    pValue: "Valur p",
  },
  rateCell: "{rate} ({successes} minn {visitors})",
  undefinedLift: "għad m'hemmx biżżejjed data",
  driftHeading: "Devjazzjoni",
  driftTitle: "Ir-rata tal-klikks tal-grupp {arm} matul iż-żmien",
  driftDescription:
    "Rata tal-klikks kull siegħa, medja mxerrda, meta mqabbla mal-linja bażi {baseline} u mal-limitu tad-devjazzjoni {line}; {events, plural, one {# avveniment ta' devjazzjoni} two {# avvenimenti ta' devjazzjoni} few {# avvenimenti ta' devjazzjoni} many {# avveniment ta' devjazzjoni} other {# avveniment ta' devjazzjoni}}.",
  baseline: "Linja bażi",
  driftLine: "Limitu tad-devjazzjoni",
  eventsCaption: "Avvenimenti ta' devjazzjoni",
  eventColumns: {
    time: "Ħin",
    metric: "Metrika",
    arm: "Grupp",
    baseline: "Linja bażi",
    observed: "Osservat",
    drop: "Tnaqqis",
  },
  noEvents: "Ma nstabet l-ebda devjazzjoni.",
};

/** Maltese (Malti): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Bużżieqa tal-filtri",
  title: "Bużżieqa tal-filtri",
  summary:
    "Matul {days, plural, one {# jum} two {# ijiem} few {# ijiem} many {# jum} other {# jum}} l-entropija tal-kategoriji murija lil kull klijent marret minn {first} għal {last} bit; fl-aħħar jum {outside} minn dak li raw il-klijenti li reġgħu ġew kien barra l-kategoriji li ntwerewlhom l-ewwel.",
  entropyChart: "Varjetà għal kull klijent (entropija, bit) u s-sehem barra l-ewwel kategoriji, kuljum",
  providerChart: "Esponiment skont il-fornitur, kuljum",
  day: "Jum",
  slates: "Listi",
  entropy: "Entropija għal kull klijent (bits)",
  outside: "Barra l-ewwel kategoriji",
  providerGini: "Koeffiċjent Gini tal-fornituri",
  empty: "Għad m'hemm l-ebda lista fir-reġistru: dur il-ħanut, imbagħad erġa' lura.",
};
