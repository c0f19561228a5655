/** Icelandic texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Icelandic (íslenska). */
export const is: DefaultPurposeTexts = {
  essential: {
    title: "Nauðsynlegt",
    description: "Heldur körfunni, greiðsluferlinu og persónuverndarvali þínu gangandi. Alltaf virkt.",
  },
  "personalization.browsing": {
    title: "Tillögur út frá því sem þú skoðar",
    description: "Notar vörurnar og síðurnar sem þú skoðar hér og leitir þínar til að stinga upp á vörum.",
  },
  "personalization.purchases": {
    title: "Tillögur út frá kaupum þínum",
    description: "Notar það sem þú hefur keypt og gefið einkunn hér til að stinga upp á vörum.",
  },
  "personalization.similar-shoppers": {
    title: "Lærðu af svipuðum viðskiptavinum",
    description:
      "Virkni þín, tekin saman með virkni a.m.k. fjögurra annarra viðskiptavina, hjálpar öðrum, og þeirra hjálpar þér.",
  },
  "personalization.context": {
    title: "Tillögur út frá samhengi þínu",
    description: "Notar gerð tækis, tíma dags og grófa staðsetningu (land eða svæði).",
  },
  "marketing.email": {
    title: "Markaðspóstur",
    description: "Sendir þér tilboð í tölvupósti, valin út frá kaupum þínum.",
  },
  "advertising.cross-context": {
    title: "Auglýsingar á öðrum vefsvæðum",
    description:
      "Deilir virkni þinni með auglýsingasamstarfsaðilum til að sýna þér auglýsingar annars staðar.",
  },
  analytics: {
    title: "Tölfræði",
    description: "Telur hvernig verslunin og tillögur hennar eru notaðar, til að mæla þær og bæta.",
  },
  sensitive: {
    title: "Viðkvæmar vörur (afdráttarlaust samþykki)",
    description: "Leyfir að skoðun viðkvæmra vara, t.d. lyfjaverslunarvara, hafi áhrif á tillögurnar þínar.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Innkaupakarfa",
  "candor:ConsentRecord": "Persónuverndarval þitt",
  "pd:BrowsingBehavior": "Vörur og síður sem þú skoðaðir",
  "pd:SearchHistory": "Leitir",
  "pd:Purchase": "Kaup",
  "pd:Rating": "Einkunnir",
  "pd:DeviceBased": "Gerð tækis",
  "pd:Location": "Gróf staðsetning",
  "candor:TimeOfDay": "Tími dags",
  "pd:EmailAddress": "Netfang",
  "pd:Health": "Heilsufarsupplýsingar",
  "pd:Religion": "Trúar- eða lífsskoðanir",
  "pd:Sexuality": "Kynlíf eða kynhneigð",
  "pd:PoliticalOpinion": "Stjórnmálaskoðanir",
  "pd:EthnicOrigin": "Kynþáttur eða þjóðernislegur uppruni",
  "pd:Biometric": "Lífkennaupplýsingar",
  "pd:Age": "Aldur",
  "pd:Genetic": "Erfðafræðilegar upplýsingar",
  "pd:TradeUnionMembership": "Aðild að stéttarfélagi",
  "candor:UnclassifiedSpecialCategory": "Annar sérstakur flokkur persónuupplýsinga",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Leyfa „Videos“`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Efni frá ${host} er lokað þar til þú leyfir „${purposes}“.`,
  allow: (purposes) => `Leyfa „${purposes}“`,
};
