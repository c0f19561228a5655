/** Hungarian texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Hungarian (magyar). */
export const hu: DefaultPurposeTexts = {
  essential: {
    title: "Szükséges",
    description: "Működteti a kosarat, a rendelést és az Ön adatvédelmi beállításait. Mindig bekapcsolva.",
  },
  "personalization.browsing": {
    title: "Ajánlások a megtekintettek alapján",
    description:
      "Az itt megtekintett termékeket és oldalakat, valamint a kereséseit használja termékek ajánlásához.",
  },
  "personalization.purchases": {
    title: "Ajánlások a vásárlásai alapján",
    description: "Azt használja, amit itt vásárolt és értékelt, termékek ajánlásához.",
  },
  "personalization.similar-shoppers": {
    title: "Tanulás hasonló vásárlóktól",
    description:
      "Az Ön tevékenysége, legalább négy másik vásárlóéval összesítve, másoknak segít, az övék pedig Önnek.",
  },
  "personalization.context": {
    title: "Ajánlások a környezete alapján",
    description: "Az eszköz típusát, a napszakot és a hozzávetőleges helyet (ország vagy régió) használja.",
  },
  "marketing.email": {
    title: "Marketing e-mailek",
    description: "Ajánlatokat küld Önnek e-mailben, a vásárlásai alapján kiválasztva.",
  },
  "advertising.cross-context": {
    title: "Hirdetések más oldalakon",
    description: "Megosztja tevékenységét hirdetési partnerekkel, hogy máshol hirdetéseket mutassanak Önnek.",
  },
  analytics: {
    title: "Statisztika",
    description: "Méri, hogyan használják a boltot és az ajánlásait, hogy fejleszteni lehessen őket.",
  },
  sensitive: {
    title: "Érzékeny termékek (kifejezett hozzájárulás)",
    description:
      "Lehetővé teszi, hogy az érzékeny termékek, például gyógyszertári cikkek megtekintései alakítsák az ajánlásait.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Kosár",
  "candor:ConsentRecord": "Az Ön adatvédelmi beállításai",
  "pd:BrowsingBehavior": "Megtekintett termékek és oldalak",
  "pd:SearchHistory": "Keresések",
  "pd:Purchase": "Vásárlások",
  "pd:Rating": "Értékelések",
  "pd:DeviceBased": "Eszköz típusa",
  "pd:Location": "Hozzávetőleges hely",
  "candor:TimeOfDay": "Napszak",
  "pd:EmailAddress": "E-mail-cím",
  "pd:Health": "Egészségügyi adatok",
  "pd:Religion": "Vallási vagy világnézeti meggyőződés",
  "pd:Sexuality": "Szexuális élet vagy szexuális irányultság",
  "pd:PoliticalOpinion": "Politikai vélemény",
  "pd:EthnicOrigin": "Faji vagy etnikai származás",
  "pd:Biometric": "Biometrikus adatok",
  "pd:Age": "Életkor",
  "pd:Genetic": "Genetikai adatok",
  "pd:TradeUnionMembership": "Szakszervezeti tagság",
  "candor:UnclassifiedSpecialCategory": "A személyes adatok egyéb különleges kategóriája",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Engedélyezés: „Videos”`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `${host} tartalma le van tiltva, amíg nem engedélyezi ezt: „${purposes}”.`,
  allow: (purposes) => `Engedélyezés: „${purposes}”`,
};
