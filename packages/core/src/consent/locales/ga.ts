/** Irish texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Irish (Gaeilge). */
export const ga: DefaultPurposeTexts = {
  essential: {
    title: "Riachtanach",
    description:
      "Coinníonn sé do chiseán, an tseiceáil amach agus do roghanna príobháideachais ag obair. Ar siúl i gcónaí.",
  },
  "personalization.browsing": {
    title: "Moltaí bunaithe ar a bhféachann tú air",
    description:
      "Úsáideann sé na táirgí agus na leathanaigh a fhéachann tú orthu anseo agus do chuardaigh chun táirgí a mholadh.",
  },
  "personalization.purchases": {
    title: "Moltaí bunaithe ar do cheannacháin",
    description: "Úsáideann sé a bhfuil ceannaithe agus rátáilte agat anseo chun táirgí a mholadh.",
  },
  "personalization.similar-shoppers": {
    title: "Foghlaim ó chustaiméirí cosúla",
    description:
      "Cabhraíonn do ghníomhaíocht, comhiomlánaithe le gníomhaíocht ceathrar custaiméirí eile ar a laghad, le daoine eile, agus cabhraíonn a ngníomhaíocht siúd leatsa.",
  },
  "personalization.context": {
    title: "Moltaí bunaithe ar do chomhthéacs",
    description: "Úsáideann sé cineál do ghléis, an t-am den lá agus do shuíomh garbh (tír nó réigiún).",
  },
  "marketing.email": {
    title: "Ríomhphoist mhargaíochta",
    description: "Seolann sé tairiscintí chugat trí ríomhphost, roghnaithe de réir do cheannachán.",
  },
  "advertising.cross-context": {
    title: "Fógraí ar shuíomhanna eile",
    description:
      "Roinneann sé do ghníomhaíocht le comhpháirtithe fógraíochta chun fógraí a thaispeáint duit in áiteanna eile.",
  },
  analytics: {
    title: "Anailísíocht",
    description:
      "Comhaireann sé conas a úsáidtear an siopa agus a mholtaí, chun iad a thomhas agus a fheabhsú.",
  },
  sensitive: {
    title: "Táirgí íogaire (toiliú sainráite)",
    description: "Ligeann sé do radhairc ar tháirgí íogaire, amhail earraí cógaslainne, do mholtaí a mhúnlú.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Ciseán siopadóireachta",
  "candor:ConsentRecord": "Do roghanna príobháideachais",
  "pd:BrowsingBehavior": "Táirgí agus leathanaigh a chonaic tú",
  "pd:SearchHistory": "Cuardaigh",
  "pd:Purchase": "Ceannacháin",
  "pd:Rating": "Rátálacha",
  "pd:DeviceBased": "Cineál gléis",
  "pd:Location": "Suíomh garbh",
  "candor:TimeOfDay": "Am den lá",
  "pd:EmailAddress": "Seoladh ríomhphoist",
  "pd:Health": "Sonraí a bhaineann leis an tsláinte",
  "pd:Religion": "Creideamh reiligiúnach nó fealsúnach",
  "pd:Sexuality": "Saol gnéis nó gnéaschlaonadh",
  "pd:PoliticalOpinion": "Tuairimí polaitiúla",
  "pd:EthnicOrigin": "Tionscnamh ciníoch nó eitneach",
  "pd:Biometric": "Sonraí bithmhéadracha",
  "pd:Age": "Aois",
  "pd:Genetic": "Sonraí géiniteacha",
  "pd:TradeUnionMembership": "Ballraíocht i gceardchumann",
  "candor:UnclassifiedSpecialCategory": "Catagóir speisialta eile de shonraí pearsanta",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Ceadaigh “Videos”`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Tá ábhar ó ${host} blocáilte go dtí go gceadaíonn tú “${purposes}”.`,
  allow: (purposes) => `Ceadaigh “${purposes}”`,
};
