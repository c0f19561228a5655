/** German texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** German (Deutsch). */
export const de: DefaultPurposeTexts = {
  essential: {
    title: "Notwendig",
    description: "Hält Warenkorb, Bestellung und Ihre Datenschutzwahl funktionsfähig. Immer aktiv.",
  },
  "personalization.browsing": {
    title: "Empfehlungen aus Ihren Aufrufen",
    description: "Nutzt die Produkte und Seiten, die Sie hier ansehen, und Ihre Suchen für Vorschläge.",
  },
  "personalization.purchases": {
    title: "Empfehlungen aus Ihren Käufen",
    description: "Nutzt, was Sie hier gekauft und bewertet haben, für Vorschläge.",
  },
  "personalization.similar-shoppers": {
    title: "Von ähnlichen Kunden lernen",
    description:
      "Ihre Aktivität hilft, zusammengefasst mit mindestens vier anderen Kunden, anderen, und deren Ihnen.",
  },
  "personalization.context": {
    title: "Empfehlungen aus Ihrem Kontext",
    description: "Nutzt Gerätetyp, Tageszeit und ungefähren Standort (Land oder Region).",
  },
  "marketing.email": {
    title: "Marketing-E-Mails",
    description: "Sendet Ihnen Angebote per E-Mail, ausgewählt nach Ihren Käufen.",
  },
  "advertising.cross-context": {
    title: "Werbung auf anderen Seiten",
    description: "Teilt Ihre Aktivität mit Werbepartnern, um Ihnen anderswo Werbung zu zeigen.",
  },
  analytics: {
    title: "Analyse",
    description: "Zählt, wie der Shop und seine Empfehlungen genutzt werden, um sie zu verbessern.",
  },
  sensitive: {
    title: "Sensible Produkte (ausdrückliche Einwilligung)",
    description: "Lässt Aufrufe sensibler Produkte, etwa aus der Apotheke, Ihre Empfehlungen prägen.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Warenkorb",
  "candor:ConsentRecord": "Ihre Datenschutzeinstellungen",
  "pd:BrowsingBehavior": "Angesehene Produkte und Seiten",
  "pd:SearchHistory": "Suchanfragen",
  "pd:Purchase": "Käufe",
  "pd:Rating": "Bewertungen",
  "pd:DeviceBased": "Gerätetyp",
  "pd:Location": "Ungefährer Standort",
  "candor:TimeOfDay": "Tageszeit",
  "pd:EmailAddress": "E-Mail-Adresse",
  "pd:Health": "Gesundheitsdaten",
  "pd:Religion": "Religiöse oder weltanschauliche Überzeugungen",
  "pd:Sexuality": "Sexualleben oder sexuelle Orientierung",
  "pd:PoliticalOpinion": "Politische Meinungen",
  "pd:EthnicOrigin": "Rassische oder ethnische Herkunft",
  "pd:Biometric": "Biometrische Daten",
  "pd:Age": "Alter",
  "pd:Genetic": "Genetische Daten",
  "pd:TradeUnionMembership": "Gewerkschaftszugehörigkeit",
  "candor:UnclassifiedSpecialCategory": "Andere besondere Kategorie personenbezogener Daten",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `„Videos“ erlauben`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Inhalte von ${host} sind blockiert, bis Sie „${purposes}“ erlauben.`,
  allow: (purposes) => `„${purposes}“ erlauben`,
};
