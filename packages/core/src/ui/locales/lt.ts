/** Lithuanian (lietuvių) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Lithuanian (lietuvių): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Jūsų privatumo pasirinkimai",
  optIn:
    "Norėtume naudoti jūsų veiklą šioje parduotuvėje, kad pritaikytume tai, ką matote. Kol nepasirinksite, niekas asmeniško nenaudojama, o parduotuvė bet kuriuo atveju veikia visapusiškai.",
  optOut:
    "Naudojame jūsų veiklą šioje parduotuvėje, kad pritaikytume tai, ką matote, ir dalijamės ja personalizuotai reklamai, nebent atsisakysite. Jautri asmeninė informacija naudojama tik jums leidus. Parduotuvė bet kuriuo atveju veikia visapusiškai.",
  purposes: "Ko klausiame: {purposes}.",
  privacyPolicy: "Privatumo politika",
  acceptAll: "Priimti viską",
  rejectAll: "Atmesti viską",
  customize: "Tinkinti",
  doNotSell: "Neparduoti ir nebendrinti mano asmeninės informacijos",
  limitSensitive: "Apriboti mano jautrios asmeninės informacijos naudojimą",
};

/** Lithuanian (lietuvių): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Privatumo nustatymai",
  intro: "Pasirinkite, ką galima naudoti. Tai bet kada galite pakeisti puslapio poraštėje.",
  save: "Išsaugoti pasirinkimus",
  close: "Uždaryti",
  alwaysOn: "Visada įjungta",
  on: "Įjungta",
  off: "Išjungta",
  acceptAll: "Priimti viską",
  rejectAll: "Atmesti viską",
  dataUsed: "Naudojami duomenys",
  legalBasis: "Teisinis pagrindas",
  bases: {
    consent: "jūsų sutikimas",
    "explicit-consent": "jūsų aiškus sutikimas",
    contract: "būtina parduotuvės veikimui",
    "legal-obligation": "teisinė prievolė",
    "legitimate-interest": "teisėtas interesas",
  },
};

/** Lithuanian (lietuvių): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "ką peržiūrite ir ką spustelite",
    "pd:SearchHistory": "ko ieškote",
    "pd:Purchase": "ką perkate",
    "pd:Rating": "jūsų įvertinimai",
    "pd:DeviceBased": "jūsų įrenginio tipas",
    "pd:Location": "jūsų regionas",
    "candor:TimeOfDay": "paros laikas",
    "pd:Age": "jūsų amžiaus grupė",
    "pd:EmailAddress": "jūsų el. pašto adresas",
    "candor:Cart": "jūsų krepšelis",
    "candor:ConsentRecord": "jūsų privatumo pasirinkimai",
    "pd:Health": "sveikata",
    "pd:Religion": "religiniai ar filosofiniai įsitikinimai",
    "pd:Sexuality": "lytinis gyvenimas ar lytinė orientacija",
    "pd:PoliticalOpinion": "politinės pažiūros",
    "pd:EthnicOrigin": "rasinė ar etninė kilmė",
    "pd:Biometric": "biometriniai duomenys",
    "pd:Genetic": "genetiniai duomenys",
    "pd:TradeUnionMembership": "narystė profesinėse sąjungose",
    "candor:UnclassifiedSpecialCategory": "kita jautri informacija",
  },
};

/** Lithuanian (lietuvių): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Privatumo pasirinkimai",
  privacySettings: "Privatumo nustatymai",
  doNotSell: "Neparduoti ir nebendrinti mano asmeninės informacijos",
  gpcHonored: "Atsisakymo prašymas įvykdytas",
  optedOut: "Atlikta: jūsų asmeninė informacija nebeparduodama ir nebebendrinama.",
};

/** Lithuanian (lietuvių): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Apriboti mano jautrios asmeninės informacijos naudojimą",
  limitSensitiveOn: "Jūsų jautri asmeninė informacija nenaudojama rekomendacijoms.",
};

/** Lithuanian (lietuvių): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Rekomendacijų nustatymai",
  settingsToggle: "Eilutės nustatymai",
  personalized: "Personalizuota",
  notPersonalized: "Nepersonalizuota",
  variety: "Įvairovė",
  varietyHint: "Didesnė įvairovė įmaišo kitų kategorijų, mažiau žinomų prekių ir nepriklausomų pardavėjų.",
  varietyValue: "{value} %",
  modePersonalized: "Personalizuota: naudojami tik jūsų leisti duomenys.",
  modeNotPersonalizedChosen: "Nepersonalizuota, kaip pasirinkote: populiarios prekės, be asmens duomenų.",
  modeNotPersonalizedConsent:
    "Nepersonalizuota: neleidote personalizavimo, todėl jokie asmens duomenys nenaudojami.",
  modeNotPersonalizedOther: "Šiuo metu nepersonalizuota: populiarios prekės, be asmens duomenų.",
  empty: "Šiuo metu čia nėra ką rekomenduoti.",
  personalizedNeedsConsent: "Kad ši eilutė būtų personalizuota, leiskite tai privatumo nustatymuose.",
  personalizedUnavailable: "Šiuo metu šiai eilutei personalizavimas negalimas.",
  updated: "Atlikta: rekomendacijos atnaujintos.",
};

/** Lithuanian (lietuvių): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Kodėl tai matau?",
  about: "Apie prekę {item}",
  reasonsHeading: "Kodėl tai rodoma",
  reasonShare: "{share} balo",
  effectsHeading: "Kaip sąrašas buvo subalansuotas",
  dataHeading: "Naudoti jūsų duomenys",
  noPersonalData: "Jokie jūsų asmens duomenys nebuvo naudoti.",
  legalBasis: "Teisinis pagrindas",
  basisConsent: "{purpose}: jūsų sutikimas",
  controlsHeading: "Keiskite tai, ką matote",
  close: "Uždaryti",
};

/** Lithuanian (lietuvių): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Populiaru regione: {region}",
  device: "Populiaru tarp pirkėjų, naudojančių {device}",
  daypart: "Populiaru {daypart}",
  devices: {
    mobile: "telefoną",
    desktop: "kompiuterį",
    tablet: "planšetę",
  },
  dayparts: {
    morning: "rytą",
    afternoon: "po pietų",
    evening: "vakare",
    night: "naktį",
  },
  regions: {
    "US-CA": "Kalifornija",
  },
};

/** Lithuanian (lietuvių): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Jūsų rekomendacijos apima {covered} iš {total, plural, one {# skyriaus} few {# skyrių} many {# skyriaus} other {# skyrių}}.",
  none: "Jums dar nebuvo parodyta jokių rekomendacijų.",
  missing: "Pastaruoju metu nerodyta: {departments}.",
};

/** Lithuanian (lietuvių): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Mano duomenys",
  intro:
    "Atsisiųskite viską, ką ši parduotuvė saugo apie jus, JSON formatu arba tai ištrinkite: jūsų veiklą, jūsų sutikimo įrašą ir tai, kas iš jų išvesta.",
  stored: {
    heading: "Ką ši parduotuvė saugo apie jus",
    loading: "Tikriname, kas saugoma…",
    events:
      "{count, plural, one {# jūsų veiksmas čia:} few {# jūsų veiksmai čia:} many {# jūsų veiksmo čia:} other {# jūsų veiksmų čia:}}",
    noEvents: "Jokia jūsų veikla nesaugoma.",
    eventKind: "{kind}: {count} (nuo {first} iki {last})",
    kinds: {
      view: "Peržiūrėtos prekės",
      add_to_cart: "Įdėta į krepšelį",
      purchase: "Pirkiniai",
      rating: "Įvertinimai",
      search: "Paieškos",
      dismiss: "Pažymėta kaip nedominanti",
    },
    consentHeading: "Jūsų privatumo pasirinkimai laikui bėgant",
    noConsent: "Dar nieko nepasirinkote.",
    consentEvent: "{date}: {type}. Įjungta: {granted}.",
    consentTypes: {
      given: "pasirinkimas išsaugotas",
      refused: "atmesta",
      withdrawn: "atšaukta",
      expired: "nebegalioja",
      "gpc-honored": "Global Privacy Control paisyta",
      notified: "pranešimas parodytas",
      "notice-changed": "pranešimas pakeistas",
    },
    nothingGranted: "nieko",
    derivedHeading: "Kas iš to išvesta",
    noDerived: "Be saugomos veiklos niekas neišvedama.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Eksportuoti mano duomenis (JSON)",
  exported:
    "Jūsų eksportas paruoštas: {events, plural, one {# įvykis} few {# įvykiai} many {# įvykio} other {# įvykių}} ir sutikimo įrašas su {consentEvents, plural, one {# įrašu} few {# įrašais} many {# įrašo} other {# įrašų}}.",
  eraseButton: "Ištrinti viską",
  eraseConfirmTitle: "Ištrinti viską?",
  eraseConfirmText:
    "Bus ištrinta jūsų veikla, jūsų sutikimo įrašas ir viskas, kas iš jų išvesta. To atšaukti negalima.",
  eraseConfirm: "Taip, ištrinti viską",
  cancel: "Atšaukti",
  erased: "Viskas ištrinta. Išsaugokite šį patvirtinimą kaip ištrynimo įrodymą.",
  receiptTitle: "Ištrynimo patvirtinimas",
  downloadReceipt: "Atsisiųsti patvirtinimą",
  receipt: {
    erasedAt: "Ištrinta",
    subject: "Pseudonimas",
    events: "Ištrinta veikla",
    consentEvents: "Ištrinti privatumo pasirinkimai",
    also: "Taip pat pašalinta",
    proof: "Ištrintų įrašų kontrolinė suma",
  },
  failed: "Kažkas nepavyko: {message}",
};

/** Lithuanian (lietuvių): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Privatumo centras",
  choicesHeading: "Jūsų pasirinkimai",
  rules: "Taikomos taisyklės: {rules}.",
  regimes: {
    gdpr: "BDAR ir e. privatumas (niekas nenaudojama, kol neleisite)",
    cpra: "CCPA/CPRA (personalizavimas, kol atsisakysite; jautrūs duomenys tik jums leidus)",
    "opt-in": "niekas nenaudojama, kol neleisite",
    "opt-out": "personalizavimas, kol atsisakysite",
    strictest: "griežčiausios taisyklės, nes jūsų regionas nežinomas (niekas nenaudojama, kol neleisite)",
  },
  chosen: "Pasirinkta {date}; vėl paklausime po {expires}.",
  notChosen: "Dar nepasirinkote: naudojama tik tai, ko reikia parduotuvei.",
  defaults: "Dar nepasirinkote: taikomi numatytieji šių taisyklių nustatymai, kaip nurodyta toliau.",
  minor: "Žinomas nepilnametis: profiliavimu grindžiama reklama ir pardavimas ar bendrinimas išjungti.",
  gpc: "Global Privacy Control įjungtas.",
  gpcHonored: "Global Privacy Control įjungtas ir jo paisyta.",
  limited: "Jūsų jautrios asmeninės informacijos naudojimas apribotas.",
  change: "Keisti pasirinkimus",
  on: "Įjungta",
  off: "Išjungta",
  receiptHeading: "Sutikimo patvirtinimas",
  receiptIntro:
    "Kantara sutikimo patvirtinimas (v1.1) apie jūsų galiojantį pasirinkimą, padarytą {date}: {purposes}.",
  receiptNone: "Patvirtinimo dar nėra: nieko nepasirinkote.",
  nothingGranted: "nieko",
  showReceipt: "Rodyti patvirtinimą JSON formatu",
  downloadReceipt: "Atsisiųsti sutikimo patvirtinimą",
  howHeading: "Kaip veikia rekomendacijos",
  summary:
    "Prekės reitinguojamos sudedant toliau nurodytus signalus su nurodytais svoriais. Prekės, kurių negalima jums parduoti (nėra sandėlyje, nepristatomos į jūsų regioną, taikomas amžiaus ribojimas), niekada nerodomos.",
  reranked: "Tada sąrašas subalansuojamas dėl įvairovės ir sąžiningumo nepriklausomų pardavėjų atžvilgiu.",
  parametersHeading: "Pagrindiniai parametrai, svarbiausi pirmiau",
  importance: {
    main: "pagrindinis",
    supporting: "pagalbinis",
    minor: "nedidelis",
  },
  parameters: {
    hybrid:
      "Išmokta iš daugelio pirkėjų: modelis, kurios prekės dera tarpusavyje daugelio pirkėjų istorijose (tik ryšiai, bendri bent penkiems pirkėjams, ir tik jei leidžiate mokytis iš panašių pirkėjų).",
    itemKnn:
      "Šią prekę pirkę pirkėjai taip pat pirko: ką vėliau pirko pirkėjai, pirkę arba peržiūrėję tas pačias prekes kaip jūs (tik ryšiai, bendri bent penkiems pirkėjams, ir tik jei leidžiate mokytis iš panašių pirkėjų).",
    ease: "Tarpusavyje derančios prekės: statistinis modelis, sudarytas iš daugelio pirkėjų istorijų (tik jei leidžiate mokytis iš panašių pirkėjų).",
    content:
      "Panašios prekės: kiek prekė artima tam, ką čia peržiūrėjote ar pirkote, pagal jos žodžius, kategoriją, prekės ženklą ir kainų intervalą.",
    session: "Šis apsilankymas: ką ką tik peržiūrėjote.",
    search:
      "Jūsų paieškos: žodžiai, kurių čia ieškojote, palyginti su prekėmis (tik jei leidžiate rekomendacijas pagal tai, ką peržiūrite).",
    context:
      "Įrenginys, paros laikas ir regionas: kas populiaru jūsų tipo įrenginyje, šiuo paros metu ar jūsų regione (tik jei leidžiate kontekstą).",
    popularity:
      "Populiarumas: kiek pirkėjų neseniai rinkosi prekę (vienintelis dalykas, kurį naudoja nepersonalizuotos rekomendacijos).",
    editorial: "Mūsų komandos atranka: prekės, kurias išskiria mūsų komanda.",
  },
  optionsHeading: "Ką galite keisti",
  options: [
    "Personalizuota arba Nepersonalizuota, skiltyje „Eilutės nustatymai“ kiekvienoje rekomendacijų eilutėje: nepersonalizuota nenaudoja asmens duomenų, tik populiarumą ir mūsų komandos atranką.",
    "Privatumo nustatymai: bet kada įjunkite arba išjunkite kiekvieną personalizavimo rūšį.",
    "Kodėl tai matau?: prie kiekvienos rekomenduojamos prekės, su valdikliais, leidžiančiais nebenaudoti peržiūrėtos prekės, nurodyti, kad jūsų nedomina, arba išjungti personalizavimo rūšį.",
    "Įvairovė: slankiklis skiltyje „Eilutės nustatymai“ kiekvienoje rekomendacijų eilutėje, kuriuo artumą jūsų interesams galite iškeisti į įvairovę, mažiau žinomas prekes ir nepriklausomus pardavėjus.",
  ],
  protectionsHeading: "Taikoma visada",
  protections: [
    "Jautrios prekės (pavyzdžiui, vaistinė ir sveikata, religija, politika) niekada neiškeliamos dėl jūsų pačių veiklos, nebent davėte aiškų sutikimą dėl jautrių duomenų.",
    "Kiekviena personalizavimo rūšis naudoja tik savo duomenis: jūsų peržiūras tik jei leidžiate rekomendacijas pagal tai, ką peržiūrite, jūsų pirkinius tik jei leidžiate rekomendacijas pagal jūsų pirkinius.",
    "Žinomiems nepilnamečiams neteikiamos profiliavimu grindžiamos rekomendacijos ar reklama.",
  ],
  myData: "Norėdami viską peržiūrėti, atsisiųsti ar ištrinti, eikite į skiltį {link}.",
  myDataLink: "Mano duomenys",
};

/** Lithuanian (lietuvių): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Audito konsolė",
  verifyLog: "Tikrinti žurnalą",
  verifying: "Tikrinama…",
  logVerified: "Žurnalas patikrintas",
  logVerifiedDetail:
    "{size, plural, one {Patikrintas # įrašas; jis nepakeistas.} few {Patikrinti # įrašai; nė vienas nepakeistas.} many {Patikrinta # įrašo; nė vienas nepakeistas.} other {Patikrinta # įrašų; nė vienas nepakeistas.}}",
  logVerifiedKinds:
    "{size, plural, one {Patikrintas # įrašas} few {Patikrinti # įrašai} many {Patikrinta # įrašo} other {Patikrinta # įrašų}} ({served, plural, one {# parodyta prekė} few {# parodytos prekės} many {# parodytos prekės} other {# parodytų prekių}}, {consent, plural, one {# sutikimo įvykis} few {# sutikimo įvykiai} many {# sutikimo įvykio} other {# sutikimo įvykių}}, {notices, plural, one {# pranešimas} few {# pranešimai} many {# pranešimo} other {# pranešimų}}); nė vienas nepakeistas.",
  tampered: "Aptikta klastotė įraše {index}",
  failed: "Kažkas nepavyko: {message}",
  logHeading: "Paaiškinimų žurnalas",
  chartsHeading: "Matomumas ir įvairovė",
  filters: "Filtrai",
  filterSurface: "Vieta",
  filterMode: "Režimas",
  filterSubject: "Asmuo",
  filterSearch: "Paieška",
  filterAll: "Visi",
  personalized: "Personalizuota",
  notPersonalized: "Nepersonalizuota",
  entriesShown:
    "Rodoma {shown} iš {total, plural, one {# įrašo} few {# įrašų} many {# įrašo} other {# įrašų}}",
  noEntries: "Atitinkančių įrašų nėra.",
  logEmpty:
    "Šiame įrenginyje dar nieko nerodyta. Atidarykite parduotuvės pagrindinį puslapį arba prekę; kiekviena parodyta rekomendacija registruojama čia.",
  pageOf: "Puslapis {page} iš {pages}",
  previous: "Ankstesnis",
  next: "Kitas",
  columns: {
    index: "Įrašas",
    time: "Laikas",
    subject: "Asmuo",
    surface: "Vieta",
    rank: "Pozicija",
    item: "Prekė",
    mode: "Režimas",
    reason: "Paaiškinimas",
    basis: "Pagrindas",
  },
  exportJson: "Eksportuoti JSON",
  exportCsv: "Eksportuoti CSV",
  exposureTitle: "Matomumas pagal pardavėjų grupę",
  exposureDescription: "Parodytų prekių matomumas, pasvertas pagal poziciją, 1 / log2(pozicija + 1).",
  diversityTitle: "Kategorijos sąraše",
  diversityAxisY: "Kategorijos",
  diversityAxisX: "Sąrašai, naujausi dešinėje",
  diversityDescription:
    "Vidutiniškai {mean} skirtingos kategorijos sąraše, iš viso {slates, plural, one {# sąrašas} few {# sąrašai} many {# sąrašo} other {# sąrašų}}.",
};

/** Lithuanian (lietuvių): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Audito rodiniai",
  tabLog: "Žurnalas",
  tabMeasurement: "Matavimas",
  loading: "Skaičiuojamas matavimas…",
  failed: "Matavimo apskaičiuoti nepavyko: {message}",
  summaryHeading: "Santrauka",
  raised:
    "Personalizavimas padidino paspaudimų rodiklį {lift} ({confidence} PI nuo {low} iki {high}), palyginti su nepersonalizuota kontroline grupe.",
  lowered:
    "Personalizavimas sumažino paspaudimų rodiklį {lift} ({confidence} PI nuo {low} iki {high}), palyginti su nepersonalizuota kontroline grupe.",
  noDifference:
    "Reikšmingo paspaudimų rodiklio skirtumo tarp personalizavimo ir nepersonalizuotos kontrolinės grupės nėra (pokytis {lift}, {confidence} PI nuo {low} iki {high}).",
  noData: "Kol kas nepakanka duomenų grupių paspaudimų rodikliams palyginti.",
  liftHeading: "Pokytis, palyginti su kontroline grupe",
  liftTitle: "Personalizavimo pokytis, palyginti su nepersonalizuota kontroline grupe",
  liftDescription:
    "Santykinis kiekvieno rodiklio vienam lankytojui pokytis su {confidence} pasikliautinuoju intervalu; linija žymi 0 % (skirtumo nėra).",
  liftCaption: "Rodikliai vienam lankytojui: {treatment}, palyginti su {control}",
  metrics: {
    click: "Paspaudimų rodiklis",
    addToCart: "Įdėjimas į krepšelį",
    conversion: "Konversija",
    firstDayEngagement: "Įsitraukimas pirmąją dieną",
    repeatPurchase: "Pakartotinis pirkimas",
  },
  liftColumns: {
    metric: "Rodiklis",
    control: "Kontrolinė grupė",
    treatment: "Bandomoji grupė",
    lift: "Pokytis",
    interval: "Pasikliautinasis intervalas",
    pValue: "p reikšmė",
  },
  rateCell: "{rate} ({successes} iš {visitors})",
  undefinedLift: "kol kas nepakanka duomenų",
  driftHeading: "Nuokrypis",
  driftTitle: "Grupės {arm} paspaudimų rodiklis laikui bėgant",
  driftDescription:
    "Slenkamasis paspaudimų rodiklis per valandą, palyginti su baziniu lygiu {baseline} ir nuokrypio riba {line}; {events, plural, one {# nuokrypio įvykis} few {# nuokrypio įvykiai} many {# nuokrypio įvykio} other {# nuokrypio įvykių}}.",
  baseline: "Bazinis lygis",
  driftLine: "Nuokrypio riba",
  eventsCaption: "Nuokrypio įvykiai",
  eventColumns: {
    time: "Laikas",
    metric: "Rodiklis",
    arm: "Grupė",
    baseline: "Bazinis lygis",
    observed: "Stebėta",
    drop: "Kritimas",
  },
  noEvents: "Nuokrypio neaptikta.",
};

/** Lithuanian (lietuvių): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Filtrų burbulas",
  title: "Filtrų burbulas",
  summary:
    "Per {days, plural, one {# dieną} few {# dienas} many {# dienos} other {# dienų}} kiekvienam pirkėjui rodytų kategorijų entropija pakito nuo {first} iki {last} bitų; paskutinę dieną {outside} to, ką matė grįžtantys pirkėjai, buvo už kategorijų, kurios jiems buvo parodytos pirmiausia, ribų.",
  entropyChart:
    "Įvairovė vienam pirkėjui (entropija, bitai) ir dalis už pirmųjų kategorijų ribų, pagal dienas",
  providerChart: "Matomumas pagal tiekėją, pagal dienas",
  day: "Diena",
  slates: "Sąrašai",
  entropy: "Entropija vienam pirkėjui (bitai)",
  outside: "Už pirmųjų kategorijų ribų",
  providerGini: "Tiekėjų Džini koeficientas",
  empty: "Žurnale dar nėra rodytų sąrašų: apžiūrėkite parduotuvę ir grįžkite.",
};
