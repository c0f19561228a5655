/** UI texts of the Preact components in English, German, French and Spanish. */

/** Every text the components show. */
export interface Messages {
  readonly regionLabel: string;
  readonly bannerText: string;
  readonly acceptAll: string;
  readonly rejectAll: string;
  readonly customize: string;
  readonly settingsTitle: string;
  readonly settingsIntro: string;
  readonly save: string;
  readonly close: string;
  readonly alwaysOn: string;
  readonly dataUsed: string;
  readonly legalBasis: string;
  readonly bases: Readonly<Record<string, string>>;
  readonly privacySettingsLink: string;
  readonly doNotSell: string;
  readonly gpcHonored: string;
}

const en: Messages = {
  regionLabel: "Privacy choices",
  bannerText:
    "We'd like to use your activity here to personalize the shop. Nothing is used until you choose, and the shop works fully either way.",
  acceptAll: "Accept all",
  rejectAll: "Reject all",
  customize: "Customize",
  settingsTitle: "Privacy settings",
  settingsIntro: "Choose what may be used. You can change this at any time from the footer.",
  save: "Save choices",
  close: "Close",
  alwaysOn: "Always on",
  dataUsed: "Data used",
  legalBasis: "Legal basis",
  bases: {
    consent: "your consent",
    "explicit-consent": "your explicit consent",
    contract: "needed to provide the shop",
    "legal-obligation": "legal obligation",
    "legitimate-interest": "legitimate interest",
  },
  privacySettingsLink: "Privacy settings",
  doNotSell: "Do Not Sell or Share My Personal Information",
  gpcHonored: "Opt-out request honored",
};

const de: Messages = {
  regionLabel: "Datenschutz-Auswahl",
  bannerText:
    "Wir möchten Ihre Aktivität hier nutzen, um den Shop zu personalisieren. Nichts wird genutzt, bevor Sie wählen, und der Shop funktioniert in jedem Fall.",
  acceptAll: "Alle akzeptieren",
  rejectAll: "Alle ablehnen",
  customize: "Anpassen",
  settingsTitle: "Datenschutz-Einstellungen",
  settingsIntro: "Wählen Sie, was genutzt werden darf. Sie können das jederzeit über die Fußzeile ändern.",
  save: "Auswahl speichern",
  close: "Schließen",
  alwaysOn: "Immer aktiv",
  dataUsed: "Genutzte Daten",
  legalBasis: "Rechtsgrundlage",
  bases: {
    consent: "Ihre Einwilligung",
    "explicit-consent": "Ihre ausdrückliche Einwilligung",
    contract: "für den Shop erforderlich",
    "legal-obligation": "rechtliche Verpflichtung",
    "legitimate-interest": "berechtigtes Interesse",
  },
  privacySettingsLink: "Datenschutz-Einstellungen",
  doNotSell: "Meine personenbezogenen Daten nicht verkaufen oder teilen",
  gpcHonored: "Widerspruch umgesetzt",
};

const fr: Messages = {
  regionLabel: "Choix de confidentialité",
  bannerText:
    "Nous aimerions utiliser votre activité ici pour personnaliser la boutique. Rien n'est utilisé avant votre choix, et la boutique fonctionne dans tous les cas.",
  acceptAll: "Tout accepter",
  rejectAll: "Tout refuser",
  customize: "Personnaliser",
  settingsTitle: "Paramètres de confidentialité",
  settingsIntro:
    "Choisissez ce qui peut être utilisé. Vous pouvez le modifier à tout moment depuis le pied de page.",
  save: "Enregistrer mes choix",
  close: "Fermer",
  alwaysOn: "Toujours actif",
  dataUsed: "Données utilisées",
  legalBasis: "Base légale",
  bases: {
    consent: "votre consentement",
    "explicit-consent": "votre consentement explicite",
    contract: "nécessaire au fonctionnement de la boutique",
    "legal-obligation": "obligation légale",
    "legitimate-interest": "intérêt légitime",
  },
  privacySettingsLink: "Paramètres de confidentialité",
  doNotSell: "Ne pas vendre ni partager mes informations personnelles",
  gpcHonored: "Demande d'opposition respectée",
};

const es: Messages = {
  regionLabel: "Opciones de privacidad",
  bannerText:
    "Nos gustaría usar su actividad aquí para personalizar la tienda. No se usa nada hasta que elija, y la tienda funciona igual en ambos casos.",
  acceptAll: "Aceptar todo",
  rejectAll: "Rechazar todo",
  customize: "Personalizar",
  settingsTitle: "Configuración de privacidad",
  settingsIntro: "Elija qué se puede usar. Puede cambiarlo en cualquier momento desde el pie de página.",
  save: "Guardar opciones",
  close: "Cerrar",
  alwaysOn: "Siempre activo",
  dataUsed: "Datos usados",
  legalBasis: "Base legal",
  bases: {
    consent: "su consentimiento",
    "explicit-consent": "su consentimiento explícito",
    contract: "necesario para la tienda",
    "legal-obligation": "obligación legal",
    "legitimate-interest": "interés legítimo",
  },
  privacySettingsLink: "Configuración de privacidad",
  doNotSell: "No vender ni compartir mi información personal",
  gpcHonored: "Solicitud de exclusión respetada",
};

/** The built-in UI texts by language. */
export const messages: Readonly<Record<string, Messages>> = { en, de, fr, es };

/** The texts for a locale (`"de-AT"` → German), English when the language is not built in. */
export function messagesFor(locale = "en"): Messages {
  return messages[locale] ?? messages[locale.split("-")[0] ?? ""] ?? en;
}
