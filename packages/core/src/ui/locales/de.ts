/** German (Deutsch) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** German (Deutsch): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Ihre Datenschutz-Auswahl",
  optIn:
    "Wir möchten Ihre Aktivität in diesem Shop nutzen, um zu personalisieren, was Sie sehen. Bis Sie wählen, wird nichts Persönliches genutzt, und der Shop funktioniert in jedem Fall.",
  optOut:
    "Wir nutzen Ihre Aktivität in diesem Shop, um zu personalisieren, was Sie sehen, und teilen sie für personalisierte Werbung, solange Sie nicht widersprechen. Sensible personenbezogene Daten nutzen wir nur, wenn Sie es erlauben. Der Shop funktioniert in jedem Fall.",
  purposes: "Wir fragen nach: {purposes}.",
  privacyPolicy: "Datenschutzerklärung",
  acceptAll: "Alle akzeptieren",
  rejectAll: "Alle ablehnen",
  customize: "Anpassen",
  doNotSell: "Meine personenbezogenen Daten nicht verkaufen oder teilen",
  limitSensitive: "Die Nutzung meiner sensiblen personenbezogenen Daten einschränken",
};

/** German (Deutsch): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Datenschutz-Einstellungen",
  intro: "Wählen Sie, was genutzt werden darf. Sie können das jederzeit über die Fußzeile ändern.",
  save: "Auswahl speichern",
  close: "Schließen",
  alwaysOn: "Immer aktiv",
  on: "An",
  off: "Aus",
  acceptAll: "Alle akzeptieren",
  rejectAll: "Alle ablehnen",
  dataUsed: "Genutzte Daten",
  legalBasis: "Rechtsgrundlage",
  bases: {
    consent: "Ihre Einwilligung",
    "explicit-consent": "Ihre ausdrückliche Einwilligung",
    contract: "für den Shop erforderlich",
    "legal-obligation": "rechtliche Verpflichtung",
    "legitimate-interest": "berechtigtes Interesse",
  },
};

/** German (Deutsch): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "was Sie ansehen und anklicken",
    "pd:SearchHistory": "wonach Sie suchen",
    "pd:Purchase": "was Sie kaufen",
    "pd:Rating": "Ihre Bewertungen",
    "pd:DeviceBased": "Ihre Geräteart",
    "pd:Location": "Ihre Region",
    "candor:TimeOfDay": "die Tageszeit",
    "pd:Age": "Ihre Altersgruppe",
    "pd:EmailAddress": "Ihre E-Mail-Adresse",
    "candor:Cart": "Ihr Warenkorb",
    "candor:ConsentRecord": "Ihre Datenschutz-Auswahl",
    "pd:Health": "Gesundheit",
    "pd:Religion": "religiöse oder weltanschauliche Überzeugungen",
    "pd:Sexuality": "Sexualleben oder sexuelle Orientierung",
    "pd:PoliticalOpinion": "politische Meinungen",
    "pd:EthnicOrigin": "rassische oder ethnische Herkunft",
    "pd:Biometric": "biometrische Daten",
    "pd:Genetic": "genetische Daten",
    "pd:TradeUnionMembership": "Gewerkschaftszugehörigkeit",
    "candor:UnclassifiedSpecialCategory": "andere sensible Angaben",
  },
};

/** German (Deutsch): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Datenschutz-Auswahl",
  privacySettings: "Datenschutz-Einstellungen",
  doNotSell: "Meine personenbezogenen Daten nicht verkaufen oder teilen",
  gpcHonored: "Widerspruch umgesetzt",
  optedOut: "Erledigt: Ihre personenbezogenen Daten werden nicht mehr verkauft oder geteilt.",
};

/** German (Deutsch): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Die Nutzung meiner sensiblen personenbezogenen Daten einschränken",
  limitSensitiveOn: "Ihre sensiblen personenbezogenen Daten werden nicht für Empfehlungen genutzt.",
};

/** German (Deutsch): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Empfehlungseinstellungen",
  settingsToggle: "Einstellungen",
  personalized: "Personalisiert",
  notPersonalized: "Nicht personalisiert",
  variety: "Abwechslung",
  varietyHint:
    "Mehr Abwechslung mischt andere Kategorien, weniger bekannte Produkte und unabhängige Händler bei.",
  varietyValue: "{value} %",
  modePersonalized: "Personalisiert: nutzt nur die Daten, die Sie erlaubt haben.",
  modeNotPersonalizedChosen:
    "Nicht personalisiert, wie gewählt: beliebte Produkte, keine personenbezogenen Daten.",
  modeNotPersonalizedConsent:
    "Nicht personalisiert: Sie haben keine Personalisierung erlaubt, daher werden keine personenbezogenen Daten genutzt.",
  modeNotPersonalizedOther: "Gerade nicht personalisiert: beliebte Produkte, keine personenbezogenen Daten.",
  empty: "Hier gibt es gerade nichts zu empfehlen.",
  personalizedNeedsConsent:
    "Um diese Reihe zu personalisieren, erlauben Sie es in den Datenschutz-Einstellungen.",
  personalizedUnavailable: "Personalisierung ist für diese Reihe gerade nicht verfügbar.",
  updated: "Erledigt: Die Empfehlungen sind aktualisiert.",
};

/** German (Deutsch): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Warum sehe ich das?",
  about: "Zu {item}",
  reasonsHeading: "Warum es angezeigt wird",
  reasonShare: "{share} der Bewertung",
  effectsHeading: "Wie die Liste ausgewogen wurde",
  dataHeading: "Genutzte Daten von Ihnen",
  noPersonalData: "Es wurden keine personenbezogenen Daten von Ihnen genutzt.",
  legalBasis: "Rechtsgrundlage",
  basisConsent: "{purpose}: Ihre Einwilligung",
  controlsHeading: "Das ändern",
  close: "Schließen",
};

/** German (Deutsch): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Beliebt in {region}",
  device: "Beliebt bei Kunden mit {device}",
  daypart: "Beliebt {daypart}",
  devices: {
    mobile: "Smartphone",
    desktop: "Computer",
    tablet: "Tablet",
  },
  dayparts: {
    morning: "am Morgen",
    afternoon: "am Nachmittag",
    evening: "am Abend",
    night: "in der Nacht",
  },
  regions: {
    "US-CA": "Kalifornien",
  },
};

/** German (Deutsch): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Ihre Empfehlungen umfassen {covered} von {total, plural, one {# Abteilung} other {# Abteilungen}}.",
  none: "Ihnen wurden noch keine Empfehlungen gezeigt.",
  missing: "Zuletzt nicht gezeigt: {departments}.",
};

/** German (Deutsch): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Meine Daten",
  intro:
    "Laden Sie alles, was dieser Shop über Sie speichert, als JSON herunter oder löschen Sie es: Ihre Aktivität, Ihren Einwilligungsnachweis und daraus Abgeleitetes.",
  stored: {
    heading: "Was dieser Shop über Sie speichert",
    loading: "Gespeicherte Daten werden nachgeschlagen…",
    events: "{count, plural, one {# Aktivität von Ihnen hier:} other {# Aktivitäten von Ihnen hier:}}",
    noEvents: "Es ist keine Aktivität von Ihnen gespeichert.",
    eventKind: "{kind}: {count} (vom {first} bis {last})",
    kinds: {
      view: "Angesehene Produkte",
      add_to_cart: "In den Warenkorb gelegt",
      purchase: "Käufe",
      rating: "Bewertungen",
      search: "Suchen",
      dismiss: "Als uninteressant markiert",
    },
    consentHeading: "Ihre Datenschutz-Auswahl im Zeitverlauf",
    noConsent: "Sie haben noch keine Auswahl getroffen.",
    consentEvent: "{date}: {type}. An: {granted}.",
    consentTypes: {
      given: "Auswahl gespeichert",
      refused: "abgelehnt",
      withdrawn: "widerrufen",
      expired: "abgelaufen",
      "gpc-honored": "Global Privacy Control umgesetzt",
      notified: "Hinweis gezeigt",
      "notice-changed": "Hinweis geändert",
    },
    nothingGranted: "nichts",
    derivedHeading: "Was daraus abgeleitet wurde",
    noDerived: "Ohne gespeicherte Aktivität wird nichts abgeleitet.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Meine Daten exportieren (JSON)",
  exported:
    "Ihr Export ist fertig: {events, plural, one {# Ereignis} other {# Ereignisse}} und ein Einwilligungsnachweis mit {consentEvents, plural, one {# Eintrag} other {# Einträgen}}.",
  eraseButton: "Alles löschen",
  eraseConfirmTitle: "Alles löschen?",
  eraseConfirmText:
    "Dies löscht Ihre Aktivität, Ihren Einwilligungsnachweis und alles daraus Abgeleitete. Das lässt sich nicht rückgängig machen.",
  eraseConfirm: "Ja, alles löschen",
  cancel: "Abbrechen",
  erased: "Alles ist gelöscht. Bewahren Sie diese Quittung als Nachweis auf.",
  receiptTitle: "Löschquittung",
  downloadReceipt: "Quittung herunterladen",
  receipt: {
    erasedAt: "Gelöscht am",
    subject: "Pseudonym",
    events: "Gelöschte Aktivitäten",
    consentEvents: "Gelöschte Datenschutz-Entscheidungen",
    also: "Außerdem entfernt",
    proof: "Prüfsumme der gelöschten Einträge",
  },
  failed: "Etwas ist schiefgegangen: {message}",
};

/** German (Deutsch): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Datenschutz-Center",
  choicesHeading: "Ihre Auswahl",
  rules: "Geltende Regeln: {rules}.",
  regimes: {
    gdpr: "DSGVO und ePrivacy (nichts wird genutzt, bevor Sie es erlauben)",
    cpra: "CCPA/CPRA (Personalisierung, bis Sie widersprechen; sensible Daten nur mit Ihrer Erlaubnis)",
    "opt-in": "nichts wird genutzt, bevor Sie es erlauben",
    "opt-out": "Personalisierung, bis Sie widersprechen",
    strictest:
      "die strengsten Regeln, da Ihre Region unbekannt ist (nichts wird genutzt, bevor Sie es erlauben)",
  },
  chosen: "Gewählt am {date}; wir fragen nach dem {expires} erneut.",
  notChosen: "Sie haben noch nicht gewählt: Es wird nur genutzt, was der Shop braucht.",
  defaults:
    "Sie haben noch nicht gewählt: Es gelten die Voreinstellungen dieser Regeln, wie unten aufgeführt.",
  minor: "Bekannte minderjährige Person: profilbasierte Werbung sowie Verkauf und Weitergabe sind aus.",
  gpc: "Global Privacy Control ist aktiv.",
  gpcHonored: "Global Privacy Control ist aktiv und wurde umgesetzt.",
  limited: "Die Nutzung Ihrer sensiblen personenbezogenen Daten ist eingeschränkt.",
  change: "Auswahl ändern",
  on: "An",
  off: "Aus",
  receiptHeading: "Einwilligungsbeleg",
  receiptIntro: "Ein Kantara-Einwilligungsbeleg (v1.1) Ihrer geltenden Auswahl vom {date}: {purposes}.",
  receiptNone: "Es gibt noch keinen Beleg: Sie haben noch nicht gewählt.",
  nothingGranted: "nichts",
  showReceipt: "Beleg als JSON zeigen",
  downloadReceipt: "Einwilligungsbeleg herunterladen",
  howHeading: "So funktionieren Empfehlungen",
  summary:
    "Produkte werden gereiht, indem die folgenden Signale mit ihren Gewichten addiert werden. Produkte, die Ihnen nicht verkauft werden können (nicht vorrätig, kein Versand in Ihre Region, altersbeschränkt), werden nie gezeigt.",
  reranked: "Danach wird die Liste auf Abwechslung und Fairness gegenüber unabhängigen Händlern ausgewogen.",
  parametersHeading: "Wichtigste Parameter, das Wichtigste zuerst",
  importance: {
    main: "Haupteinfluss",
    supporting: "unterstützend",
    minor: "gering",
  },
  parameters: {
    hybrid:
      "Gelernt von vielen Kunden: ein Modell, welche Produkte in den Verläufen vieler Kunden zusammengehören (nur Verbindungen, die mindestens fünf Kunden teilen, und nur, wenn Sie das Lernen von ähnlichen Kunden erlauben).",
    itemKnn:
      "Kunden kauften auch: was Kunden, die dieselben Produkte wie Sie gekauft oder angesehen haben, danach kauften (nur Verbindungen, die mindestens fünf Kunden teilen, und nur, wenn Sie das Lernen von ähnlichen Kunden erlauben).",
    ease: "Produkte, die zusammenpassen: ein statistisches Modell über die Verläufe vieler Kunden (nur, wenn Sie das Lernen von ähnlichen Kunden erlauben).",
    content:
      "Ähnliche Produkte: wie nah ein Produkt dem ist, was Sie hier angesehen oder gekauft haben, nach Wörtern, Kategorie, Marke und Preisklasse.",
    session: "Dieser Besuch: was Sie sich gerade angesehen haben.",
    search:
      "Ihre Suchen: die Wörter, nach denen Sie hier gesucht haben, abgeglichen mit den Produkten (nur, wenn Sie Empfehlungen aus dem Angesehenen erlauben).",
    context:
      "Gerät, Tageszeit und Region: was auf Ihrer Geräteart, zu dieser Tageszeit oder in Ihrer Region beliebt ist (nur, wenn Sie den Kontext erlauben).",
    popularity:
      "Beliebtheit: wie viele Kunden das Produkt zuletzt gewählt haben (alles, was nicht personalisierte Empfehlungen nutzen).",
    editorial: "Auswahl unseres Teams: Produkte, die unser Team hervorhebt.",
  },
  optionsHeading: "Was Sie ändern können",
  options: [
    "Personalisiert oder Nicht personalisiert, unter „Einstellungen“ an jeder Empfehlungsreihe: Nicht personalisiert nutzt keine personenbezogenen Daten, nur Beliebtheit und die Auswahl unseres Teams.",
    "Datenschutz-Einstellungen: Schalten Sie jede Art der Personalisierung jederzeit ein oder aus.",
    "Warum sehe ich das?: an jedem empfohlenen Produkt, mit Schaltern, um ein angesehenes Produkt nicht mehr zu nutzen, Desinteresse anzugeben oder eine Art der Personalisierung auszuschalten.",
    "Abwechslung: ein Regler unter „Einstellungen“ an jeder Empfehlungsreihe, der Nähe zu Ihren Interessen gegen Abwechslung, weniger bekannte Produkte und unabhängige Händler abwägt.",
  ],
  protectionsHeading: "Gilt immer",
  protections: [
    "Sensible Produkte (zum Beispiel Apotheke und Gesundheit, Religion, Politik) werden nie durch Ihre eigene Aktivität hervorgehoben, außer Sie haben ausdrücklich in sensible Daten eingewilligt.",
    "Jede Art der Personalisierung nutzt nur ihre eigenen Daten: Ihre Aufrufe nur, wenn Sie Empfehlungen aus dem Angesehenen erlauben, Ihre Käufe nur, wenn Sie Empfehlungen aus Ihren Käufen erlauben.",
    "Bekannte Minderjährige erhalten keine profilbasierten Empfehlungen oder Werbung.",
  ],
  myData: "Um alles zu sehen, herunterzuladen oder zu löschen, gehen Sie zu {link}.",
  myDataLink: "Meine Daten",
};

/** German (Deutsch): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Prüfkonsole",
  verifyLog: "Protokoll prüfen",
  verifying: "Wird geprüft …",
  logVerified: "Protokoll bestätigt",
  logVerifiedDetail:
    "{size, plural, one {# Eintrag geprüft; er wurde nicht verändert.} other {# Einträge geprüft; keiner wurde verändert.}}",
  logVerifiedKinds:
    "{size, plural, one {# Eintrag} other {# Einträge}} geprüft ({served, plural, one {# ausgespielter Artikel} other {# ausgespielte Artikel}}, {consent, plural, one {# Einwilligungsereignis} other {# Einwilligungsereignisse}}, {notices, plural, one {# Hinweis} other {# Hinweise}}); keiner wurde verändert.",
  tampered: "Manipulation bei Eintrag {index} festgestellt",
  failed: "Etwas ist schiefgegangen: {message}",
  logHeading: "Erklärungsprotokoll",
  chartsHeading: "Sichtbarkeit und Vielfalt",
  filters: "Filter",
  filterSurface: "Fläche",
  filterMode: "Modus",
  filterSubject: "Person",
  filterSearch: "Suche",
  filterAll: "Alle",
  personalized: "Personalisiert",
  notPersonalized: "Nicht personalisiert",
  entriesShown: "{shown} von {total, plural, one {# Eintrag} other {# Einträgen}}",
  noEntries: "Keine passenden Einträge.",
  logEmpty:
    "Auf diesem Gerät wurde noch nichts ausgeliefert. Öffnen Sie die Startseite oder ein Produkt; jede gezeigte Empfehlung wird hier protokolliert.",
  pageOf: "Seite {page} von {pages}",
  previous: "Zurück",
  next: "Weiter",
  columns: {
    index: "Eintrag",
    time: "Zeit",
    subject: "Person",
    surface: "Fläche",
    rank: "Rang",
    item: "Artikel",
    mode: "Modus",
    reason: "Erklärung",
    basis: "Grundlage",
  },
  exportJson: "JSON exportieren",
  exportCsv: "CSV exportieren",
  exposureTitle: "Sichtbarkeit nach Händlergruppe",
  exposureDescription: "Positionsgewichtete Sichtbarkeit, 1 / log2(Rang + 1), der ausgespielten Artikel.",
  diversityTitle: "Kategorien pro Liste",
  diversityAxisY: "Kategorien",
  diversityAxisX: "Listen, die neueste rechts",
  diversityDescription:
    "Im Schnitt {mean} verschiedene Kategorien pro Liste, über {slates, plural, one {# Liste} other {# Listen}}.",
};

/** German (Deutsch): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Prüfansichten",
  tabLog: "Protokoll",
  tabMeasurement: "Messung",
  loading: "Messung wird berechnet…",
  failed: "Die Messung konnte nicht berechnet werden: {message}",
  summaryHeading: "Zusammenfassung",
  raised:
    "Die Personalisierung erhöhte die Klickrate um {lift} ({confidence}-KI {low} bis {high}) gegenüber der nicht personalisierten Kontrollgruppe.",
  lowered:
    "Die Personalisierung senkte die Klickrate um {lift} ({confidence}-KI {low} bis {high}) gegenüber der nicht personalisierten Kontrollgruppe.",
  noDifference:
    "Kein signifikanter Unterschied der Klickrate zwischen Personalisierung und nicht personalisierter Kontrollgruppe (Lift {lift}, {confidence}-KI {low} bis {high}).",
  noData: "Noch nicht genug Daten, um die Klickraten der Gruppen zu vergleichen.",
  liftHeading: "Lift gegenüber der Kontrollgruppe",
  liftTitle: "Lift der Personalisierung gegenüber der nicht personalisierten Kontrollgruppe",
  liftDescription:
    "Relativer Lift jeder Rate pro Besucher mit {confidence}-Konfidenzintervall; die Linie markiert 0 % (kein Unterschied).",
  liftCaption: "Raten pro Besucher: {treatment} gegenüber {control}",
  metrics: {
    click: "Klickrate",
    addToCart: "In den Warenkorb",
    conversion: "Kaufrate",
    firstDayEngagement: "Interaktion am ersten Tag",
    repeatPurchase: "Wiederkauf",
  },
  liftColumns: {
    metric: "Kennzahl",
    control: "Kontrolle",
    treatment: "Behandlung",
    lift: "Lift",
    interval: "Konfidenzintervall",
    pValue: "p-Wert",
  },
  rateCell: "{rate} ({successes} von {visitors})",
  undefinedLift: "noch nicht genug Daten",
  driftHeading: "Drift",
  driftTitle: "Klickrate der Gruppe {arm} im Zeitverlauf",
  driftDescription:
    "Gleitende Klickrate pro Stunde gegenüber der Basislinie {baseline} und der Driftgrenze {line}; {events, plural, one {# Drift-Ereignis} other {# Drift-Ereignisse}}.",
  baseline: "Basislinie",
  driftLine: "Driftgrenze",
  eventsCaption: "Drift-Ereignisse",
  eventColumns: {
    time: "Zeit",
    metric: "Kennzahl",
    arm: "Gruppe",
    baseline: "Basislinie",
    observed: "Beobachtet",
    drop: "Rückgang",
  },
  noEvents: "Keine Drift erkannt.",
};

/** German (Deutsch): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Filterblase",
  title: "Filterblase",
  summary:
    "Über {days, plural, one {# Tag} other {# Tage}} ging die Entropie der Kategorien, die jedem Kunden gezeigt wurden, von {first} auf {last} Bit; am letzten Tag lag {outside} dessen, was wiederkehrende Kunden sahen, außerhalb der zuerst gezeigten Kategorien.",
  entropyChart: "Abwechslung pro Kunde (Entropie, Bit) und Anteil außerhalb der ersten Kategorien, pro Tag",
  providerChart: "Sichtbarkeit nach Anbieter, pro Tag",
  day: "Tag",
  slates: "Listen",
  entropy: "Entropie pro Kunde (Bit)",
  outside: "Außerhalb der ersten Kategorien",
  providerGini: "Gini über Anbieter",
  empty: "Noch keine ausgelieferten Listen im Protokoll: Stöbern Sie im Shop und kommen Sie dann zurück.",
};
