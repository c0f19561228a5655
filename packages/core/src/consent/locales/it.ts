/** Italian texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Italian (italiano). */
export const it: DefaultPurposeTexts = {
  essential: {
    title: "Essenziale",
    description: "Fa funzionare il carrello, il pagamento e le tue scelte sulla privacy. Sempre attivo.",
  },
  "personalization.browsing": {
    title: "Raccomandazioni in base a ciò che guardi",
    description: "Usa i prodotti e le pagine che guardi qui e le tue ricerche per suggerirti prodotti.",
  },
  "personalization.purchases": {
    title: "Raccomandazioni in base ai tuoi acquisti",
    description: "Usa ciò che hai acquistato e valutato qui per suggerirti prodotti.",
  },
  "personalization.similar-shoppers": {
    title: "Imparare da clienti simili",
    description:
      "La tua attività, aggregata con quella di almeno altri quattro clienti, aiuta gli altri, e la loro aiuta te.",
  },
  "personalization.context": {
    title: "Raccomandazioni in base al tuo contesto",
    description:
      "Usa il tipo di dispositivo, l'ora del giorno e la posizione approssimativa (paese o regione).",
  },
  "marketing.email": {
    title: "E-mail di marketing",
    description: "Ti invia offerte via e-mail, scelte in base ai tuoi acquisti.",
  },
  "advertising.cross-context": {
    title: "Pubblicità su altri siti",
    description: "Condivide la tua attività con partner pubblicitari per mostrarti annunci altrove.",
  },
  analytics: {
    title: "Statistiche",
    description: "Conta come vengono usati il negozio e le sue raccomandazioni, per misurarli e migliorarli.",
  },
  sensitive: {
    title: "Prodotti sensibili (consenso esplicito)",
    description:
      "Permette che le visualizzazioni di prodotti sensibili, come quelli di farmacia, influenzino le tue raccomandazioni.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Carrello",
  "candor:ConsentRecord": "Le tue scelte sulla privacy",
  "pd:BrowsingBehavior": "Prodotti e pagine visti",
  "pd:SearchHistory": "Ricerche",
  "pd:Purchase": "Acquisti",
  "pd:Rating": "Valutazioni",
  "pd:DeviceBased": "Tipo di dispositivo",
  "pd:Location": "Posizione approssimativa",
  "candor:TimeOfDay": "Ora del giorno",
  "pd:EmailAddress": "Indirizzo e-mail",
  "pd:Health": "Dati relativi alla salute",
  "pd:Religion": "Convinzioni religiose o filosofiche",
  "pd:Sexuality": "Vita sessuale o orientamento sessuale",
  "pd:PoliticalOpinion": "Opinioni politiche",
  "pd:EthnicOrigin": "Origine razziale o etnica",
  "pd:Biometric": "Dati biometrici",
  "pd:Age": "Età",
  "pd:Genetic": "Dati genetici",
  "pd:TradeUnionMembership": "Appartenenza sindacale",
  "candor:UnclassifiedSpecialCategory": "Altra categoria particolare di dati personali",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Consenti «Videos»`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `I contenuti di ${host} sono bloccati finché non consenti «${purposes}».`,
  allow: (purposes) => `Consenti «${purposes}»`,
};
