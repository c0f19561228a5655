/** Dutch texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Dutch (Nederlands). */
export const nl: DefaultPurposeTexts = {
  essential: {
    title: "Noodzakelijk",
    description: "Houdt je winkelwagen, het afrekenen en je privacykeuzes werkend. Altijd aan.",
  },
  "personalization.browsing": {
    title: "Aanbevelingen op basis van wat je bekijkt",
    description:
      "Gebruikt de producten en pagina's die je hier bekijkt en je zoekopdrachten om producten voor te stellen.",
  },
  "personalization.purchases": {
    title: "Aanbevelingen op basis van je aankopen",
    description: "Gebruikt wat je hier hebt gekocht en beoordeeld om producten voor te stellen.",
  },
  "personalization.similar-shoppers": {
    title: "Leren van vergelijkbare klanten",
    description:
      "Je activiteit, samengevoegd met die van minstens vier andere klanten, helpt anderen, en die van hen helpt jou.",
  },
  "personalization.context": {
    title: "Aanbevelingen op basis van je context",
    description: "Gebruikt je type apparaat, het tijdstip en je globale locatie (land of regio).",
  },
  "marketing.email": {
    title: "Marketingmails",
    description: "Stuurt je aanbiedingen per e-mail, gekozen op basis van je aankopen.",
  },
  "advertising.cross-context": {
    title: "Advertenties op andere sites",
    description: "Deelt je activiteit met advertentiepartners om je elders advertenties te tonen.",
  },
  analytics: {
    title: "Statistieken",
    description: "Telt hoe de winkel en de aanbevelingen worden gebruikt, om ze te meten en te verbeteren.",
  },
  sensitive: {
    title: "Gevoelige producten (uitdrukkelijke toestemming)",
    description: "Laat bekeken gevoelige producten, zoals apotheekartikelen, je aanbevelingen beïnvloeden.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Winkelwagen",
  "candor:ConsentRecord": "Je privacykeuzes",
  "pd:BrowsingBehavior": "Bekeken producten en pagina's",
  "pd:SearchHistory": "Zoekopdrachten",
  "pd:Purchase": "Aankopen",
  "pd:Rating": "Beoordelingen",
  "pd:DeviceBased": "Type apparaat",
  "pd:Location": "Globale locatie",
  "candor:TimeOfDay": "Tijdstip van de dag",
  "pd:EmailAddress": "E-mailadres",
  "pd:Health": "Gezondheidsgegevens",
  "pd:Religion": "Religieuze of levensbeschouwelijke overtuigingen",
  "pd:Sexuality": "Seksueel gedrag of seksuele gerichtheid",
  "pd:PoliticalOpinion": "Politieke opvattingen",
  "pd:EthnicOrigin": "Ras of etnische afkomst",
  "pd:Biometric": "Biometrische gegevens",
  "pd:Age": "Leeftijd",
  "pd:Genetic": "Genetische gegevens",
  "pd:TradeUnionMembership": "Lidmaatschap van een vakbond",
  "candor:UnclassifiedSpecialCategory": "Andere bijzondere categorie van persoonsgegevens",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `‘Videos’ toestaan`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Inhoud van ${host} is geblokkeerd totdat je ‘${purposes}’ toestaat.`,
  allow: (purposes) => `‘${purposes}’ toestaan`,
};
