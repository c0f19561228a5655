/** Danish texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Danish (dansk). */
export const da: DefaultPurposeTexts = {
  essential: {
    title: "Nødvendige",
    description: "Får din kurv, betaling og dine privatlivsvalg til at fungere. Altid slået til.",
  },
  "personalization.browsing": {
    title: "Anbefalinger ud fra det, du ser",
    description: "Bruger de produkter og sider, du ser her, og dine søgninger til at foreslå produkter.",
  },
  "personalization.purchases": {
    title: "Anbefalinger ud fra dine køb",
    description: "Bruger det, du har købt og bedømt her, til at foreslå produkter.",
  },
  "personalization.similar-shoppers": {
    title: "Lær af lignende kunder",
    description: "Din aktivitet, samlet med mindst fire andre kunders, hjælper andre, og deres hjælper dig.",
  },
  "personalization.context": {
    title: "Anbefalinger ud fra din kontekst",
    description:
      "Bruger din enhedstype, tidspunktet på dagen og din omtrentlige placering (land eller region).",
  },
  "marketing.email": {
    title: "Markedsføringsmails",
    description: "Sender dig tilbud på e-mail, udvalgt ud fra dine køb.",
  },
  "advertising.cross-context": {
    title: "Annoncer på andre websteder",
    description: "Deler din aktivitet med annoncepartnere for at vise dig annoncer andre steder.",
  },
  analytics: {
    title: "Statistik",
    description: "Tæller, hvordan butikken og dens anbefalinger bruges, for at måle og forbedre dem.",
  },
  sensitive: {
    title: "Følsomme produkter (udtrykkeligt samtykke)",
    description: "Lader visninger af følsomme produkter, f.eks. apoteksvarer, præge dine anbefalinger.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Indkøbskurv",
  "candor:ConsentRecord": "Dine privatlivsvalg",
  "pd:BrowsingBehavior": "Sete produkter og sider",
  "pd:SearchHistory": "Søgninger",
  "pd:Purchase": "Køb",
  "pd:Rating": "Bedømmelser",
  "pd:DeviceBased": "Enhedstype",
  "pd:Location": "Omtrentlig placering",
  "candor:TimeOfDay": "Tidspunkt på dagen",
  "pd:EmailAddress": "E-mailadresse",
  "pd:Health": "Helbredsoplysninger",
  "pd:Religion": "Religiøs eller filosofisk overbevisning",
  "pd:Sexuality": "Seksuelle forhold eller seksuel orientering",
  "pd:PoliticalOpinion": "Politisk overbevisning",
  "pd:EthnicOrigin": "Race eller etnisk oprindelse",
  "pd:Biometric": "Biometriske data",
  "pd:Age": "Alder",
  "pd:Genetic": "Genetiske data",
  "pd:TradeUnionMembership": "Fagforeningsmæssigt tilhørsforhold",
  "candor:UnclassifiedSpecialCategory": "Anden særlig kategori af personoplysninger",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Tillad »Videos«`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Indhold fra ${host} er blokeret, indtil du tillader »${purposes}«.`,
  allow: (purposes) => `Tillad »${purposes}«`,
};
