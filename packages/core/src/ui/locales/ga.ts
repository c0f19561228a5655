/** Irish (Gaeilge) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Irish (Gaeilge): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Do roghanna príobháideachais",
  optIn:
    "Ba mhaith linn do ghníomhaíocht sa siopa seo a úsáid chun a bhfeiceann tú a phearsantú. Ní úsáidtear aon rud pearsanta go dtí go ndéanann tú rogha, agus oibríonn an siopa go hiomlán cibé rogha a dhéanann tú.",
  optOut:
    "Úsáidimid do ghníomhaíocht sa siopa seo chun a bhfeiceann tú a phearsantú agus roinnimid í le haghaidh fógraíochta pearsantaithe, mura ndiúltaíonn tú. Ní úsáidtear faisnéis phearsanta íogair ach amháin má cheadaíonn tú é. Oibríonn an siopa go hiomlán cibé rogha a dhéanann tú.",
  purposes: "Na rudaí a bhfuilimid ag fiafraí fúthu: {purposes}.",
  privacyPolicy: "Beartas príobháideachais",
  acceptAll: "Glac le gach rud",
  rejectAll: "Diúltaigh do gach rud",
  customize: "Saincheap",
  doNotSell: "Ná díol ná roinn mo chuid faisnéise pearsanta",
  limitSensitive: "Teorannaigh úsáid mo chuid faisnéise pearsanta íogaire",
};

/** Irish (Gaeilge): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Socruithe príobháideachais",
  intro: "Roghnaigh cad is féidir a úsáid. Is féidir leat é seo a athrú am ar bith ó bhun an leathanaigh.",
  save: "Sábháil na roghanna",
  close: "Dún",
  alwaysOn: "Ar siúl i gcónaí",
  on: "Ar siúl",
  off: "Múchta",
  acceptAll: "Glac le gach rud",
  rejectAll: "Diúltaigh do gach rud",
  dataUsed: "Sonraí a úsáidtear",
  legalBasis: "Bunús dlí",
  bases: {
    consent: "do thoiliú",
    "explicit-consent": "do thoiliú sainráite",
    contract: "riachtanach chun an siopa a chur ar fáil",
    "legal-obligation": "oibleagáid dhlíthiúil",
    "legitimate-interest": "leas dlisteanach",
  },
};

/** Irish (Gaeilge): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "a bhfeiceann tú agus a gcliceálann tú air",
    "pd:SearchHistory": "a gcuardaíonn tú",
    "pd:Purchase": "a gceannaíonn tú",
    "pd:Rating": "do rátálacha",
    "pd:DeviceBased": "cineál do ghléis",
    "pd:Location": "do réigiún",
    "candor:TimeOfDay": "an t-am den lá",
    "pd:Age": "d'aoisghrúpa",
    "pd:EmailAddress": "do sheoladh ríomhphoist",
    "candor:Cart": "do chiseán",
    "candor:ConsentRecord": "do roghanna príobháideachais",
    "pd:Health": "sláinte",
    "pd:Religion": "creideamh reiligiúnach nó fealsúnach",
    "pd:Sexuality": "saol gnéis nó gnéaschlaonadh",
    "pd:PoliticalOpinion": "tuairimí polaitiúla",
    "pd:EthnicOrigin": "tionscnamh ciníoch nó eitneach",
    "pd:Biometric": "sonraí bithmhéadracha",
    "pd:Genetic": "sonraí géiniteacha",
    "pd:TradeUnionMembership": "ballraíocht i gceardchumann",
    "candor:UnclassifiedSpecialCategory": "faisnéis íogair eile",
  },
};

/** Irish (Gaeilge): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Roghanna príobháideachais",
  privacySettings: "Socruithe príobháideachais",
  doNotSell: "Ná díol ná roinn mo chuid faisnéise pearsanta",
  gpcHonored: "Iarratas ar dhiúltú comhlíonta",
  optedOut: "Déanta: ní dhíoltar ná ní roinntear do chuid faisnéise pearsanta a thuilleadh.",
};

/** Irish (Gaeilge): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Teorannaigh úsáid mo chuid faisnéise pearsanta íogaire",
  limitSensitiveOn: "Ní úsáidtear do chuid faisnéise pearsanta íogaire le haghaidh moltaí.",
};

/** Irish (Gaeilge): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Socruithe na moltaí",
  settingsToggle: "Socruithe na sraithe",
  personalized: "Pearsantaithe",
  notPersonalized: "Neamhphearsantaithe",
  variety: "Éagsúlacht",
  varietyHint:
    "Le níos mó éagsúlachta, cuirtear catagóirí eile, táirgí nach bhfuil chomh haithnidiúil agus díoltóirí neamhspleácha isteach.",
  varietyValue: "{value}%",
  modePersonalized: "Pearsantaithe: ní úsáidtear ach na sonraí a cheadaigh tú.",
  modeNotPersonalizedChosen:
    "Neamhphearsantaithe, mar a roghnaigh tú: táirgí a bhfuil an-tóir orthu, gan sonraí pearsanta.",
  modeNotPersonalizedConsent:
    "Neamhphearsantaithe: níor cheadaigh tú pearsantú, mar sin ní úsáidtear aon sonraí pearsanta.",
  modeNotPersonalizedOther:
    "Neamhphearsantaithe faoi láthair: táirgí a bhfuil an-tóir orthu, gan sonraí pearsanta.",
  empty: "Níl aon rud le moladh anseo faoi láthair.",
  personalizedNeedsConsent: "Chun an tsraith seo a phearsantú, ceadaigh é sna socruithe príobháideachais.",
  personalizedUnavailable: "Níl pearsantú ar fáil don tsraith seo faoi láthair.",
  updated: "Déanta: tá na moltaí nuashonraithe.",
};

/** Irish (Gaeilge): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Cén fáth a bhfuil sé seo á fheiceáil agam?",
  about: "Maidir le {item}",
  reasonsHeading: "An fáth a dtaispeántar é",
  reasonShare: "{share} den scór",
  effectsHeading: "Conas a cothromaíodh an liosta",
  dataHeading: "Do shonraí a úsáideadh",
  noPersonalData: "Níor úsáideadh aon chuid de do shonraí pearsanta.",
  legalBasis: "Bunús dlí",
  basisConsent: "{purpose}: do thoiliú",
  controlsHeading: "Athraigh a bhfeiceann tú",
  close: "Dún",
};

/** Irish (Gaeilge): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Tá an-tóir air i do réigiún: {region}",
  device: "Tá an-tóir air i measc custaiméirí {device}",
  daypart: "Tá an-tóir air {daypart}",
  devices: {
    mobile: "ar ghutháin",
    desktop: "ar ríomhairí",
    tablet: "ar thaibléid",
  },
  dayparts: {
    morning: "ar maidin",
    afternoon: "san iarnóin",
    evening: "tráthnóna",
    night: "san oíche",
  },
  regions: {
    "US-CA": "California",
  },
};

/** Irish (Gaeilge): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Clúdaíonn do mholtaí {covered} as {total, plural, one {# roinn} two {# roinn} few {# roinn} many {# roinn} other {# roinn}}.",
  none: "Níor taispeánadh aon mholtaí duit go fóill.",
  missing: "Níor taispeánadh le déanaí: {departments}.",
};

/** Irish (Gaeilge): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Mo shonraí",
  intro:
    "Íoslódáil gach a gcoinníonn an siopa seo fút mar JSON, nó scrios é: do ghníomhaíocht, do thaifead toilithe agus a bhfuarthas astu.",
  stored: {
    heading: "A gcoinníonn an siopa seo fút",
    loading: "Ag féachaint cad atá stóráilte…",
    events:
      "{count, plural, one {# gníomh a rinne tú anseo:} two {# gníomh a rinne tú anseo:} few {# gníomh a rinne tú anseo:} many {# gníomh a rinne tú anseo:} other {# gníomh a rinne tú anseo:}}",
    noEvents: "Níl aon ghníomhaíocht de do chuid stóráilte.",
    eventKind: "{kind}: {count} (ó {first} go {last})",
    kinds: {
      view: "Táirgí ar féachadh orthu",
      add_to_cart: "Curtha sa chiseán",
      purchase: "Ceannacháin",
      rating: "Rátálacha",
      search: "Cuardaigh",
      dismiss: "Marcáilte mar gan suim",
    },
    consentHeading: "Do roghanna príobháideachais le himeacht ama",
    noConsent: "Níl rogha déanta agat go fóill.",
    consentEvent: "{date}: {type}. Ar siúl: {granted}.",
    consentTypes: {
      given: "rogha sábháilte",
      refused: "diúltaithe",
      withdrawn: "tarraingthe siar",
      expired: "imithe in éag",
      "gpc-honored": "Global Privacy Control comhlíonta",
      notified: "fógra taispeánta",
      "notice-changed": "fógra athraithe",
    },
    nothingGranted: "faic",
    derivedHeading: "A bhfuarthas uaidh",
    noDerived: "Ní fhaightear aon rud gan ghníomhaíocht stóráilte.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Easpórtáil mo shonraí (JSON)",
  exported:
    "Tá d'easpórtáil réidh: {events, plural, one {# imeacht} two {# imeacht} few {# imeacht} many {# imeacht} other {# imeacht}} agus taifead toilithe le {consentEvents, plural, one {# iontráil} two {# iontráil} few {# iontráil} many {# iontráil} other {# iontráil}}.",
  eraseButton: "Scrios gach rud",
  eraseConfirmTitle: "An scriosfar gach rud?",
  eraseConfirmText:
    "Scriosann sé seo do ghníomhaíocht, do thaifead toilithe agus gach a bhfuarthas astu. Ní féidir é a chealú.",
  eraseConfirm: "Sea, scrios gach rud",
  cancel: "Cealaigh",
  erased: "Tá gach rud scriosta. Coinnigh an admháil seo mar chruthúnas ar an léirscriosadh.",
  receiptTitle: "Admháil léirscriosta",
  downloadReceipt: "Íoslódáil an admháil",
  receipt: {
    erasedAt: "Scriosta ar",
    subject: "Ainm bréige",
    events: "Gníomhaíochtaí scriosta",
    consentEvents: "Roghanna príobháideachais scriosta",
    also: "Bainte freisin",
    proof: "Achoimre haiseála na dtaifead scriosta",
  },
  failed: "Tharla earráid: {message}",
};

/** Irish (Gaeilge): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Ionad príobháideachais",
  choicesHeading: "Do roghanna",
  rules: "Na rialacha i bhfeidhm: {rules}.",
  regimes: {
    gdpr: "RGCS agus ePrivacy (ní úsáidtear aon rud go dtí go gceadaíonn tú é)",
    cpra: "CCPA/CPRA (pearsantú go dtí go ndiúltaíonn tú; sonraí íogaire ach amháin má cheadaíonn tú é)",
    "opt-in": "ní úsáidtear aon rud go dtí go gceadaíonn tú é",
    "opt-out": "pearsantú go dtí go ndiúltaíonn tú",
    strictest:
      "na rialacha is déine, toisc nach eol do réigiún (ní úsáidtear aon rud go dtí go gceadaíonn tú é)",
  },
  chosen: "Roghnaithe ar {date}; fiafróimid arís tar éis {expires}.",
  notChosen: "Níl rogha déanta agat go fóill: ní úsáidtear ach a bhfuil de dhíth ar an siopa.",
  defaults:
    "Níl rogha déanta agat go fóill: tá réamhshocruithe na rialacha seo i bhfeidhm, mar atá liostaithe thíos.",
  minor: "Mionaoiseach aitheanta: tá fógraíocht bunaithe ar phróifíliú agus díol nó comhroinnt múchta.",
  gpc: "Tá Global Privacy Control ar siúl.",
  gpcHonored: "Tá Global Privacy Control ar siúl agus comhlíonadh é.",
  limited: "Tá teorainn le húsáid do chuid faisnéise pearsanta íogaire.",
  change: "Athraigh do roghanna",
  on: "Ar siúl",
  off: "Múchta",
  receiptHeading: "Admháil toilithe",
  receiptIntro: "Admháil Toilithe Kantara (v1.1) de do rogha reatha, a tugadh ar {date}: {purposes}.",
  receiptNone: "Níl aon admháil ann go fóill: níl rogha déanta agat.",
  nothingGranted: "faic",
  showReceipt: "Taispeáin an admháil mar JSON",
  downloadReceipt: "Íoslódáil an admháil toilithe",
  howHeading: "Conas a oibríonn moltaí",
  summary:
    "Rangaítear táirgí trí na comharthaí thíos a shuimiú, ualaithe mar atá liostaithe. Ní thaispeántar choíche táirgí nach féidir a dhíol leat (as stoc, gan seoladh chuig do réigiún, faoi shrian aoise).",
  reranked:
    "Ansin cothromaítear an liosta ar mhaithe le héagsúlacht agus le cothroime do dhíoltóirí neamhspleácha.",
  parametersHeading: "Príomhpharaiméadair, an ceann is tábhachtaí ar dtús",
  importance: {
    main: "príomha",
    supporting: "tacúil",
    minor: "beag",
  },
  parameters: {
    hybrid:
      "Foghlamtha ó go leor custaiméirí: samhail de na táirgí a théann le chéile i stair go leor custaiméirí (naisc a roinneann cúigear custaiméirí ar a laghad amháin, agus ach amháin má cheadaíonn tú foghlaim ó chustaiméirí cosúla).",
    itemKnn:
      "Cheannaigh custaiméirí a cheannaigh é seo freisin: a cheannaigh custaiméirí ina dhiaidh sin a cheannaigh nó a d'fhéach ar na táirgí céanna leat (naisc a roinneann cúigear custaiméirí ar a laghad amháin, agus ach amháin má cheadaíonn tú foghlaim ó chustaiméirí cosúla).",
    ease: "Táirgí a théann le chéile: samhail staitistiúil thar stair go leor custaiméirí (ach amháin má cheadaíonn tú foghlaim ó chustaiméirí cosúla).",
    content:
      "Táirgí cosúla: cé chomh gar is atá táirge don rud ar fhéach tú air nó a cheannaigh tú anseo, de réir a fhocal, a chatagóire, a bhranda agus a raon praghais.",
    session: "An chuairt seo: an rud ar fhéach tú air díreach anois.",
    search:
      "Do chuardaigh: na focail a chuardaigh tú anseo, curtha i gcomparáid le táirgí (ach amháin má cheadaíonn tú moltaí bunaithe ar a bhféachann tú air).",
    context:
      "Gléas, am den lá agus réigiún: a bhfuil an-tóir air ar do chineál gléis, ag an am seo den lá nó i do réigiún (ach amháin má cheadaíonn tú comhthéacs).",
    popularity:
      "Móréileamh: an líon custaiméirí a roghnaigh an táirge le déanaí (an t-aon rud a úsáideann moltaí neamhphearsantaithe).",
    editorial: "Rogha ár bhfoirne: táirgí a chuireann ár bhfoireann chun tosaigh.",
  },
  optionsHeading: "Cad is féidir leat a athrú",
  options: [
    "Pearsantaithe nó Neamhphearsantaithe, faoi “Socruithe na sraithe” ar gach sraith moltaí: ní úsáideann neamhphearsantaithe aon sonraí pearsanta, ach móréileamh agus rogha ár bhfoirne amháin.",
    "Socruithe príobháideachais: cas gach cineál pearsantaithe air nó as am ar bith.",
    "Cén fáth a bhfuil sé seo á fheiceáil agam?: ar gach táirge molta, le rialuithe chun stop a chur le húsáid táirge ar fhéach tú air, a rá nach bhfuil suim agat ann, nó cineál pearsantaithe a mhúchadh.",
    "Éagsúlacht: sleamhnán faoi “Socruithe na sraithe” ar gach sraith moltaí a mhalartaíonn gaireacht do do spéiseanna ar éagsúlacht, ar tháirgí nach bhfuil chomh haithnidiúil agus ar dhíoltóirí neamhspleácha.",
  ],
  protectionsHeading: "I bhfeidhm i gcónaí",
  protections: [
    "Ní ardaítear choíche táirgí íogaire (mar shampla cógaslann agus sláinte, reiligiún, polaitíocht) de bharr do ghníomhaíochta féin, mura dtug tú toiliú sainráite do shonraí íogaire.",
    "Ní úsáideann gach cineál pearsantaithe ach a shonraí féin: an méid a fhéachann tú air ach amháin má cheadaíonn tú moltaí bunaithe ar a bhféachann tú air, do cheannacháin ach amháin má cheadaíonn tú moltaí bunaithe ar do cheannacháin.",
    "Ní fhaigheann mionaoisigh aitheanta moltaí ná fógraí bunaithe ar phróifíliú.",
  ],
  myData: "Chun gach rud a fheiceáil, a íoslódáil nó a scriosadh, téigh go {link}.",
  myDataLink: "Mo shonraí",
};

/** Irish (Gaeilge): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Consól iniúchta",
  verifyLog: "Fíoraigh an loga",
  verifying: "Á fhíorú…",
  logVerified: "Loga fíoraithe",
  logVerifiedDetail:
    "{size, plural, one {Seiceáladh # iontráil; níor athraíodh í.} two {Seiceáladh # iontráil; níor athraíodh aon cheann acu.} few {Seiceáladh # iontráil; níor athraíodh aon cheann acu.} many {Seiceáladh # iontráil; níor athraíodh aon cheann acu.} other {Seiceáladh # iontráil; níor athraíodh aon cheann acu.}}",
  logVerifiedKinds:
    "Seiceáladh {size, plural, one {# iontráil} two {# iontráil} few {# iontráil} many {# iontráil} other {# iontráil}} ({served, plural, one {# earra a taispeánadh} two {# earra a taispeánadh} few {# earra a taispeánadh} many {# earra a taispeánadh} other {# earra a taispeánadh}}, {consent, plural, one {# imeacht toilithe} two {# imeacht toilithe} few {# imeacht toilithe} many {# imeacht toilithe} other {# imeacht toilithe}}, {notices, plural, one {# fógra} two {# fógra} few {# fógra} many {# fógra} other {# fógra}}); níor athraíodh aon cheann acu.",
  tampered: "Braitheadh cur isteach ar iontráil {index}",
  failed: "Tharla earráid: {message}",
  logHeading: "Loga na míniúchán",
  chartsHeading: "Nochtadh agus éagsúlacht",
  filters: "Scagairí",
  filterSurface: "Láthair",
  filterMode: "Mód",
  filterSubject: "Duine",
  filterSearch: "Cuardach",
  filterAll: "Gach ceann",
  personalized: "Pearsantaithe",
  notPersonalized: "Neamhphearsantaithe",
  entriesShown:
    "{shown} as {total, plural, one {# iontráil} two {# iontráil} few {# iontráil} many {# iontráil} other {# iontráil}}",
  noEntries: "Níl aon iontráil a oireann.",
  logEmpty:
    "Níor taispeánadh aon rud ar an ngléas seo go fóill. Oscail leathanach baile an tsiopa nó táirge; logáiltear anseo gach moladh a thaispeántar.",
  pageOf: "Leathanach {page} as {pages}",
  previous: "Roimhe seo",
  next: "Ar aghaidh",
  columns: {
    index: "Iontráil",
    time: "Am",
    subject: "Duine",
    surface: "Láthair",
    rank: "Áit",
    item: "Earra",
    mode: "Mód",
    reason: "Míniú",
    basis: "Bunús",
  },
  exportJson: "Easpórtáil JSON",
  exportCsv: "Easpórtáil CSV",
  exposureTitle: "Nochtadh de réir grúpa díoltóirí",
  exposureDescription: "Nochtadh ualaithe de réir áite, 1 / log2(áit + 1), na n-earraí a taispeánadh.",
  diversityTitle: "Catagóirí in aghaidh an liosta",
  diversityAxisY: "Catagóirí",
  diversityAxisX: "Liostaí, an ceann is déanaí ar dheis",
  diversityDescription:
    "{mean} catagóir éagsúil in aghaidh an liosta ar an meán, thar {slates, plural, one {# liosta} two {# liosta} few {# liosta} many {# liosta} other {# liosta}}.",
};

/** Irish (Gaeilge): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Radhairc iniúchta",
  tabLog: "Loga",
  tabMeasurement: "Tomhas",
  loading: "An tomhas á ríomh…",
  failed: "Níorbh fhéidir an tomhas a ríomh: {message}",
  summaryHeading: "Achoimre",
  raised:
    "D'ardaigh an pearsantú an ráta cliceála de {lift} (eatramh muiníne {confidence}: {low} go {high}) i gcomparáid leis an ngrúpa rialaithe neamhphearsantaithe.",
  lowered:
    "D'ísligh an pearsantú an ráta cliceála de {lift} (eatramh muiníne {confidence}: {low} go {high}) i gcomparáid leis an ngrúpa rialaithe neamhphearsantaithe.",
  noDifference:
    "Níl aon difríocht shuntasach sa ráta cliceála idir an pearsantú agus an grúpa rialaithe neamhphearsantaithe (athrú {lift}, eatramh muiníne {confidence}: {low} go {high}).",
  noData: "Níl go leor sonraí ann go fóill chun an ráta cliceála a chur i gcomparáid idir na grúpaí.",
  liftHeading: "Athrú i gcomparáid leis an ngrúpa rialaithe",
  liftTitle: "Athrú de bharr pearsantaithe i gcomparáid leis an ngrúpa rialaithe neamhphearsantaithe",
  liftDescription:
    "Athrú coibhneasta gach ráta in aghaidh an chuairteora lena eatramh muiníne {confidence}; marcálann an líne 0% (gan difríocht).",
  liftCaption: "Rátaí in aghaidh an chuairteora: {treatment} i gcomparáid le {control}",
  metrics: {
    click: "Ráta cliceála",
    addToCart: "Cur sa chiseán",
    conversion: "Tiontú",
    firstDayEngagement: "Rannpháirtíocht ar an gcéad lá",
    repeatPurchase: "Ceannach arís",
  },
  liftColumns: {
    metric: "Méadrach",
    control: "Grúpa rialaithe",
    treatment: "Grúpa tástála",
    lift: "Athrú",
    interval: "Eatramh muiníne",
    pValue: "Luach p",
  },
  rateCell: "{rate} ({successes} as {visitors})",
  undefinedLift: "níl go leor sonraí ann go fóill",
  driftHeading: "Claonadh",
  driftTitle: "Ráta cliceála an ghrúpa {arm} le himeacht ama",
  driftDescription:
    "Ráta cliceála rollach in aghaidh na huaire i gcomparáid leis an mbonnlíne {baseline} agus leis an líne chlaonta {line}; {events, plural, one {# imeacht claonta} two {# imeacht claonta} few {# imeacht claonta} many {# imeacht claonta} other {# imeacht claonta}}.",
  baseline: "Bonnlíne",
  driftLine: "Líne chlaonta",
  eventsCaption: "Imeachtaí claonta",
  eventColumns: {
    time: "Am",
    metric: "Méadrach",
    arm: "Grúpa",
    baseline: "Bonnlíne",
    observed: "Breathnaithe",
    drop: "Titim",
  },
  noEvents: "Níor braitheadh aon chlaonadh.",
};

/** Irish (Gaeilge): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Bolgán scagaire",
  title: "Bolgán scagaire",
  summary:
    "Thar {days, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}}, d'athraigh eantrópacht na gcatagóirí a taispeánadh do gach custaiméir ó {first} go {last} giotán; ar an lá deireanach, bhí {outside} dá bhfaca custaiméirí a d'fhill lasmuigh de na catagóirí a taispeánadh dóibh ar dtús.",
  entropyChart:
    "Éagsúlacht in aghaidh an chustaiméara (eantrópacht, giotáin) agus an sciar lasmuigh dá gcéad chatagóirí, in aghaidh an lae",
  providerChart: "Nochtadh de réir soláthraí, in aghaidh an lae",
  day: "Lá",
  slates: "Liostaí",
  entropy: "Eantrópacht in aghaidh an chustaiméara (giotáin)",
  outside: "Lasmuigh de na céad chatagóirí",
  providerGini: "Comhéifeacht Gini na soláthraithe",
  empty: "Níl aon liostaí sa loga go fóill: brabhsáil an siopa, ansin fill anseo.",
};
