/** French texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** French (français). */
export const fr: DefaultPurposeTexts = {
  essential: {
    title: "Essentiel",
    description: "Fait fonctionner le panier, la commande et vos choix de confidentialité. Toujours actif.",
  },
  "personalization.browsing": {
    title: "Recommandations selon vos consultations",
    description: "Utilise les produits et pages consultés et vos recherches ici pour suggérer des produits.",
  },
  "personalization.purchases": {
    title: "Recommandations selon vos achats",
    description: "Utilise vos achats et vos notes ici pour suggérer des produits.",
  },
  "personalization.similar-shoppers": {
    title: "Apprendre des clients similaires",
    description:
      "Votre activité, agrégée avec au moins quatre autres clients, aide les autres, et la leur vous aide.",
  },
  "personalization.context": {
    title: "Recommandations selon votre contexte",
    description: "Utilise le type d'appareil, l'heure et la localisation approximative (pays ou région).",
  },
  "marketing.email": {
    title: "E-mails marketing",
    description: "Vous envoie des offres par e-mail, choisies selon vos achats.",
  },
  "advertising.cross-context": {
    title: "Publicité sur d'autres sites",
    description: "Partage votre activité avec des partenaires publicitaires pour des annonces ailleurs.",
  },
  analytics: {
    title: "Mesure d'audience",
    description: "Mesure l'usage de la boutique et de ses recommandations pour les améliorer.",
  },
  sensitive: {
    title: "Produits sensibles (consentement explicite)",
    description:
      "Permet aux produits sensibles consultés, comme en pharmacie, d'orienter vos recommandations.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Panier",
  "candor:ConsentRecord": "Vos choix de confidentialité",
  "pd:BrowsingBehavior": "Produits et pages consultés",
  "pd:SearchHistory": "Recherches",
  "pd:Purchase": "Achats",
  "pd:Rating": "Notes",
  "pd:DeviceBased": "Type d'appareil",
  "pd:Location": "Localisation approximative",
  "candor:TimeOfDay": "Moment de la journée",
  "pd:EmailAddress": "Adresse e-mail",
  "pd:Health": "Données concernant la santé",
  "pd:Religion": "Convictions religieuses ou philosophiques",
  "pd:Sexuality": "Vie sexuelle ou orientation sexuelle",
  "pd:PoliticalOpinion": "Opinions politiques",
  "pd:EthnicOrigin": "Origine raciale ou ethnique",
  "pd:Biometric": "Données biométriques",
  "pd:Age": "Âge",
  "pd:Genetic": "Données génétiques",
  "pd:TradeUnionMembership": "Appartenance syndicale",
  "candor:UnclassifiedSpecialCategory": "Autre catégorie particulière de données à caractère personnel",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Autoriser « Videos »`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) =>
    `Le contenu de ${host} est bloqué tant que vous n'autorisez pas « ${purposes} ».`,
  allow: (purposes) => `Autoriser « ${purposes} »`,
};
