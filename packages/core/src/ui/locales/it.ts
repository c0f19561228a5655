/** Italian (italiano) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Italian (italiano): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Le tue scelte sulla privacy",
  optIn:
    "Vorremmo usare la tua attività in questo negozio per personalizzare ciò che vedi. Nulla di personale viene usato finché non scegli, e il negozio funziona pienamente in ogni caso.",
  optOut:
    "Usiamo la tua attività in questo negozio per personalizzare ciò che vedi e la condividiamo per la pubblicità personalizzata, a meno che tu non ti opponga. Le informazioni personali sensibili sono usate solo se lo consenti. Il negozio funziona pienamente in ogni caso.",
  purposes: "Cosa ti chiediamo: {purposes}.",
  privacyPolicy: "Informativa sulla privacy",
  acceptAll: "Accetta tutto",
  rejectAll: "Rifiuta tutto",
  customize: "Personalizza",
  doNotSell: "Non vendere o condividere le mie informazioni personali",
  limitSensitive: "Limita l'uso delle mie informazioni personali sensibili",
};

/** Italian (italiano): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Impostazioni della privacy",
  intro: "Scegli cosa può essere usato. Puoi cambiarlo in qualsiasi momento dal piè di pagina.",
  save: "Salva le scelte",
  close: "Chiudi",
  alwaysOn: "Sempre attivo",
  on: "Attivo",
  off: "Disattivo",
  acceptAll: "Accetta tutto",
  rejectAll: "Rifiuta tutto",
  dataUsed: "Dati usati",
  legalBasis: "Base giuridica",
  bases: {
    consent: "il tuo consenso",
    "explicit-consent": "il tuo consenso esplicito",
    contract: "necessario per fornire il negozio",
    "legal-obligation": "obbligo legale",
    "legitimate-interest": "legittimo interesse",
  },
};

/** Italian (italiano): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "ciò che guardi e clicchi",
    "pd:SearchHistory": "ciò che cerchi",
    "pd:Purchase": "ciò che acquisti",
    "pd:Rating": "le tue valutazioni",
    "pd:DeviceBased": "il tipo di dispositivo",
    "pd:Location": "la tua zona",
    "candor:TimeOfDay": "l'ora del giorno",
    "pd:Age": "la tua fascia d'età",
    "pd:EmailAddress": "il tuo indirizzo e-mail",
    "candor:Cart": "il tuo carrello",
    "candor:ConsentRecord": "le tue scelte sulla privacy",
    "pd:Health": "salute",
    "pd:Religion": "convinzioni religiose o filosofiche",
    "pd:Sexuality": "vita sessuale o orientamento sessuale",
    "pd:PoliticalOpinion": "opinioni politiche",
    "pd:EthnicOrigin": "origine razziale o etnica",
    "pd:Biometric": "dati biometrici",
    "pd:Genetic": "dati genetici",
    "pd:TradeUnionMembership": "appartenenza sindacale",
    "candor:UnclassifiedSpecialCategory": "altre informazioni sensibili",
  },
};

/** Italian (italiano): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Scelte sulla privacy",
  privacySettings: "Impostazioni della privacy",
  doNotSell: "Non vendere o condividere le mie informazioni personali",
  gpcHonored: "Richiesta di opposizione rispettata",
  optedOut: "Fatto: le tue informazioni personali non vengono più vendute né condivise.",
};

/** Italian (italiano): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Limita l'uso delle mie informazioni personali sensibili",
  limitSensitiveOn: "Le tue informazioni personali sensibili non sono usate per le raccomandazioni.",
};

/** Italian (italiano): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Impostazioni delle raccomandazioni",
  settingsToggle: "Impostazioni della fila",
  personalized: "Personalizzato",
  notPersonalized: "Non personalizzato",
  variety: "Varietà",
  varietyHint: "Più varietà aggiunge altre categorie, prodotti meno noti e venditori indipendenti.",
  varietyValue: "{value}%",
  modePersonalized: "Personalizzato: usa solo i dati che hai consentito.",
  modeNotPersonalizedChosen:
    "Non personalizzato, come hai scelto: prodotti popolari, nessun dato personale usato.",
  modeNotPersonalizedConsent:
    "Non personalizzato: non hai consentito la personalizzazione, quindi non viene usato alcun dato personale.",
  modeNotPersonalizedOther: "Al momento non personalizzato: prodotti popolari, nessun dato personale usato.",
  empty: "Al momento non c'è nulla da consigliare qui.",
  personalizedNeedsConsent: "Per personalizzare questa fila, consentilo nelle impostazioni della privacy.",
  personalizedUnavailable: "Al momento la personalizzazione non è disponibile per questa fila.",
  updated: "Fatto: le raccomandazioni sono aggiornate.",
};

/** Italian (italiano): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Perché vedo questo?",
  about: "Su {item}",
  reasonsHeading: "Perché viene mostrato",
  reasonShare: "{share} del punteggio",
  effectsHeading: "Come è stato bilanciato l'elenco",
  dataHeading: "I tuoi dati usati",
  noPersonalData: "Non è stato usato nessuno dei tuoi dati personali.",
  legalBasis: "Base giuridica",
  basisConsent: "{purpose}: il tuo consenso",
  controlsHeading: "Cambia ciò che vedi",
  close: "Chiudi",
};

/** Italian (italiano): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Popolare in {region}",
  device: "Popolare tra i clienti che usano {device}",
  daypart: "Popolare {daypart}",
  devices: {
    mobile: "uno smartphone",
    desktop: "un computer",
    tablet: "un tablet",
  },
  dayparts: {
    morning: "di mattina",
    afternoon: "di pomeriggio",
    evening: "di sera",
    night: "di notte",
  },
  regions: {
    "US-CA": "California",
  },
};

/** Italian (italiano): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Le tue raccomandazioni coprono {covered} su {total, plural, one {# reparto} many {# di reparti} other {# reparti}}.",
  none: "Non ti sono ancora state mostrate raccomandazioni.",
  missing: "Non mostrati di recente: {departments}.",
};

/** Italian (italiano): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "I miei dati",
  intro:
    "Scarica in formato JSON tutto ciò che questo negozio conserva su di te, oppure cancellalo: la tua attività, la registrazione dei tuoi consensi e ciò che ne è stato dedotto.",
  stored: {
    heading: "Cosa conserva su di te questo negozio",
    loading: "Ricerca dei dati conservati…",
    events:
      "{count, plural, one {# azione che hai compiuto qui:} many {# di azioni che hai compiuto qui:} other {# azioni che hai compiuto qui:}}",
    noEvents: "Non è conservata alcuna tua attività.",
    eventKind: "{kind}: {count} (dal {first} al {last})",
    kinds: {
      view: "Prodotti visti",
      add_to_cart: "Aggiunti al carrello",
      purchase: "Acquisti",
      rating: "Valutazioni",
      search: "Ricerche",
      dismiss: "Segnati come non interessanti",
    },
    consentHeading: "Le tue scelte sulla privacy nel tempo",
    noConsent: "Non hai ancora fatto una scelta.",
    consentEvent: "{date}: {type}. Attivi: {granted}.",
    consentTypes: {
      given: "scelta salvata",
      refused: "rifiutato",
      withdrawn: "revocato",
      expired: "scaduto",
      "gpc-honored": "Global Privacy Control rispettato",
      notified: "informativa mostrata",
      "notice-changed": "informativa modificata",
    },
    nothingGranted: "nulla",
    derivedHeading: "Cosa ne è stato dedotto",
    noDerived: "Senza attività conservata non viene dedotto nulla.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Esporta i miei dati (JSON)",
  exported:
    "La tua esportazione è pronta: {events, plural, one {# evento} many {# di eventi} other {# eventi}} e una registrazione dei consensi con {consentEvents, plural, one {# voce} many {# di voci} other {# voci}}.",
  eraseButton: "Cancella tutto",
  eraseConfirmTitle: "Cancellare tutto?",
  eraseConfirmText:
    "Questo cancella la tua attività, la registrazione dei tuoi consensi e tutto ciò che ne è stato dedotto. Non si può annullare.",
  eraseConfirm: "Sì, cancella tutto",
  cancel: "Annulla",
  erased: "È stato cancellato tutto. Conserva questa ricevuta come prova della cancellazione.",
  receiptTitle: "Ricevuta di cancellazione",
  downloadReceipt: "Scarica la ricevuta",
  receipt: {
    erasedAt: "Cancellato il",
    subject: "Pseudonimo",
    events: "Attività cancellate",
    consentEvents: "Scelte sulla privacy cancellate",
    also: "Rimosso inoltre",
    proof: "Impronta delle registrazioni cancellate",
  },
  failed: "Qualcosa è andato storto: {message}",
};

/** Italian (italiano): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Centro privacy",
  choicesHeading: "Le tue scelte",
  rules: "Regole in vigore: {rules}.",
  regimes: {
    gdpr: "RGPD ed ePrivacy (nulla viene usato finché non lo consenti)",
    cpra: "CCPA/CPRA (personalizzazione finché non ti opponi; dati sensibili solo se lo consenti)",
    "opt-in": "nulla viene usato finché non lo consenti",
    "opt-out": "personalizzazione finché non ti opponi",
    strictest:
      "le regole più rigorose, perché la tua zona non è nota (nulla viene usato finché non lo consenti)",
  },
  chosen: "Scelto il {date}; te lo chiederemo di nuovo dopo il {expires}.",
  notChosen: "Non hai ancora scelto: viene usato solo ciò che serve al negozio.",
  defaults:
    "Non hai ancora scelto: valgono le impostazioni predefinite di queste regole, elencate qui sotto.",
  minor:
    "Minore accertato: la pubblicità basata sulla profilazione e la vendita o condivisione sono disattivate.",
  gpc: "Global Privacy Control è attivo.",
  gpcHonored: "Global Privacy Control è attivo ed è stato rispettato.",
  limited: "L'uso delle tue informazioni personali sensibili è limitato.",
  change: "Cambia le tue scelte",
  on: "Attivo",
  off: "Disattivo",
  receiptHeading: "Ricevuta del consenso",
  receiptIntro:
    "Una ricevuta di consenso Kantara (v1.1) della tua scelta in vigore, espressa il {date}: {purposes}.",
  receiptNone: "Non c'è ancora una ricevuta: non hai fatto una scelta.",
  nothingGranted: "nulla",
  showReceipt: "Mostra la ricevuta in formato JSON",
  downloadReceipt: "Scarica la ricevuta del consenso",
  howHeading: "Come funzionano le raccomandazioni",
  summary:
    "I prodotti sono ordinati sommando i segnali qui sotto, con i pesi indicati. I prodotti che non possono esserti venduti (esauriti, non spediti nella tua zona, con limiti di età) non vengono mai mostrati.",
  reranked: "L'elenco viene poi bilanciato per varietà ed equità verso i venditori indipendenti.",
  parametersHeading: "Parametri principali, dal più importante",
  importance: {
    main: "principale",
    supporting: "di supporto",
    minor: "secondario",
  },
  parameters: {
    hybrid:
      "Appreso da molti clienti: un modello dei prodotti che vanno insieme nelle cronologie di molti clienti (solo legami condivisi da almeno cinque clienti, e solo se consenti di imparare da clienti simili).",
    itemKnn:
      "Chi ha acquistato questo ha acquistato anche: ciò che hanno poi acquistato i clienti che hanno acquistato o visto i tuoi stessi prodotti (solo legami condivisi da almeno cinque clienti, e solo se consenti di imparare da clienti simili).",
    ease: "Prodotti che vanno insieme: un modello statistico sulle cronologie di molti clienti (solo se consenti di imparare da clienti simili).",
    content:
      "Prodotti simili: quanto un prodotto è vicino a ciò che hai visto o acquistato qui, per parole, categoria, marca e fascia di prezzo.",
    session: "Questa visita: ciò che hai guardato poco fa.",
    search:
      "Le tue ricerche: le parole che hai cercato qui, confrontate con i prodotti (solo se consenti le raccomandazioni in base a ciò che guardi).",
    context:
      "Dispositivo, ora del giorno e zona: ciò che è popolare sul tuo tipo di dispositivo, a quest'ora del giorno o nella tua zona (solo se consenti il contesto).",
    popularity:
      "Popolarità: quanti clienti hanno scelto il prodotto di recente (l'unica cosa che usano le raccomandazioni non personalizzate).",
    editorial: "Le scelte del nostro team: prodotti messi in evidenza dal nostro team.",
  },
  optionsHeading: "Cosa puoi cambiare",
  options: [
    "Personalizzato o Non personalizzato, in «Impostazioni della fila» su ogni fila di raccomandazioni: non personalizzato non usa dati personali, solo la popolarità e le scelte del nostro team.",
    "Impostazioni della privacy: attiva o disattiva ogni tipo di personalizzazione in qualsiasi momento.",
    "Perché vedo questo?: su ogni prodotto consigliato, con comandi per non usare più un prodotto che hai visto, dire che non ti interessa o disattivare un tipo di personalizzazione.",
    "Varietà: un cursore in «Impostazioni della fila» su ogni fila di raccomandazioni che bilancia la vicinanza ai tuoi interessi con varietà, prodotti meno noti e venditori indipendenti.",
  ],
  protectionsHeading: "Sempre applicato",
  protections: [
    "I prodotti sensibili (per esempio farmacia e salute, religione, politica) non vengono mai favoriti dalla tua attività, a meno che tu non abbia dato il consenso esplicito per i dati sensibili.",
    "Ogni tipo di personalizzazione usa solo i propri dati: ciò che guardi solo se consenti le raccomandazioni in base a ciò che guardi, i tuoi acquisti solo se consenti le raccomandazioni in base ai tuoi acquisti.",
    "I minori accertati non ricevono raccomandazioni né pubblicità basate sulla profilazione.",
  ],
  myData: "Per vedere, scaricare o cancellare tutto, vai a {link}.",
  myDataLink: "I miei dati",
};

/** Italian (italiano): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Console di verifica",
  verifyLog: "Verifica il registro",
  verifying: "Verifica in corso…",
  logVerified: "Registro verificato",
  logVerifiedDetail:
    "{size, plural, one {# voce controllata; non è stata modificata.} many {# di voci controllate; nessuna è stata modificata.} other {# voci controllate; nessuna è stata modificata.}}",
  logVerifiedKinds:
    "{size, plural, one {# voce controllata} many {# di voci controllate} other {# voci controllate}} ({served, plural, one {# articolo servito} many {# di articoli serviti} other {# articoli serviti}}, {consent, plural, one {# evento di consenso} many {# di eventi di consenso} other {# eventi di consenso}}, {notices, plural, one {# informativa} many {# di informative} other {# informative}}); nessuna è stata modificata.",
  tampered: "Manomissione rilevata alla voce {index}",
  failed: "Qualcosa è andato storto: {message}",
  logHeading: "Registro delle spiegazioni",
  chartsHeading: "Visibilità e diversità",
  filters: "Filtri",
  filterSurface: "Superficie",
  filterMode: "Modalità",
  filterSubject: "Persona",
  filterSearch: "Cerca",
  filterAll: "Tutti",
  personalized: "Personalizzato",
  notPersonalized: "Non personalizzato",
  entriesShown: "{shown} su {total, plural, one {# voce} many {# di voci} other {# voci}}",
  noEntries: "Nessuna voce corrispondente.",
  logEmpty:
    "Su questo dispositivo non è ancora stato servito nulla. Apri la pagina iniziale del negozio o un prodotto; ogni raccomandazione mostrata viene registrata qui.",
  pageOf: "Pagina {page} di {pages}",
  previous: "Precedente",
  next: "Successiva",
  columns: {
    index: "Voce",
    time: "Ora",
    subject: "Persona",
    surface: "Superficie",
    rank: "Posizione",
    item: "Articolo",
    mode: "Modalità",
    reason: "Spiegazione",
    basis: "Base",
  },
  exportJson: "Esporta JSON",
  exportCsv: "Esporta CSV",
  exposureTitle: "Visibilità per gruppo di venditori",
  exposureDescription: "Visibilità ponderata per posizione, 1 / log2(posizione + 1), degli articoli serviti.",
  diversityTitle: "Categorie per elenco",
  diversityAxisY: "Categorie",
  diversityAxisX: "Elenchi, il più recente a destra",
  diversityDescription:
    "In media {mean} categorie distinte per elenco, su {slates, plural, one {# elenco} many {# di elenchi} other {# elenchi}}.",
};

/** Italian (italiano): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Viste di verifica",
  tabLog: "Registro",
  tabMeasurement: "Misurazione",
  loading: "Calcolo della misurazione…",
  failed: "Non è stato possibile calcolare la misurazione: {message}",
  summaryHeading: "Riepilogo",
  raised:
    "La personalizzazione ha aumentato il tasso di clic di {lift} (IC {confidence} da {low} a {high}) rispetto al gruppo di controllo non personalizzato.",
  lowered:
    "La personalizzazione ha ridotto il tasso di clic di {lift} (IC {confidence} da {low} a {high}) rispetto al gruppo di controllo non personalizzato.",
  noDifference:
    "Nessuna differenza significativa nel tasso di clic tra personalizzazione e gruppo di controllo non personalizzato (incremento {lift}, IC {confidence} da {low} a {high}).",
  noData: "Non ci sono ancora dati sufficienti per confrontare il tasso di clic tra i gruppi.",
  liftHeading: "Incremento rispetto al controllo",
  liftTitle: "Incremento della personalizzazione rispetto al gruppo di controllo non personalizzato",
  liftDescription:
    "Incremento relativo di ogni tasso per visitatore con il suo intervallo di confidenza al {confidence}; la linea segna lo 0 % (nessuna differenza).",
  liftCaption: "Tassi per visitatore: {treatment} rispetto a {control}",
  metrics: {
    click: "Tasso di clic",
    addToCart: "Aggiunta al carrello",
    conversion: "Conversione",
    firstDayEngagement: "Coinvolgimento il primo giorno",
    repeatPurchase: "Acquisto ripetuto",
  },
  liftColumns: {
    metric: "Metrica",
    control: "Controllo",
    treatment: "Trattamento",
    lift: "Incremento",
    interval: "Intervallo di confidenza",
    pValue: "valore p",
  },
  rateCell: "{rate} ({successes} su {visitors})",
  undefinedLift: "dati ancora insufficienti",
  driftHeading: "Deriva",
  driftTitle: "Tasso di clic del gruppo {arm} nel tempo",
  driftDescription:
    "Tasso di clic mobile per ora rispetto alla linea di base {baseline} e alla soglia di deriva {line}; {events, plural, one {# evento di deriva} many {# di eventi di deriva} other {# eventi di deriva}}.",
  baseline: "Linea di base",
  driftLine: "Soglia di deriva",
  eventsCaption: "Eventi di deriva",
  eventColumns: {
    time: "Ora",
    metric: "Metrica",
    arm: "Gruppo",
    baseline: "Linea di base",
    observed: "Osservato",
    drop: "Calo",
  },
  noEvents: "Nessuna deriva rilevata.",
};

/** Italian (italiano): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Bolla di filtraggio",
  title: "Bolla di filtraggio",
  summary:
    "In {days, plural, one {# giorno} many {# di giorni} other {# giorni}} le categorie mostrate a ogni cliente sono passate da {first} a {last} bit di entropia; l'ultimo giorno {outside} di ciò che hanno visto i clienti abituali era fuori dalle categorie mostrate loro per prime.",
  entropyChart: "Varietà per cliente (entropia, bit) e quota fuori dalle prime categorie, per giorno",
  providerChart: "Visibilità per fornitore, per giorno",
  day: "Giorno",
  slates: "Elenchi",
  entropy: "Entropia per cliente (bit)",
  outside: "Fuori dalle prime categorie",
  providerGini: "Gini dei fornitori",
  empty: "Nessun elenco servito nel registro: esplora il negozio, poi torna qui.",
};
