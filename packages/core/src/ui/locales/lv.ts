/** Latvian (latviešu) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Latvian (latviešu): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Jūsu privātuma izvēles",
  optIn:
    "Mēs vēlētos izmantot jūsu darbības šajā veikalā, lai personalizētu to, ko redzat. Līdz jūsu izvēlei nekas personisks netiek izmantots, un veikals jebkurā gadījumā darbojas pilnībā.",
  optOut:
    "Mēs izmantojam jūsu darbības šajā veikalā, lai personalizētu to, ko redzat, un kopīgojam tās personalizētai reklāmai, ja vien no tā neatsakāties. Sensitīva personiskā informācija tiek izmantota tikai tad, ja to atļaujat. Veikals jebkurā gadījumā darbojas pilnībā.",
  purposes: "Par ko jautājam: {purposes}.",
  privacyPolicy: "Privātuma politika",
  acceptAll: "Pieņemt visu",
  rejectAll: "Noraidīt visu",
  customize: "Pielāgot",
  doNotSell: "Nepārdot un nekopīgot manu personisko informāciju",
  limitSensitive: "Ierobežot manas sensitīvās personiskās informācijas izmantošanu",
};

/** Latvian (latviešu): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Privātuma iestatījumi",
  intro: "Izvēlieties, ko drīkst izmantot. To var jebkurā laikā mainīt lapas kājenē.",
  save: "Saglabāt izvēli",
  close: "Aizvērt",
  alwaysOn: "Vienmēr ieslēgts",
  on: "Ieslēgts",
  off: "Izslēgts",
  acceptAll: "Pieņemt visu",
  rejectAll: "Noraidīt visu",
  dataUsed: "Izmantotie dati",
  legalBasis: "Tiesiskais pamats",
  bases: {
    consent: "jūsu piekrišana",
    "explicit-consent": "jūsu nepārprotama piekrišana",
    contract: "nepieciešams veikala darbībai",
    "legal-obligation": "juridisks pienākums",
    "legitimate-interest": "leģitīmās intereses",
  },
};

/** Latvian (latviešu): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "ko skatāt un uz ko noklikšķināt",
    "pd:SearchHistory": "ko meklējat",
    "pd:Purchase": "ko pērkat",
    "pd:Rating": "jūsu vērtējumi",
    "pd:DeviceBased": "jūsu ierīces veids",
    "pd:Location": "jūsu reģions",
    "candor:TimeOfDay": "diennakts laiks",
    "pd:Age": "jūsu vecuma grupa",
    "pd:EmailAddress": "jūsu e-pasta adrese",
    "candor:Cart": "jūsu grozs",
    "candor:ConsentRecord": "jūsu privātuma izvēles",
    "pd:Health": "veselība",
    "pd:Religion": "reliģiskā vai filozofiskā pārliecība",
    "pd:Sexuality": "dzimumdzīve vai seksuālā orientācija",
    "pd:PoliticalOpinion": "politiskie uzskati",
    "pd:EthnicOrigin": "rases vai etniskā piederība",
    "pd:Biometric": "biometriskie dati",
    "pd:Genetic": "ģenētiskie dati",
    "pd:TradeUnionMembership": "dalība arodbiedrībās",
    "candor:UnclassifiedSpecialCategory": "cita sensitīva informācija",
  },
};

/** Latvian (latviešu): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Privātuma izvēles",
  privacySettings: "Privātuma iestatījumi",
  doNotSell: "Nepārdot un nekopīgot manu personisko informāciju",
  gpcHonored: "Atteikšanās pieprasījums izpildīts",
  optedOut: "Gatavs: jūsu personiskā informācija vairs netiek pārdota vai kopīgota.",
};

/** Latvian (latviešu): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Ierobežot manas sensitīvās personiskās informācijas izmantošanu",
  limitSensitiveOn: "Jūsu sensitīvā personiskā informācija netiek izmantota ieteikumiem.",
};

/** Latvian (latviešu): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Ieteikumu iestatījumi",
  settingsToggle: "Rindas iestatījumi",
  personalized: "Personalizēts",
  notPersonalized: "Nepersonalizēts",
  variety: "Daudzveidība",
  varietyHint:
    "Lielāka daudzveidība piejauc citas kategorijas, mazāk zināmas preces un neatkarīgus pārdevējus.",
  varietyValue: "{value}%",
  modePersonalized: "Personalizēts: tiek izmantoti tikai jūsu atļautie dati.",
  modeNotPersonalizedChosen: "Nepersonalizēts, kā izvēlējāties: populāras preces, bez personas datiem.",
  modeNotPersonalizedConsent:
    "Nepersonalizēts: personalizācija nav atļauta, tāpēc netiek izmantoti nekādi personas dati.",
  modeNotPersonalizedOther: "Pašlaik nepersonalizēts: populāras preces, bez personas datiem.",
  empty: "Pašlaik šeit nav ko ieteikt.",
  personalizedNeedsConsent: "Lai personalizētu šo rindu, atļaujiet to privātuma iestatījumos.",
  personalizedUnavailable: "Personalizācija šai rindai pašlaik nav pieejama.",
  updated: "Gatavs: ieteikumi ir atjaunināti.",
};

/** Latvian (latviešu): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Kāpēc es to redzu?",
  about: "Par preci {item}",
  reasonsHeading: "Kāpēc tas tiek rādīts",
  reasonShare: "{share} no vērtējuma",
  effectsHeading: "Kā saraksts tika līdzsvarots",
  dataHeading: "Izmantotie jūsu dati",
  noPersonalData: "Netika izmantoti nekādi jūsu personas dati.",
  legalBasis: "Tiesiskais pamats",
  basisConsent: "{purpose}: jūsu piekrišana",
  controlsHeading: "Mainiet to, ko redzat",
  close: "Aizvērt",
};

/** Latvian (latviešu): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Populārs reģionā: {region}",
  device: "Populārs pircēju vidū, kas izmanto {device}",
  daypart: "Populārs {daypart}",
  devices: {
    mobile: "tālruni",
    desktop: "datoru",
    tablet: "planšetdatoru",
  },
  dayparts: {
    morning: "no rīta",
    afternoon: "pēcpusdienā",
    evening: "vakarā",
    night: "naktī",
  },
  regions: {
    "US-CA": "Kalifornija",
  },
};

/** Latvian (latviešu): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Jūsu ieteikumi aptver {covered} no {total, plural, zero {# nodaļām} one {# nodaļas} other {# nodaļām}}.",
  none: "Jums vēl nav rādīti nekādi ieteikumi.",
  missing: "Pēdējā laikā nav rādīts: {departments}.",
};

/** Latvian (latviešu): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Mani dati",
  intro:
    "Lejupielādējiet visu, ko šis veikals glabā par jums, JSON formātā vai izdzēsiet to: jūsu darbības, jūsu piekrišanas ierakstu un no tiem atvasināto.",
  stored: {
    heading: "Ko šis veikals glabā par jums",
    loading: "Meklējam, kas ir saglabāts…",
    events:
      "{count, plural, zero {# jūsu darbības šeit:} one {# jūsu darbība šeit:} other {# jūsu darbības šeit:}}",
    noEvents: "Netiek glabātas nekādas jūsu darbības.",
    eventKind: "{kind}: {count} (no {first} līdz {last})",
    kinds: {
      view: "Skatītās preces",
      add_to_cart: "Pievienots grozam",
      purchase: "Pirkumi",
      rating: "Vērtējumi",
      search: "Meklējumi",
      dismiss: "Atzīmēts kā neinteresants",
    },
    consentHeading: "Jūsu privātuma izvēles laika gaitā",
    noConsent: "Izvēle vēl nav izdarīta.",
    consentEvent: "{date}: {type}. Ieslēgts: {granted}.",
    consentTypes: {
      given: "izvēle saglabāta",
      refused: "noraidīts",
      withdrawn: "atsaukts",
      expired: "beidzies derīgums",
      "gpc-honored": "Global Privacy Control ievērots",
      notified: "paziņojums parādīts",
      "notice-changed": "paziņojums mainīts",
    },
    nothingGranted: "nekas",
    derivedHeading: "Kas no tā atvasināts",
    noDerived: "Bez saglabātām darbībām nekas netiek atvasināts.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Eksportēt manus datus (JSON)",
  exported:
    "Jūsu eksports ir gatavs: {events, plural, zero {# notikumi} one {# notikums} other {# notikumi}} un piekrišanas ieraksts ar {consentEvents, plural, zero {# ierakstiem} one {# ierakstu} other {# ierakstiem}}.",
  eraseButton: "Dzēst visu",
  eraseConfirmTitle: "Dzēst visu?",
  eraseConfirmText:
    "Tiks izdzēstas jūsu darbības, jūsu piekrišanas ieraksts un viss, kas no tiem atvasināts. To nevar atsaukt.",
  eraseConfirm: "Jā, dzēst visu",
  cancel: "Atcelt",
  erased: "Viss ir izdzēsts. Saglabājiet šo apliecinājumu kā dzēšanas pierādījumu.",
  receiptTitle: "Dzēšanas apliecinājums",
  downloadReceipt: "Lejupielādēt apliecinājumu",
  receipt: {
    erasedAt: "Dzēsts",
    subject: "Pseidonīms",
    events: "Dzēstās darbības",
    consentEvents: "Dzēstās privātuma izvēles",
    also: "Noņemts arī",
    proof: "Dzēsto ierakstu kontrolsumma",
  },
  failed: "Kaut kas nogāja greizi: {message}",
};

/** Latvian (latviešu): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Privātuma centrs",
  choicesHeading: "Jūsu izvēles",
  rules: "Piemērojamie noteikumi: {rules}.",
  regimes: {
    gdpr: "VDAR un e-privātums (nekas netiek izmantots, kamēr to neatļaujat)",
    cpra: "CCPA/CPRA (personalizācija, līdz no tās atsakāties; sensitīvi dati tikai ar jūsu atļauju)",
    "opt-in": "nekas netiek izmantots, kamēr to neatļaujat",
    "opt-out": "personalizācija, līdz no tās atsakāties",
    strictest:
      "stingrākie noteikumi, jo jūsu reģions nav zināms (nekas netiek izmantots, kamēr to neatļaujat)",
  },
  chosen: "Izvēlēts {date}; jautāsim vēlreiz pēc {expires}.",
  notChosen: "Izvēle vēl nav izdarīta: tiek izmantots tikai tas, kas veikalam nepieciešams.",
  defaults: "Izvēle vēl nav izdarīta: ir spēkā šo noteikumu noklusējuma iestatījumi, kā norādīts tālāk.",
  minor: "Zināms nepilngadīgais: profilēšanā balstīta reklāma un pārdošana vai kopīgošana ir izslēgta.",
  gpc: "Global Privacy Control ir ieslēgts.",
  gpcHonored: "Global Privacy Control ir ieslēgts un tika ievērots.",
  limited: "Jūsu sensitīvās personiskās informācijas izmantošana ir ierobežota.",
  change: "Mainīt izvēli",
  on: "Ieslēgts",
  off: "Izslēgts",
  receiptHeading: "Piekrišanas apliecinājums",
  receiptIntro:
    "Kantara piekrišanas apliecinājums (v1.1) par jūsu spēkā esošo izvēli, kas izdarīta {date}: {purposes}.",
  receiptNone: "Apliecinājuma vēl nav: izvēle nav izdarīta.",
  nothingGranted: "nekas",
  showReceipt: "Rādīt apliecinājumu JSON formātā",
  downloadReceipt: "Lejupielādēt piekrišanas apliecinājumu",
  howHeading: "Kā darbojas ieteikumi",
  summary:
    "Preces tiek sakārtotas, saskaitot tālāk norādītos signālus ar norādītajiem svariem. Preces, ko jums nevar pārdot (nav noliktavā, netiek piegādātas uz jūsu reģionu, ar vecuma ierobežojumu), nekad netiek rādītas.",
  reranked:
    "Pēc tam saraksts tiek līdzsvarots daudzveidībai un godīgai attieksmei pret neatkarīgiem pārdevējiem.",
  parametersHeading: "Galvenie parametri, svarīgākie vispirms",
  importance: {
    main: "galvenais",
    supporting: "papildu",
    minor: "mazsvarīgs",
  },
  parameters: {
    hybrid:
      "Mācīts no daudziem pircējiem: modelis par to, kuras preces iet kopā daudzu pircēju vēsturē (tikai saiknes, kas kopīgas vismaz pieciem pircējiem, un tikai tad, ja atļaujat mācīšanos no līdzīgiem pircējiem).",
    itemKnn:
      "Pircēji, kas iegādājās šo, iegādājās arī: ko pēc tam iegādājās pircēji, kas iegādājās vai apskatīja tās pašas preces, ko jūs (tikai saiknes, kas kopīgas vismaz pieciem pircējiem, un tikai tad, ja atļaujat mācīšanos no līdzīgiem pircējiem).",
    ease: "Preces, kas iet kopā: statistisks modelis, kas balstīts uz daudzu pircēju vēsturi (tikai tad, ja atļaujat mācīšanos no līdzīgiem pircējiem).",
    content:
      "Līdzīgas preces: cik tuva prece ir tam, ko šeit apskatījāt vai iegādājāties, pēc tās vārdiem, kategorijas, zīmola un cenu diapazona.",
    session: "Šis apmeklējums: tas, ko tikko apskatījāt.",
    search:
      "Jūsu meklējumi: vārdi, ko šeit meklējāt, salīdzināti ar precēm (tikai tad, ja atļaujat ieteikumus pēc tā, ko skatāt).",
    context:
      "Ierīce, diennakts laiks un reģions: kas ir populārs jūsu ierīces veidā, šajā diennakts laikā vai jūsu reģionā (tikai tad, ja atļaujat kontekstu).",
    popularity:
      "Popularitāte: cik pircēju nesen izvēlējās preci (vienīgais, ko izmanto nepersonalizēti ieteikumi).",
    editorial: "Mūsu komandas izvēle: preces, ko izceļ mūsu komanda.",
  },
  optionsHeading: "Ko varat mainīt",
  options: [
    "Personalizēts vai Nepersonalizēts, sadaļā “Rindas iestatījumi” katrā ieteikumu rindā: nepersonalizēts neizmanto personas datus, tikai popularitāti un mūsu komandas izvēli.",
    "Privātuma iestatījumi: jebkurā laikā ieslēdziet vai izslēdziet katru personalizācijas veidu.",
    "Kāpēc es to redzu?: pie katras ieteiktās preces, ar vadīklām, lai pārtrauktu izmantot apskatītu preci, norādītu, ka jūs tā neinteresē, vai izslēgtu kādu personalizācijas veidu.",
    "Daudzveidība: slīdnis sadaļā “Rindas iestatījumi” katrā ieteikumu rindā, ar kuru tuvumu jūsu interesēm var aizstāt ar daudzveidību, mazāk zināmām precēm un neatkarīgiem pārdevējiem.",
  ],
  protectionsHeading: "Vienmēr piemērots",
  protections: [
    "Sensitīvas preces (piemēram, aptieka un veselība, reliģija, politika) nekad netiek izceltas jūsu pašu darbību dēļ, ja vien nav dota nepārprotama piekrišana sensitīviem datiem.",
    "Katrs personalizācijas veids izmanto tikai savus datus: jūsu skatījumus tikai tad, ja atļaujat ieteikumus pēc tā, ko skatāt, jūsu pirkumus tikai tad, ja atļaujat ieteikumus pēc jūsu pirkumiem.",
    "Zināmi nepilngadīgie nesaņem profilēšanā balstītus ieteikumus vai reklāmas.",
  ],
  myData: "Lai visu redzētu, lejupielādētu vai izdzēstu, dodieties uz {link}.",
  myDataLink: "Mani dati",
};

/** Latvian (latviešu): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Audita konsole",
  verifyLog: "Pārbaudīt žurnālu",
  verifying: "Notiek pārbaude…",
  logVerified: "Žurnāls pārbaudīts",
  logVerifiedDetail:
    "{size, plural, zero {Pārbaudīti # ieraksti; neviens nav mainīts.} one {Pārbaudīts # ieraksts; tas nav mainīts.} other {Pārbaudīti # ieraksti; neviens nav mainīts.}}",
  logVerifiedKinds:
    "{size, plural, zero {Pārbaudīti # ieraksti} one {Pārbaudīts # ieraksts} other {Pārbaudīti # ieraksti}} ({served, plural, zero {# rādītas preces} one {# rādīta prece} other {# rādītas preces}}, {consent, plural, zero {# piekrišanas notikumi} one {# piekrišanas notikums} other {# piekrišanas notikumi}}, {notices, plural, zero {# paziņojumi} one {# paziņojums} other {# paziņojumi}}); neviens nav mainīts.",
  tampered: "Konstatēta manipulācija ar ierakstu {index}",
  failed: "Kaut kas nogāja greizi: {message}",
  logHeading: "Skaidrojumu žurnāls",
  chartsHeading: "Redzamība un daudzveidība",
  filters: "Filtri",
  filterSurface: "Vieta",
  filterMode: "Režīms",
  filterSubject: "Persona",
  filterSearch: "Meklēt",
  filterAll: "Visi",
  personalized: "Personalizēts",
  notPersonalized: "Nepersonalizēts",
  entriesShown: "{shown} no {total, plural, zero {# ierakstiem} one {# ieraksta} other {# ierakstiem}}",
  noEntries: "Nav atbilstošu ierakstu.",
  logEmpty:
    "Šajā ierīcē vēl nekas nav rādīts. Atveriet veikala sākumlapu vai kādu preci; katrs parādītais ieteikums tiek reģistrēts šeit.",
  pageOf: "{page}. lapa no {pages}",
  previous: "Iepriekšējā",
  next: "Nākamā",
  columns: {
    index: "Ieraksts",
    time: "Laiks",
    subject: "Persona",
    surface: "Vieta",
    rank: "Pozīcija",
    item: "Prece",
    mode: "Režīms",
    reason: "Skaidrojums",
    basis: "Pamats",
  },
  exportJson: "Eksportēt JSON",
  exportCsv: "Eksportēt CSV",
  exposureTitle: "Redzamība pēc pārdevēju grupas",
  exposureDescription: "Rādīto preču redzamība, svērta pēc pozīcijas, 1 / log2(pozīcija + 1).",
  diversityTitle: "Kategorijas sarakstā",
  diversityAxisY: "Kategorijas",
  diversityAxisX: "Saraksti, jaunākie pa labi",
  diversityDescription:
    "Vidēji {mean} dažādas kategorijas sarakstā, aprēķināts no {slates, plural, zero {# sarakstiem} one {# saraksta} other {# sarakstiem}}.",
};

/** Latvian (latviešu): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Audita skati",
  tabLog: "Žurnāls",
  tabMeasurement: "Mērījums",
  loading: "Notiek mērījuma aprēķins…",
  failed: "Mērījumu neizdevās aprēķināt: {message}",
  summaryHeading: "Kopsavilkums",
  raised:
    "Personalizācija palielināja klikšķu īpatsvaru par {lift} ({confidence} TI no {low} līdz {high}) salīdzinājumā ar nepersonalizēto kontroles grupu.",
  lowered:
    "Personalizācija samazināja klikšķu īpatsvaru par {lift} ({confidence} TI no {low} līdz {high}) salīdzinājumā ar nepersonalizēto kontroles grupu.",
  noDifference:
    "Nav būtiskas atšķirības klikšķu īpatsvarā starp personalizāciju un nepersonalizēto kontroles grupu (izmaiņa {lift}, {confidence} TI no {low} līdz {high}).",
  noData: "Vēl nav pietiekami daudz datu, lai salīdzinātu grupu klikšķu īpatsvaru.",
  liftHeading: "Izmaiņa salīdzinājumā ar kontroles grupu",
  liftTitle: "Personalizācijas radītā izmaiņa salīdzinājumā ar nepersonalizēto kontroles grupu",
  liftDescription:
    "Katra rādītāja uz apmeklētāju relatīvā izmaiņa ar {confidence} ticamības intervālu; līnija apzīmē 0% (nav atšķirības).",
  liftCaption: "Rādītāji uz apmeklētāju: {treatment} salīdzinājumā ar {control}",
  metrics: {
    click: "Klikšķu īpatsvars",
    addToCart: "Pievienošana grozam",
    conversion: "Konversija",
    firstDayEngagement: "Iesaiste pirmajā dienā",
    repeatPurchase: "Atkārtots pirkums",
  },
  liftColumns: {
    metric: "Rādītājs",
    control: "Kontroles grupa",
    treatment: "Testa grupa",
    lift: "Izmaiņa",
    interval: "Ticamības intervāls",
    pValue: "p vērtība",
  },
  rateCell: "{rate} ({successes} no {visitors})",
  undefinedLift: "vēl nav pietiekami daudz datu",
  driftHeading: "Novirze",
  driftTitle: "Grupas {arm} klikšķu īpatsvars laika gaitā",
  driftDescription:
    "Slīdošais klikšķu īpatsvars stundā salīdzinājumā ar bāzes līniju {baseline} un novirzes robežu {line}; {events, plural, zero {# novirzes notikumi} one {# novirzes notikums} other {# novirzes notikumi}}.",
  baseline: "Bāzes līnija",
  driftLine: "Novirzes robeža",
  eventsCaption: "Novirzes notikumi",
  eventColumns: {
    time: "Laiks",
    metric: "Rādītājs",
    arm: "Grupa",
    baseline: "Bāzes līnija",
    observed: "Novērots",
    drop: "Kritums",
  },
  noEvents: "Novirze nav konstatēta.",
};

/** Latvian (latviešu): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Filtru burbulis",
  title: "Filtru burbulis",
  summary:
    "{days, plural, zero {# dienu} one {# dienas} other {# dienu}} laikā katram pircējam rādīto kategoriju entropija mainījās no {first} uz {last} bitiem; pēdējā dienā {outside} no tā, ko redzēja atkārtotie pircēji, bija ārpus kategorijām, kas viņiem tika rādītas vispirms.",
  entropyChart: "Daudzveidība uz pircēju (entropija, biti) un daļa ārpus pirmajām kategorijām, pa dienām",
  providerChart: "Redzamība pēc piegādātāja, pa dienām",
  day: "Diena",
  slates: "Saraksti",
  entropy: "Entropija uz pircēju (biti)",
  outside: "Ārpus pirmajām kategorijām",
  providerGini: "Piegādātāju Džini koeficients",
  empty: "Žurnālā vēl nav rādītu sarakstu: apskatiet veikalu un tad atgriezieties.",
};
