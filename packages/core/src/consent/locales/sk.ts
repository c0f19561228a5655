/** Slovak texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Slovak (slovenčina). */
export const sk: DefaultPurposeTexts = {
  essential: {
    title: "Nevyhnutné",
    description: "Zabezpečuje fungovanie košíka, objednávky a vašich nastavení súkromia. Vždy zapnuté.",
  },
  "personalization.browsing": {
    title: "Odporúčania podľa toho, čo si prezeráte",
    description:
      "Používa produkty a stránky, ktoré si tu prezeráte, a vaše vyhľadávania na navrhovanie produktov.",
  },
  "personalization.purchases": {
    title: "Odporúčania podľa vašich nákupov",
    description: "Používa vaše nákupy a hodnotenia tu na navrhovanie produktov.",
  },
  "personalization.similar-shoppers": {
    title: "Učenie od podobných zákazníkov",
    description:
      "Vaša aktivita, agregovaná s aktivitou najmenej štyroch ďalších zákazníkov, pomáha ostatným a ich aktivita pomáha vám.",
  },
  "personalization.context": {
    title: "Odporúčania podľa vášho kontextu",
    description: "Používa typ zariadenia, dennú dobu a približnú polohu (krajinu alebo región).",
  },
  "marketing.email": {
    title: "Marketingové e-maily",
    description: "Posiela vám ponuky e-mailom, vybrané podľa vašich nákupov.",
  },
  "advertising.cross-context": {
    title: "Reklama na iných weboch",
    description: "Zdieľa vašu aktivitu s reklamnými partnermi, aby vám mohli zobrazovať reklamu inde.",
  },
  analytics: {
    title: "Analytika",
    description: "Počíta, ako sa používa obchod a jeho odporúčania, aby ich bolo možné merať a zlepšovať.",
  },
  sensitive: {
    title: "Citlivé produkty (výslovný súhlas)",
    description:
      "Umožňuje, aby zobrazenia citlivých produktov, napríklad z lekárne, ovplyvňovali vaše odporúčania.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Košík",
  "candor:ConsentRecord": "Vaše nastavenia súkromia",
  "pd:BrowsingBehavior": "Prezerané produkty a stránky",
  "pd:SearchHistory": "Vyhľadávania",
  "pd:Purchase": "Nákupy",
  "pd:Rating": "Hodnotenia",
  "pd:DeviceBased": "Typ zariadenia",
  "pd:Location": "Približná poloha",
  "candor:TimeOfDay": "Denná doba",
  "pd:EmailAddress": "E-mailová adresa",
  "pd:Health": "Údaje týkajúce sa zdravia",
  "pd:Religion": "Náboženské alebo filozofické presvedčenie",
  "pd:Sexuality": "Sexuálny život alebo sexuálna orientácia",
  "pd:PoliticalOpinion": "Politické názory",
  "pd:EthnicOrigin": "Rasový alebo etnický pôvod",
  "pd:Biometric": "Biometrické údaje",
  "pd:Age": "Vek",
  "pd:Genetic": "Genetické údaje",
  "pd:TradeUnionMembership": "Členstvo v odborových organizáciách",
  "candor:UnclassifiedSpecialCategory": "Iná osobitná kategória osobných údajov",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Povoliť „Videos“`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Obsah z ${host} je zablokovaný, kým nepovolíte „${purposes}“.`,
  allow: (purposes) => `Povoliť „${purposes}“`,
};
