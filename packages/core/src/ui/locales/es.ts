/** Spanish (español) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Spanish (español): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Sus opciones de privacidad",
  optIn:
    "Nos gustaría usar su actividad en esta tienda para personalizar lo que ve. No se usa nada personal hasta que usted elija, y la tienda funciona plenamente en cualquier caso.",
  optOut:
    "Usamos su actividad en esta tienda para personalizar lo que ve y la compartimos para publicidad personalizada, salvo que usted se oponga. La información personal sensible solo se usa si usted lo permite. La tienda funciona plenamente en cualquier caso.",
  purposes: "Le preguntamos por: {purposes}.",
  privacyPolicy: "Política de privacidad",
  acceptAll: "Aceptar todo",
  rejectAll: "Rechazar todo",
  customize: "Personalizar",
  doNotSell: "No vender ni compartir mi información personal",
  limitSensitive: "Limitar el uso de mi información personal sensible",
};

/** Spanish (español): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Configuración de privacidad",
  intro: "Elija qué se puede usar. Puede cambiarlo en cualquier momento desde el pie de página.",
  save: "Guardar opciones",
  close: "Cerrar",
  alwaysOn: "Siempre activo",
  on: "Activado",
  off: "Desactivado",
  acceptAll: "Aceptar todo",
  rejectAll: "Rechazar todo",
  dataUsed: "Datos usados",
  legalBasis: "Base legal",
  bases: {
    consent: "su consentimiento",
    "explicit-consent": "su consentimiento explícito",
    contract: "necesario para la tienda",
    "legal-obligation": "obligación legal",
    "legitimate-interest": "interés legítimo",
  },
};

/** Spanish (español): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "lo que ve y en lo que hace clic",
    "pd:SearchHistory": "lo que busca",
    "pd:Purchase": "lo que compra",
    "pd:Rating": "sus valoraciones",
    "pd:DeviceBased": "su tipo de dispositivo",
    "pd:Location": "su región",
    "candor:TimeOfDay": "la hora del día",
    "pd:Age": "su franja de edad",
    "pd:EmailAddress": "su correo electrónico",
    "candor:Cart": "su carrito",
    "candor:ConsentRecord": "sus opciones de privacidad",
    "pd:Health": "salud",
    "pd:Religion": "convicciones religiosas o filosóficas",
    "pd:Sexuality": "vida u orientación sexual",
    "pd:PoliticalOpinion": "opiniones políticas",
    "pd:EthnicOrigin": "origen étnico o racial",
    "pd:Biometric": "datos biométricos",
    "pd:Genetic": "datos genéticos",
    "pd:TradeUnionMembership": "afiliación sindical",
    "candor:UnclassifiedSpecialCategory": "otra información sensible",
  },
};

/** Spanish (español): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Opciones de privacidad",
  privacySettings: "Configuración de privacidad",
  doNotSell: "No vender ni compartir mi información personal",
  gpcHonored: "Solicitud de exclusión respetada",
  optedOut: "Hecho: su información personal ya no se vende ni se comparte.",
};

/** Spanish (español): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Limitar el uso de mi información personal sensible",
  limitSensitiveOn: "Su información personal sensible no se usa para recomendaciones.",
};

/** Spanish (español): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Ajustes de recomendaciones",
  settingsToggle: "Ajustes",
  personalized: "Personalizado",
  notPersonalized: "No personalizado",
  variety: "Variedad",
  varietyHint: "Más variedad mezcla otras categorías, productos menos conocidos y vendedores independientes.",
  varietyValue: "{value} %",
  modePersonalized: "Personalizado: usa solo los datos que usted permitió.",
  modeNotPersonalizedChosen: "No personalizado, como eligió: productos populares, sin datos personales.",
  modeNotPersonalizedConsent:
    "No personalizado: no ha permitido la personalización, así que no se usan datos personales.",
  modeNotPersonalizedOther: "No personalizado por ahora: productos populares, sin datos personales.",
  empty: "Ahora no hay nada que recomendar aquí.",
  personalizedNeedsConsent: "Para personalizar esta fila, permítalo en la configuración de privacidad.",
  personalizedUnavailable: "La personalización no está disponible para esta fila en este momento.",
  updated: "Hecho: las recomendaciones están actualizadas.",
};

/** Spanish (español): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "¿Por qué veo esto?",
  about: "Sobre {item}",
  reasonsHeading: "Por qué se muestra",
  reasonShare: "{share} de la puntuación",
  effectsHeading: "Cómo se equilibró la lista",
  dataHeading: "Sus datos usados",
  noPersonalData: "No se usó ninguno de sus datos personales.",
  legalBasis: "Base legal",
  basisConsent: "{purpose}: su consentimiento",
  controlsHeading: "Cambiar lo que ve",
  close: "Cerrar",
};

/** Spanish (español): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Popular en {region}",
  device: "Popular entre clientes con {device}",
  daypart: "Popular {daypart}",
  devices: {
    mobile: "teléfono",
    desktop: "ordenador",
    tablet: "tableta",
  },
  dayparts: {
    morning: "por la mañana",
    afternoon: "a mediodía",
    evening: "por la tarde",
    night: "por la noche",
  },
  regions: {
    "US-CA": "California",
  },
};

/** Spanish (español): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Sus recomendaciones abarcan {covered} de {total, plural, one {# sección} many {# de secciones} other {# secciones}}.",
  none: "Todavía no se le ha mostrado ninguna recomendación.",
  missing: "No mostradas últimamente: {departments}.",
};

/** Spanish (español): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Mis datos",
  intro:
    "Descargue en JSON todo lo que esta tienda guarda sobre usted, o bórrelo: su actividad, su registro de consentimiento y lo derivado de ellos.",
  stored: {
    heading: "Lo que esta tienda guarda sobre usted",
    loading: "Consultando lo que está guardado…",
    events:
      "{count, plural, one {# acción suya aquí:} many {# de acciones suyas aquí:} other {# acciones suyas aquí:}}",
    noEvents: "No se guarda ninguna actividad suya.",
    eventKind: "{kind}: {count} (del {first} al {last})",
    kinds: {
      view: "Productos vistos",
      add_to_cart: "Añadidos al carrito",
      purchase: "Compras",
      rating: "Valoraciones",
      search: "Búsquedas",
      dismiss: "Marcados sin interés",
    },
    consentHeading: "Sus opciones de privacidad a lo largo del tiempo",
    noConsent: "Todavía no ha elegido.",
    consentEvent: "{date}: {type}. Activado: {granted}.",
    consentTypes: {
      given: "elección guardada",
      refused: "rechazado",
      withdrawn: "retirado",
      expired: "caducado",
      "gpc-honored": "Global Privacy Control respetado",
      notified: "aviso mostrado",
      "notice-changed": "aviso modificado",
    },
    nothingGranted: "nada",
    derivedHeading: "Lo que se dedujo de ello",
    noDerived: "Sin actividad guardada no se deduce nada.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Exportar mis datos (JSON)",
  exported:
    "Su exportación está lista: {events, plural, one {# evento} many {# de eventos} other {# eventos}} y un registro de consentimiento con {consentEvents, plural, one {# entrada} many {# de entradas} other {# entradas}}.",
  eraseButton: "Borrar todo",
  eraseConfirmTitle: "¿Borrar todo?",
  eraseConfirmText:
    "Esto elimina su actividad, su registro de consentimiento y todo lo derivado de ellos. No se puede deshacer.",
  eraseConfirm: "Sí, borrar todo",
  cancel: "Cancelar",
  erased: "Todo está borrado. Guarde este recibo como prueba del borrado.",
  receiptTitle: "Recibo de borrado",
  downloadReceipt: "Descargar recibo",
  receipt: {
    erasedAt: "Borrado el",
    subject: "Seudónimo",
    events: "Actividades borradas",
    consentEvents: "Opciones de privacidad borradas",
    also: "También eliminado",
    proof: "Huella de los registros borrados",
  },
  failed: "Algo salió mal: {message}",
};

/** Spanish (español): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Centro de privacidad",
  choicesHeading: "Sus opciones",
  rules: "Normas vigentes: {rules}.",
  regimes: {
    gdpr: "RGPD y ePrivacy (no se usa nada hasta que usted lo permita)",
    cpra: "CCPA/CPRA (personalización hasta que usted se oponga; datos sensibles solo con su permiso)",
    "opt-in": "no se usa nada hasta que usted lo permita",
    "opt-out": "personalización hasta que usted se oponga",
    strictest:
      "las normas más estrictas, pues su región es desconocida (no se usa nada hasta que usted lo permita)",
  },
  chosen: "Elegido el {date}; volveremos a preguntar después del {expires}.",
  notChosen: "Todavía no ha elegido: solo se usa lo que la tienda necesita.",
  defaults:
    "Todavía no ha elegido: se aplican los valores predeterminados de estas normas, como se indica abajo.",
  minor: "Menor conocido: la publicidad basada en perfiles y la venta o cesión están desactivadas.",
  gpc: "Global Privacy Control está activado.",
  gpcHonored: "Global Privacy Control está activado y se ha respetado.",
  limited: "El uso de su información personal sensible está limitado.",
  change: "Cambiar sus opciones",
  on: "Activado",
  off: "Desactivado",
  receiptHeading: "Recibo de consentimiento",
  receiptIntro:
    "Un recibo de consentimiento Kantara (v1.1) de su elección vigente, dada el {date}: {purposes}.",
  receiptNone: "Todavía no hay recibo: no ha elegido.",
  nothingGranted: "nada",
  showReceipt: "Mostrar el recibo en JSON",
  downloadReceipt: "Descargar el recibo de consentimiento",
  howHeading: "Cómo funcionan las recomendaciones",
  summary:
    "Los productos se ordenan sumando las señales de abajo, ponderadas como se indica. Los productos que no se le pueden vender (agotados, sin envío a su región, con restricción de edad) nunca se muestran.",
  reranked: "Después la lista se equilibra para dar variedad y trato justo a los vendedores independientes.",
  parametersHeading: "Parámetros principales, del más importante al menos",
  importance: {
    main: "principal",
    supporting: "de apoyo",
    minor: "menor",
  },
  parameters: {
    hybrid:
      "Aprendido de muchos clientes: un modelo de qué productos van juntos en el historial de muchos clientes (solo vínculos compartidos por al menos cinco clientes, y solo si permite aprender de clientes similares).",
    itemKnn:
      "Los clientes también compraron: lo que compraron después los clientes que compraron o vieron los mismos productos que usted (solo vínculos compartidos por al menos cinco clientes, y solo si permite aprender de clientes similares).",
    ease: "Productos que van juntos: un modelo estadístico sobre el historial de muchos clientes (solo si permite aprender de clientes similares).",
    content:
      "Productos similares: cuánto se parece un producto a lo que vio o compró aquí, por sus palabras, categoría, marca y rango de precio.",
    session: "Esta visita: lo que acaba de mirar.",
    search:
      "Sus búsquedas: las palabras que buscó aquí, comparadas con los productos (solo si permite recomendaciones según lo que ve).",
    context:
      "Dispositivo, hora del día y región: lo que es popular en su tipo de dispositivo, a esta hora del día o en su región (solo si permite el contexto).",
    popularity:
      "Popularidad: cuántos clientes eligieron el producto recientemente (todo lo que usan las recomendaciones no personalizadas).",
    editorial: "Selección de nuestro equipo: productos que nuestro equipo destaca.",
  },
  optionsHeading: "Lo que puede cambiar",
  options: [
    "Personalizado o No personalizado, en «Ajustes» de cada fila de recomendaciones: no personalizado no usa datos personales, solo la popularidad y la selección de nuestro equipo.",
    "Configuración de privacidad: active o desactive cada tipo de personalización en cualquier momento.",
    "¿Por qué veo esto?: en cada producto recomendado, con controles para dejar de usar un producto que vio, indicar que no le interesa o desactivar un tipo de personalización.",
    "Variedad: un control deslizante en «Ajustes» de cada fila que cambia cercanía a sus intereses por variedad, productos menos conocidos y vendedores independientes.",
  ],
  protectionsHeading: "Siempre se aplica",
  protections: [
    "Los productos sensibles (por ejemplo farmacia y salud, religión, política) nunca se destacan por su propia actividad, salvo que dé su consentimiento explícito para datos sensibles.",
    "Cada tipo de personalización usa solo sus propios datos: lo que ve solo si permite recomendaciones según lo que ve, sus compras solo si permite recomendaciones según sus compras.",
    "Los menores conocidos no reciben recomendaciones ni anuncios basados en perfiles.",
  ],
  myData: "Para verlo, descargarlo o borrarlo todo, vaya a {link}.",
  myDataLink: "Mis datos",
};

/** Spanish (español): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Consola de auditoría",
  verifyLog: "Verificar registro",
  verifying: "Verificando…",
  logVerified: "Registro verificado",
  logVerifiedDetail:
    "{size, plural, one {# entrada comprobada; no fue modificada.} many {# de entradas comprobadas; ninguna fue modificada.} other {# entradas comprobadas; ninguna fue modificada.}}",
  logVerifiedKinds:
    "{size, plural, one {# entrada comprobada} many {# de entradas comprobadas} other {# entradas comprobadas}} ({served, plural, one {# artículo servido} many {# de artículos servidos} other {# artículos servidos}}, {consent, plural, one {# evento de consentimiento} many {# de eventos de consentimiento} other {# eventos de consentimiento}}, {notices, plural, one {# aviso} many {# de avisos} other {# avisos}}); ninguna fue modificada.",
  tampered: "Manipulación detectada en la entrada {index}",
  failed: "Algo salió mal: {message}",
  logHeading: "Registro de explicaciones",
  chartsHeading: "Exposición y diversidad",
  filters: "Filtros",
  filterSurface: "Superficie",
  filterMode: "Modo",
  filterSubject: "Persona",
  filterSearch: "Buscar",
  filterAll: "Todos",
  personalized: "Personalizado",
  notPersonalized: "No personalizado",
  entriesShown: "{shown} de {total, plural, one {# entrada} many {# de entradas} other {# entradas}}",
  noEntries: "Ninguna entrada coincide.",
  logEmpty:
    "Todavía no se ha servido nada en este dispositivo. Abra la página de inicio o un producto; cada recomendación mostrada se registra aquí.",
  pageOf: "Página {page} de {pages}",
  previous: "Anterior",
  next: "Siguiente",
  columns: {
    index: "Entrada",
    time: "Hora",
    subject: "Persona",
    surface: "Superficie",
    rank: "Posición",
    item: "Artículo",
    mode: "Modo",
    reason: "Explicación",
    basis: "Base",
  },
  exportJson: "Exportar JSON",
  exportCsv: "Exportar CSV",
  exposureTitle: "Exposición por grupo de vendedores",
  exposureDescription:
    "Exposición ponderada por posición, 1 / log2(posición + 1), de los artículos servidos.",
  diversityTitle: "Categorías por lista",
  diversityAxisY: "Categorías",
  diversityAxisX: "Listas, la más reciente a la derecha",
  diversityDescription:
    "De media {mean} categorías distintas por lista, en {slates, plural, one {# lista} many {# de listas} other {# listas}}.",
};

/** Spanish (español): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Vistas de auditoría",
  tabLog: "Registro",
  tabMeasurement: "Medición",
  loading: "Calculando la medición…",
  failed: "No se pudo calcular la medición: {message}",
  summaryHeading: "Resumen",
  raised:
    "La personalización aumentó la tasa de clics en {lift} (IC {confidence} de {low} a {high}) frente al grupo de control no personalizado.",
  lowered:
    "La personalización redujo la tasa de clics en {lift} (IC {confidence} de {low} a {high}) frente al grupo de control no personalizado.",
  noDifference:
    "No hay diferencia significativa en la tasa de clics entre la personalización y el grupo de control no personalizado (incremento {lift}, IC {confidence} de {low} a {high}).",
  noData: "Aún no hay datos suficientes para comparar la tasa de clics de los grupos.",
  liftHeading: "Incremento frente al control",
  liftTitle: "Incremento de la personalización frente al control no personalizado",
  liftDescription:
    "Incremento relativo de cada tasa por visitante con su intervalo de confianza del {confidence}; la línea marca el 0 % (sin diferencia).",
  liftCaption: "Tasas por visitante: {treatment} frente a {control}",
  metrics: {
    click: "Tasa de clics",
    addToCart: "Añadir al carrito",
    conversion: "Conversión",
    firstDayEngagement: "Interacción el primer día",
    repeatPurchase: "Compra repetida",
  },
  liftColumns: {
    metric: "Métrica",
    control: "Control",
    treatment: "Tratamiento",
    lift: "Incremento",
    interval: "Intervalo de confianza",
    pValue: "Valor p",
  },
  rateCell: "{rate} ({successes} de {visitors})",
  undefinedLift: "aún no hay suficientes datos",
  driftHeading: "Deriva",
  driftTitle: "Tasa de clics del grupo {arm} a lo largo del tiempo",
  driftDescription:
    "Tasa de clics móvil por hora frente a la referencia {baseline} y el umbral de deriva {line}; {events, plural, one {# evento de deriva} many {# de eventos de deriva} other {# eventos de deriva}}.",
  baseline: "Referencia",
  driftLine: "Umbral de deriva",
  eventsCaption: "Eventos de deriva",
  eventColumns: {
    time: "Hora",
    metric: "Métrica",
    arm: "Grupo",
    baseline: "Referencia",
    observed: "Observado",
    drop: "Caída",
  },
  noEvents: "No se detectó deriva.",
};

/** Spanish (español): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Burbuja de filtro",
  title: "Burbuja de filtro",
  summary:
    "En {days, plural, one {# día} many {# de días} other {# días}} la entropía de las categorías mostradas a cada cliente pasó de {first} a {last} bits; el último día, {outside} de lo que vieron los clientes recurrentes quedó fuera de las categorías que vieron primero.",
  entropyChart: "Variedad por cliente (entropía, bits) y parte fuera de sus primeras categorías, por día",
  providerChart: "Exposición por proveedor, por día",
  day: "Día",
  slates: "Listas",
  entropy: "Entropía por cliente (bits)",
  outside: "Fuera de las primeras categorías",
  providerGini: "Gini de proveedores",
  empty: "Aún no hay listas servidas en el registro: recorra la tienda y vuelva después.",
};
