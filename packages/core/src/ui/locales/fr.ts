/** French (français) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** French (français): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Vos choix de confidentialité",
  optIn:
    "Nous aimerions utiliser votre activité dans cette boutique pour personnaliser ce que vous voyez. Rien de personnel n'est utilisé avant votre choix, et la boutique fonctionne pleinement dans tous les cas.",
  optOut:
    "Nous utilisons votre activité dans cette boutique pour personnaliser ce que vous voyez et la partageons pour la publicité personnalisée, sauf si vous vous y opposez. Les informations personnelles sensibles ne sont utilisées que si vous l'autorisez. La boutique fonctionne pleinement dans tous les cas.",
  purposes: "Nous vous demandons : {purposes}.",
  privacyPolicy: "Politique de confidentialité",
  acceptAll: "Tout accepter",
  rejectAll: "Tout refuser",
  customize: "Personnaliser",
  doNotSell: "Ne pas vendre ni partager mes informations personnelles",
  limitSensitive: "Limiter l'utilisation de mes informations personnelles sensibles",
};

/** French (français): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Paramètres de confidentialité",
  intro: "Choisissez ce qui peut être utilisé. Vous pouvez le modifier à tout moment depuis le pied de page.",
  save: "Enregistrer mes choix",
  close: "Fermer",
  alwaysOn: "Toujours actif",
  on: "Activé",
  off: "Désactivé",
  acceptAll: "Tout accepter",
  rejectAll: "Tout refuser",
  dataUsed: "Données utilisées",
  legalBasis: "Base légale",
  bases: {
    consent: "votre consentement",
    "explicit-consent": "votre consentement explicite",
    contract: "nécessaire au fonctionnement de la boutique",
    "legal-obligation": "obligation légale",
    "legitimate-interest": "intérêt légitime",
  },
};

/** French (français): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "ce que vous consultez et cliquez",
    "pd:SearchHistory": "ce que vous recherchez",
    "pd:Purchase": "ce que vous achetez",
    "pd:Rating": "vos notes",
    "pd:DeviceBased": "votre type d'appareil",
    "pd:Location": "votre région",
    "candor:TimeOfDay": "le moment de la journée",
    "pd:Age": "votre tranche d'âge",
    "pd:EmailAddress": "votre adresse e-mail",
    "candor:Cart": "votre panier",
    "candor:ConsentRecord": "vos choix de confidentialité",
    "pd:Health": "santé",
    "pd:Religion": "convictions religieuses ou philosophiques",
    "pd:Sexuality": "vie ou orientation sexuelle",
    "pd:PoliticalOpinion": "opinions politiques",
    "pd:EthnicOrigin": "origine raciale ou ethnique",
    "pd:Biometric": "données biométriques",
    "pd:Genetic": "données génétiques",
    "pd:TradeUnionMembership": "appartenance syndicale",
    "candor:UnclassifiedSpecialCategory": "autres informations sensibles",
  },
};

/** French (français): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Choix de confidentialité",
  privacySettings: "Paramètres de confidentialité",
  doNotSell: "Ne pas vendre ni partager mes informations personnelles",
  gpcHonored: "Demande d'opposition respectée",
  optedOut: "C'est fait : vos informations personnelles ne sont plus vendues ni partagées.",
};

/** French (français): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Limiter l'utilisation de mes informations personnelles sensibles",
  limitSensitiveOn: "Vos informations personnelles sensibles ne sont pas utilisées pour les recommandations.",
};

/** French (français): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Réglages des recommandations",
  settingsToggle: "Réglages",
  personalized: "Personnalisé",
  notPersonalized: "Non personnalisé",
  variety: "Variété",
  varietyHint:
    "Plus de variété mélange d'autres catégories, des produits moins connus et des vendeurs indépendants.",
  varietyValue: "{value} %",
  modePersonalized: "Personnalisé : n'utilise que les données que vous avez autorisées.",
  modeNotPersonalizedChosen:
    "Non personnalisé, selon votre choix : produits populaires, aucune donnée personnelle utilisée.",
  modeNotPersonalizedConsent:
    "Non personnalisé : vous n'avez pas autorisé la personnalisation, aucune donnée personnelle n'est utilisée.",
  modeNotPersonalizedOther:
    "Non personnalisé pour le moment : produits populaires, aucune donnée personnelle utilisée.",
  empty: "Rien à recommander ici pour le moment.",
  personalizedNeedsConsent:
    "Pour personnaliser cette rangée, autorisez-le dans les paramètres de confidentialité.",
  personalizedUnavailable: "La personnalisation n'est pas disponible pour cette rangée pour le moment.",
  updated: "C'est fait : les recommandations sont mises à jour.",
};

/** French (français): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Pourquoi est-ce que je vois ceci ?",
  about: "À propos de {item}",
  reasonsHeading: "Pourquoi il est affiché",
  reasonShare: "{share} du score",
  effectsHeading: "Comment la liste a été équilibrée",
  dataHeading: "Vos données utilisées",
  noPersonalData: "Aucune de vos données personnelles n'a été utilisée.",
  legalBasis: "Base légale",
  basisConsent: "{purpose} : votre consentement",
  controlsHeading: "Modifier ce que vous voyez",
  close: "Fermer",
};

/** French (français): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Populaire en {region}",
  device: "Populaire auprès des clients sur {device}",
  daypart: "Populaire {daypart}",
  devices: {
    mobile: "téléphone",
    desktop: "ordinateur",
    tablet: "tablette",
  },
  dayparts: {
    morning: "le matin",
    afternoon: "l'après-midi",
    evening: "le soir",
    night: "la nuit",
  },
  regions: {
    "US-CA": "Californie",
  },
};

/** French (français): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Vos recommandations couvrent {covered, plural, one {# rayon} many {# de rayons} other {# rayons}} sur {total}.",
  none: "Aucune recommandation ne vous a encore été montrée.",
  missing: "Pas montrés récemment : {departments}.",
};

/** French (français): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Mes données",
  intro:
    "Téléchargez en JSON tout ce que cette boutique conserve sur vous, ou effacez-le : votre activité, votre registre de consentement et ce qui en découle.",
  stored: {
    heading: "Ce que cette boutique conserve sur vous",
    loading: "Recherche des données conservées…",
    events:
      "{count, plural, one {# action de votre part ici :} many {# d'actions de votre part ici :} other {# actions de votre part ici :}}",
    noEvents: "Aucune activité de votre part n'est conservée.",
    eventKind: "{kind} : {count} (du {first} au {last})",
    kinds: {
      view: "Produits consultés",
      add_to_cart: "Ajouts au panier",
      purchase: "Achats",
      rating: "Notes",
      search: "Recherches",
      dismiss: "Marqués sans intérêt",
    },
    consentHeading: "Vos choix de confidentialité au fil du temps",
    noConsent: "Vous n'avez pas encore fait de choix.",
    consentEvent: "{date} : {type}. Activé : {granted}.",
    consentTypes: {
      given: "choix enregistré",
      refused: "refusé",
      withdrawn: "retiré",
      expired: "expiré",
      "gpc-honored": "Global Privacy Control respecté",
      notified: "avis affiché",
      "notice-changed": "avis modifié",
    },
    nothingGranted: "rien",
    derivedHeading: "Ce qui en a été déduit",
    noDerived: "Rien n'est déduit sans activité conservée.",
    derivedItem: "{name} : {value}",
  },
  exportButton: "Exporter mes données (JSON)",
  exported:
    "Votre export est prêt : {events, plural, one {# événement} many {# d'événements} other {# événements}} et un registre de consentement de {consentEvents, plural, one {# entrée} many {# d'entrées} other {# entrées}}.",
  eraseButton: "Tout effacer",
  eraseConfirmTitle: "Tout effacer ?",
  eraseConfirmText:
    "Cela supprime votre activité, votre registre de consentement et tout ce qui en découle. C'est irréversible.",
  eraseConfirm: "Oui, tout effacer",
  cancel: "Annuler",
  erased: "Tout est effacé. Conservez ce reçu comme preuve de l'effacement.",
  receiptTitle: "Reçu d'effacement",
  downloadReceipt: "Télécharger le reçu",
  receipt: {
    erasedAt: "Effacé le",
    subject: "Pseudonyme",
    events: "Activités effacées",
    consentEvents: "Choix de confidentialité effacés",
    also: "Également supprimé",
    proof: "Empreinte des enregistrements effacés",
  },
  failed: "Une erreur s'est produite : {message}",
};

/** French (français): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Centre de confidentialité",
  choicesHeading: "Vos choix",
  rules: "Règles en vigueur : {rules}.",
  regimes: {
    gdpr: "RGPD et ePrivacy (rien n'est utilisé avant votre autorisation)",
    cpra: "CCPA/CPRA (personnalisation jusqu'à votre opposition ; données sensibles seulement avec votre autorisation)",
    "opt-in": "rien n'est utilisé avant votre autorisation",
    "opt-out": "personnalisation jusqu'à votre opposition",
    strictest:
      "les règles les plus strictes, votre région étant inconnue (rien n'est utilisé avant votre autorisation)",
  },
  chosen: "Choisi le {date} ; nous redemanderons après le {expires}.",
  notChosen: "Vous n'avez pas encore choisi : seul ce dont la boutique a besoin est utilisé.",
  defaults:
    "Vous n'avez pas encore choisi : les réglages par défaut de ces règles s'appliquent, comme indiqué ci-dessous.",
  minor:
    "Mineur connu : la publicité fondée sur le profilage ainsi que la vente ou le partage sont désactivés.",
  gpc: "Global Privacy Control est activé.",
  gpcHonored: "Global Privacy Control est activé et a été respecté.",
  limited: "L'utilisation de vos informations personnelles sensibles est limitée.",
  change: "Modifier vos choix",
  on: "Activé",
  off: "Désactivé",
  receiptHeading: "Reçu de consentement",
  receiptIntro:
    "Un reçu de consentement Kantara (v1.1) de votre choix en vigueur, donné le {date} : {purposes}.",
  receiptNone: "Il n'y a pas encore de reçu : vous n'avez pas fait de choix.",
  nothingGranted: "rien",
  showReceipt: "Afficher le reçu en JSON",
  downloadReceipt: "Télécharger le reçu de consentement",
  howHeading: "Comment fonctionnent les recommandations",
  summary:
    "Les produits sont classés en additionnant les signaux ci-dessous, pondérés comme indiqué. Les produits qui ne peuvent pas vous être vendus (en rupture, non livrés dans votre région, soumis à un âge minimum) ne sont jamais montrés.",
  reranked: "La liste est ensuite équilibrée pour la variété et l'équité envers les vendeurs indépendants.",
  parametersHeading: "Paramètres principaux, du plus important au moins important",
  importance: {
    main: "principal",
    supporting: "secondaire",
    minor: "mineur",
  },
  parameters: {
    hybrid:
      "Appris de nombreux clients : un modèle des produits qui vont ensemble dans l'historique de nombreux clients (seulement les liens partagés par au moins cinq clients, et seulement si vous autorisez l'apprentissage à partir de clients similaires).",
    itemKnn:
      "Les clients ont aussi acheté : ce que les clients ayant acheté ou consulté les mêmes produits que vous ont acheté ensuite (seulement les liens partagés par au moins cinq clients, et seulement si vous autorisez l'apprentissage à partir de clients similaires).",
    ease: "Produits qui vont ensemble : un modèle statistique sur l'historique de nombreux clients (seulement si vous autorisez l'apprentissage à partir de clients similaires).",
    content:
      "Produits similaires : la proximité d'un produit avec ce que vous avez consulté ou acheté ici, par ses mots, sa catégorie, sa marque et sa gamme de prix.",
    session: "Cette visite : ce que vous venez de regarder.",
    search:
      "Vos recherches : les mots que vous avez recherchés ici, comparés aux produits (seulement si vous autorisez les recommandations fondées sur ce que vous consultez).",
    context:
      "Appareil, moment de la journée et région : ce qui est populaire sur votre type d'appareil, à ce moment de la journée ou dans votre région (seulement si vous autorisez le contexte).",
    popularity:
      "Popularité : combien de clients ont récemment choisi le produit (tout ce qu'utilisent les recommandations non personnalisées).",
    editorial: "Sélection de notre équipe : les produits que notre équipe met en avant.",
  },
  optionsHeading: "Ce que vous pouvez modifier",
  options: [
    "Personnalisé ou Non personnalisé, dans « Réglages » de chaque rangée de recommandations : non personnalisé n'utilise aucune donnée personnelle, seulement la popularité et la sélection de notre équipe.",
    "Paramètres de confidentialité : activez ou désactivez chaque type de personnalisation à tout moment.",
    "Pourquoi je vois ceci ? : sur chaque produit recommandé, avec des commandes pour ne plus utiliser un produit consulté, indiquer un manque d'intérêt ou désactiver un type de personnalisation.",
    "Variété : un curseur dans « Réglages » de chaque rangée qui échange la proximité avec vos intérêts contre de la variété, des produits moins connus et des vendeurs indépendants.",
  ],
  protectionsHeading: "Toujours appliqué",
  protections: [
    "Les produits sensibles (par exemple pharmacie et santé, religion, politique) ne sont jamais mis en avant par votre propre activité, sauf consentement explicite pour les données sensibles.",
    "Chaque type de personnalisation n'utilise que ses propres données : vos consultations seulement si vous autorisez les recommandations fondées sur ce que vous consultez, vos achats seulement si vous autorisez les recommandations fondées sur vos achats.",
    "Les mineurs connus ne reçoivent ni recommandations ni publicités fondées sur le profilage.",
  ],
  myData: "Pour tout voir, télécharger ou effacer, rendez-vous sur {link}.",
  myDataLink: "Mes données",
};

/** French (français): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Console d'audit",
  verifyLog: "Vérifier le journal",
  verifying: "Vérification…",
  logVerified: "Journal vérifié",
  logVerifiedDetail:
    "{size, plural, one {# entrée vérifiée ; elle n'a pas été modifiée.} many {# d'entrées vérifiées ; aucune n'a été modifiée.} other {# entrées vérifiées ; aucune n'a été modifiée.}}",
  logVerifiedKinds:
    "{size, plural, one {# entrée vérifiée} many {# d'entrées vérifiées} other {# entrées vérifiées}} ({served, plural, one {# article servi} many {# d'articles servis} other {# articles servis}}, {consent, plural, one {# événement de consentement} many {# d'événements de consentement} other {# événements de consentement}}, {notices, plural, one {# notice} many {# de notices} other {# notices}}) ; aucune n'a été modifiée.",
  tampered: "Falsification détectée à l'entrée {index}",
  failed: "Une erreur s'est produite : {message}",
  logHeading: "Journal des explications",
  chartsHeading: "Exposition et diversité",
  filters: "Filtres",
  filterSurface: "Emplacement",
  filterMode: "Mode",
  filterSubject: "Personne",
  filterSearch: "Recherche",
  filterAll: "Tous",
  personalized: "Personnalisé",
  notPersonalized: "Non personnalisé",
  entriesShown: "{shown, plural, one {# entrée} many {# d'entrées} other {# entrées}} sur {total}",
  noEntries: "Aucune entrée ne correspond.",
  logEmpty:
    "Rien n'a encore été servi sur cet appareil. Ouvrez l'accueil de la boutique ou un produit ; chaque recommandation affichée est journalisée ici.",
  pageOf: "Page {page} sur {pages}",
  previous: "Précédent",
  next: "Suivant",
  columns: {
    index: "Entrée",
    time: "Heure",
    subject: "Personne",
    surface: "Emplacement",
    rank: "Rang",
    item: "Article",
    mode: "Mode",
    reason: "Explication",
    basis: "Base",
  },
  exportJson: "Exporter en JSON",
  exportCsv: "Exporter en CSV",
  exposureTitle: "Exposition par groupe de vendeurs",
  exposureDescription: "Exposition pondérée par la position, 1 / log2(rang + 1), des articles servis.",
  diversityTitle: "Catégories par liste",
  diversityAxisY: "Catégories",
  diversityAxisX: "Listes, la plus récente à droite",
  diversityDescription:
    "En moyenne {mean} catégories distinctes par liste, sur {slates, plural, one {# liste} many {# de listes} other {# listes}}.",
};

/** French (français): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Vues d’audit",
  tabLog: "Journal",
  tabMeasurement: "Mesure",
  loading: "Calcul de la mesure…",
  failed: "La mesure n’a pas pu être calculée : {message}",
  summaryHeading: "Résumé",
  raised:
    "La personnalisation a augmenté le taux de clic de {lift} (IC {confidence} de {low} à {high}) par rapport au groupe témoin non personnalisé.",
  lowered:
    "La personnalisation a réduit le taux de clic de {lift} (IC {confidence} de {low} à {high}) par rapport au groupe témoin non personnalisé.",
  noDifference:
    "Aucune différence significative de taux de clic entre la personnalisation et le groupe témoin non personnalisé (écart {lift}, IC {confidence} de {low} à {high}).",
  noData: "Pas encore assez de données pour comparer le taux de clic des groupes.",
  liftHeading: "Gain par rapport au témoin",
  liftTitle: "Gain de la personnalisation par rapport au témoin non personnalisé",
  liftDescription:
    "Gain relatif de chaque taux par visiteur avec son intervalle de confiance à {confidence} ; la ligne marque 0 % (aucune différence).",
  liftCaption: "Taux par visiteur : {treatment} face à {control}",
  metrics: {
    click: "Taux de clic",
    addToCart: "Ajout au panier",
    conversion: "Conversion",
    firstDayEngagement: "Engagement le premier jour",
    repeatPurchase: "Achat répété",
  },
  liftColumns: {
    metric: "Indicateur",
    control: "Témoin",
    treatment: "Traitement",
    lift: "Gain",
    interval: "Intervalle de confiance",
    pValue: "Valeur p",
  },
  rateCell: "{rate} ({successes} sur {visitors})",
  undefinedLift: "pas encore assez de données",
  driftHeading: "Dérive",
  driftTitle: "Taux de clic du groupe {arm} dans le temps",
  driftDescription:
    "Taux de clic glissant par heure face à la référence {baseline} et au seuil de dérive {line} ; {events, plural, one {# événement de dérive} many {# d'événements de dérive} other {# événements de dérive}}.",
  baseline: "Référence",
  driftLine: "Seuil de dérive",
  eventsCaption: "Événements de dérive",
  eventColumns: {
    time: "Heure",
    metric: "Indicateur",
    arm: "Groupe",
    baseline: "Référence",
    observed: "Observé",
    drop: "Baisse",
  },
  noEvents: "Aucune dérive détectée.",
};

/** French (français): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Bulle de filtre",
  title: "Bulle de filtre",
  summary:
    "Sur {days, plural, one {# jour} many {# de jours} other {# jours}}, l'entropie des catégories montrées à chaque client est passée de {first} à {last} bits ; le dernier jour, {outside} de ce que les clients fidèles ont vu se situait hors des catégories montrées en premier.",
  entropyChart: "Variété par client (entropie, bits) et part hors de leurs premières catégories, par jour",
  providerChart: "Exposition par fournisseur, par jour",
  day: "Jour",
  slates: "Listes",
  entropy: "Entropie par client (bits)",
  outside: "Hors des premières catégories",
  providerGini: "Gini des fournisseurs",
  empty: "Aucune liste servie dans le journal pour l'instant : parcourez la boutique, puis revenez.",
};
