/** Swedish texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Swedish (svenska). */
export const sv: DefaultPurposeTexts = {
  essential: {
    title: "Nödvändiga",
    description: "Håller din varukorg, kassan och dina integritetsval igång. Alltid på.",
  },
  "personalization.browsing": {
    title: "Rekommendationer utifrån det du tittar på",
    description:
      "Använder produkterna och sidorna du tittar på här och dina sökningar för att föreslå produkter.",
  },
  "personalization.purchases": {
    title: "Rekommendationer utifrån dina köp",
    description: "Använder det du har köpt och betygsatt här för att föreslå produkter.",
  },
  "personalization.similar-shoppers": {
    title: "Lär av liknande kunder",
    description:
      "Din aktivitet, sammanställd med minst fyra andra kunders, hjälper andra, och deras hjälper dig.",
  },
  "personalization.context": {
    title: "Rekommendationer utifrån ditt sammanhang",
    description: "Använder din enhetstyp, tid på dygnet och ungefärliga plats (land eller region).",
  },
  "marketing.email": {
    title: "Marknadsföringsmejl",
    description: "Skickar erbjudanden till dig via e-post, utvalda utifrån dina köp.",
  },
  "advertising.cross-context": {
    title: "Annonser på andra webbplatser",
    description: "Delar din aktivitet med annonspartner för att visa dig annonser på andra ställen.",
  },
  analytics: {
    title: "Statistik",
    description: "Räknar hur butiken och dess rekommendationer används, för att mäta och förbättra dem.",
  },
  sensitive: {
    title: "Känsliga produkter (uttryckligt samtycke)",
    description:
      "Låter visningar av känsliga produkter, till exempel apoteksvaror, påverka dina rekommendationer.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Varukorg",
  "candor:ConsentRecord": "Dina integritetsval",
  "pd:BrowsingBehavior": "Visade produkter och sidor",
  "pd:SearchHistory": "Sökningar",
  "pd:Purchase": "Köp",
  "pd:Rating": "Betyg",
  "pd:DeviceBased": "Enhetstyp",
  "pd:Location": "Ungefärlig plats",
  "candor:TimeOfDay": "Tid på dygnet",
  "pd:EmailAddress": "E-postadress",
  "pd:Health": "Uppgifter om hälsa",
  "pd:Religion": "Religiös eller filosofisk övertygelse",
  "pd:Sexuality": "Sexualliv eller sexuell läggning",
  "pd:PoliticalOpinion": "Politiska åsikter",
  "pd:EthnicOrigin": "Ras eller etniskt ursprung",
  "pd:Biometric": "Biometriska uppgifter",
  "pd:Age": "Ålder",
  "pd:Genetic": "Genetiska uppgifter",
  "pd:TradeUnionMembership": "Medlemskap i fackförening",
  "candor:UnclassifiedSpecialCategory": "Annan särskild kategori av personuppgifter",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Tillåt ”Videos”`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Innehåll från ${host} är blockerat tills du tillåter ”${purposes}”.`,
  allow: (purposes) => `Tillåt ”${purposes}”`,
};
