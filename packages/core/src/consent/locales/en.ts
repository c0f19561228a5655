/** English names of the default purposes' data categories (English purpose texts are in `defaultPurposes`). */
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
};
