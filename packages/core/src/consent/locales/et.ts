/** Estonian texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Estonian (eesti). */
export const et: DefaultPurposeTexts = {
  essential: {
    title: "Hädavajalik",
    description: "Hoiab ostukorvi, tellimuse vormistamise ja teie privaatsusvalikud töös. Alati sees.",
  },
  "personalization.browsing": {
    title: "Soovitused vaadatu põhjal",
    description: "Kasutab siin vaadatud tooteid ja lehti ning teie otsinguid toodete soovitamiseks.",
  },
  "personalization.purchases": {
    title: "Soovitused ostude põhjal",
    description: "Kasutab siin ostetut ja hinnatut toodete soovitamiseks.",
  },
  "personalization.similar-shoppers": {
    title: "Õppimine sarnastelt klientidelt",
    description:
      "Teie tegevus, koondatuna vähemalt nelja teise kliendi omaga, aitab teisi ja nende oma aitab teid.",
  },
  "personalization.context": {
    title: "Soovitused teie konteksti põhjal",
    description: "Kasutab seadme tüüpi, kellaaega ja ligikaudset asukohta (riik või piirkond).",
  },
  "marketing.email": {
    title: "Turundusmeilid",
    description: "Saadab teile pakkumisi e-posti teel, valitud teie ostude põhjal.",
  },
  "advertising.cross-context": {
    title: "Reklaamid teistel saitidel",
    description: "Jagab teie tegevust reklaamipartneritega, et näidata teile reklaame mujal.",
  },
  analytics: {
    title: "Analüütika",
    description: "Loendab, kuidas poodi ja selle soovitusi kasutatakse, et neid mõõta ja täiustada.",
  },
  sensitive: {
    title: "Tundlikud tooted (selgesõnaline nõusolek)",
    description: "Lubab tundlike toodete, näiteks apteegikaupade, vaatamistel teie soovitusi mõjutada.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Ostukorv",
  "candor:ConsentRecord": "Teie privaatsusvalikud",
  "pd:BrowsingBehavior": "Vaadatud tooted ja lehed",
  "pd:SearchHistory": "Otsingud",
  "pd:Purchase": "Ostud",
  "pd:Rating": "Hinnangud",
  "pd:DeviceBased": "Seadme tüüp",
  "pd:Location": "Ligikaudne asukoht",
  "candor:TimeOfDay": "Kellaaeg",
  "pd:EmailAddress": "E-posti aadress",
  "pd:Health": "Terviseandmed",
  "pd:Religion": "Usulised või filosoofilised veendumused",
  "pd:Sexuality": "Seksuaalelu või seksuaalne sättumus",
  "pd:PoliticalOpinion": "Poliitilised vaated",
  "pd:EthnicOrigin": "Rassiline või etniline päritolu",
  "pd:Biometric": "Biomeetrilised andmed",
  "pd:Age": "Vanus",
  "pd:Genetic": "Geneetilised andmed",
  "pd:TradeUnionMembership": "Ametiühingusse kuulumine",
  "candor:UnclassifiedSpecialCategory": "Muu eriliiki isikuandmed",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Luba „Videos“`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Sisu saidilt ${host} on blokeeritud, kuni lubate „${purposes}“.`,
  allow: (purposes) => `Luba „${purposes}“`,
};
