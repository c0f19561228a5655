/** Lithuanian texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Lithuanian (lietuvių). */
export const lt: DefaultPurposeTexts = {
  essential: {
    title: "Būtina",
    description:
      "Užtikrina, kad veiktų krepšelis, užsakymo pateikimas ir jūsų privatumo pasirinkimai. Visada įjungta.",
  },
  "personalization.browsing": {
    title: "Rekomendacijos pagal tai, ką peržiūrite",
    description: "Naudoja čia peržiūrimas prekes ir puslapius bei jūsų paieškas, kad pasiūlytų prekių.",
  },
  "personalization.purchases": {
    title: "Rekomendacijos pagal jūsų pirkinius",
    description: "Naudoja tai, ką čia pirkote ir įvertinote, kad pasiūlytų prekių.",
  },
  "personalization.similar-shoppers": {
    title: "Mokymasis iš panašių pirkėjų",
    description: "Jūsų veikla, sujungta su bent keturių kitų pirkėjų veikla, padeda kitiems, o jų – jums.",
  },
  "personalization.context": {
    title: "Rekomendacijos pagal jūsų kontekstą",
    description: "Naudoja įrenginio tipą, paros laiką ir apytikslę vietą (šalį ar regioną).",
  },
  "marketing.email": {
    title: "Rinkodaros el. laiškai",
    description: "Siunčia jums pasiūlymus el. paštu, atrinktus pagal jūsų pirkinius.",
  },
  "advertising.cross-context": {
    title: "Reklama kitose svetainėse",
    description: "Dalijasi jūsų veikla su reklamos partneriais, kad jums būtų rodoma reklama kitur.",
  },
  analytics: {
    title: "Analitika",
    description:
      "Skaičiuoja, kaip naudojamasi parduotuve ir jos rekomendacijomis, kad jas būtų galima įvertinti ir patobulinti.",
  },
  sensitive: {
    title: "Jautrios prekės (aiškus sutikimas)",
    description:
      "Leidžia, kad jautrių prekių, pvz., vaistinės prekių, peržiūros formuotų jūsų rekomendacijas.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Krepšelis",
  "candor:ConsentRecord": "Jūsų privatumo pasirinkimai",
  "pd:BrowsingBehavior": "Peržiūrėtos prekės ir puslapiai",
  "pd:SearchHistory": "Paieškos",
  "pd:Purchase": "Pirkiniai",
  "pd:Rating": "Įvertinimai",
  "pd:DeviceBased": "Įrenginio tipas",
  "pd:Location": "Apytikslė vieta",
  "candor:TimeOfDay": "Paros laikas",
  "pd:EmailAddress": "El. pašto adresas",
  "pd:Health": "Sveikatos duomenys",
  "pd:Religion": "Religiniai ar filosofiniai įsitikinimai",
  "pd:Sexuality": "Lytinis gyvenimas ar lytinė orientacija",
  "pd:PoliticalOpinion": "Politinės pažiūros",
  "pd:EthnicOrigin": "Rasinė ar etninė kilmė",
  "pd:Biometric": "Biometriniai duomenys",
  "pd:Age": "Amžius",
  "pd:Genetic": "Genetiniai duomenys",
  "pd:TradeUnionMembership": "Narystė profesinėse sąjungose",
  "candor:UnclassifiedSpecialCategory": "Kita speciali asmens duomenų kategorija",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Leisti „Videos“`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Turinys iš ${host} užblokuotas, kol neleisite „${purposes}“.`,
  allow: (purposes) => `Leisti „${purposes}“`,
};
