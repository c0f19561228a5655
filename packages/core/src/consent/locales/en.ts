/** English names of the default purposes' data categories (English purpose texts are in `defaultPurposes`). */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames } from "../purpose-translations.ts";

/** English names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName`. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Shopping cart",
  "candor:ConsentRecord": "Your privacy choices",
  "pd:BrowsingBehavior": "Products and pages you viewed",
  "pd:SearchHistory": "Searches",
  "pd:Purchase": "Purchases",
  "pd:Rating": "Ratings",
  "pd:DeviceBased": "Device type",
  "pd:Location": "Approximate location",
  "candor:TimeOfDay": "Time of day",
  "pd:EmailAddress": "E-mail address",
  "pd:Health": "Data concerning health",
  "pd:Religion": "Religious or philosophical beliefs",
  "pd:Sexuality": "Sex life or sexual orientation",
  "pd:PoliticalOpinion": "Political opinions",
  "pd:EthnicOrigin": "Racial or ethnic origin",
  "pd:Biometric": "Biometric data",
  "pd:Age": "Age",
  "pd:Genetic": "Genetic data",
  "pd:TradeUnionMembership": "Trade union membership",
  "candor:UnclassifiedSpecialCategory": "Other special category of personal data",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Allow “Videos”`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Content from ${host} is blocked until you allow “${purposes}”.`,
  allow: (purposes) => `Allow “${purposes}”`,
};
