/** Latvian texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Latvian (latviešu). */
export const lv: DefaultPurposeTexts = {
  essential: {
    title: "Nepieciešams",
    description:
      "Nodrošina groza, pasūtījuma noformēšanas un jūsu privātuma izvēļu darbību. Vienmēr ieslēgts.",
  },
  "personalization.browsing": {
    title: "Ieteikumi pēc tā, ko skatāt",
    description: "Izmanto šeit skatītās preces un lapas un jūsu meklējumus, lai ieteiktu preces.",
  },
  "personalization.purchases": {
    title: "Ieteikumi pēc jūsu pirkumiem",
    description: "Izmanto to, ko šeit iegādājāties un novērtējāt, lai ieteiktu preces.",
  },
  "personalization.similar-shoppers": {
    title: "Mācīšanās no līdzīgiem pircējiem",
    description:
      "Jūsu darbības, apkopotas kopā ar vismaz četru citu pircēju darbībām, palīdz citiem, un viņu darbības palīdz jums.",
  },
  "personalization.context": {
    title: "Ieteikumi pēc jūsu konteksta",
    description: "Izmanto ierīces veidu, diennakts laiku un aptuveno atrašanās vietu (valsti vai reģionu).",
  },
  "marketing.email": {
    title: "Mārketinga e-pasti",
    description: "Sūta jums piedāvājumus pa e-pastu, atlasītus pēc jūsu pirkumiem.",
  },
  "advertising.cross-context": {
    title: "Reklāmas citās vietnēs",
    description: "Kopīgo jūsu darbības ar reklāmas partneriem, lai rādītu jums reklāmas citur.",
  },
  analytics: {
    title: "Analītika",
    description: "Uzskaita, kā tiek izmantots veikals un tā ieteikumi, lai tos mērītu un uzlabotu.",
  },
  sensitive: {
    title: "Sensitīvas preces (nepārprotama piekrišana)",
    description: "Ļauj sensitīvu preču, piemēram, aptiekas preču, skatījumiem ietekmēt jūsu ieteikumus.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Grozs",
  "candor:ConsentRecord": "Jūsu privātuma izvēles",
  "pd:BrowsingBehavior": "Skatītās preces un lapas",
  "pd:SearchHistory": "Meklējumi",
  "pd:Purchase": "Pirkumi",
  "pd:Rating": "Vērtējumi",
  "pd:DeviceBased": "Ierīces veids",
  "pd:Location": "Aptuvenā atrašanās vieta",
  "candor:TimeOfDay": "Diennakts laiks",
  "pd:EmailAddress": "E-pasta adrese",
  "pd:Health": "Veselības dati",
  "pd:Religion": "Reliģiskā vai filozofiskā pārliecība",
  "pd:Sexuality": "Dzimumdzīve vai seksuālā orientācija",
  "pd:PoliticalOpinion": "Politiskie uzskati",
  "pd:EthnicOrigin": "Rases vai etniskā piederība",
  "pd:Biometric": "Biometriskie dati",
  "pd:Age": "Vecums",
  "pd:Genetic": "Ģenētiskie dati",
  "pd:TradeUnionMembership": "Dalība arodbiedrībās",
  "candor:UnclassifiedSpecialCategory": "Cita īpaša personas datu kategorija",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Atļaut “Videos”`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Saturs no ${host} ir bloķēts, līdz atļausiet “${purposes}”.`,
  allow: (purposes) => `Atļaut “${purposes}”`,
};
