/** Czech texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Czech (čeština). */
export const cs: DefaultPurposeTexts = {
  essential: {
    title: "Nezbytné",
    description: "Zajišťuje fungování košíku, objednávky a vašeho nastavení soukromí. Vždy zapnuto.",
  },
  "personalization.browsing": {
    title: "Doporučení podle toho, co si prohlížíte",
    description:
      "Používá produkty a stránky, které si zde prohlížíte, a vaše vyhledávání k navrhování produktů.",
  },
  "personalization.purchases": {
    title: "Doporučení podle vašich nákupů",
    description: "Používá vaše nákupy a hodnocení zde k navrhování produktů.",
  },
  "personalization.similar-shoppers": {
    title: "Učení od podobných zákazníků",
    description:
      "Vaše aktivita, agregovaná s aktivitou nejméně čtyř dalších zákazníků, pomáhá ostatním a jejich aktivita pomáhá vám.",
  },
  "personalization.context": {
    title: "Doporučení podle vašeho kontextu",
    description: "Používá typ zařízení, denní dobu a přibližnou polohu (zemi nebo region).",
  },
  "marketing.email": {
    title: "Marketingové e-maily",
    description: "Posílá vám nabídky e-mailem, vybrané podle vašich nákupů.",
  },
  "advertising.cross-context": {
    title: "Reklama na jiných webech",
    description: "Sdílí vaši aktivitu s reklamními partnery, aby vám mohli zobrazovat reklamu jinde.",
  },
  analytics: {
    title: "Analytika",
    description: "Počítá, jak se obchod a jeho doporučení používají, aby je bylo možné měřit a zlepšovat.",
  },
  sensitive: {
    title: "Citlivé produkty (výslovný souhlas)",
    description:
      "Umožňuje, aby zobrazení citlivých produktů, například z lékárny, ovlivňovala vaše doporučení.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Košík",
  "candor:ConsentRecord": "Vaše nastavení soukromí",
  "pd:BrowsingBehavior": "Prohlížené produkty a stránky",
  "pd:SearchHistory": "Vyhledávání",
  "pd:Purchase": "Nákupy",
  "pd:Rating": "Hodnocení",
  "pd:DeviceBased": "Typ zařízení",
  "pd:Location": "Přibližná poloha",
  "candor:TimeOfDay": "Denní doba",
  "pd:EmailAddress": "E-mailová adresa",
  "pd:Health": "Údaje o zdravotním stavu",
  "pd:Religion": "Náboženské vyznání či filozofické přesvědčení",
  "pd:Sexuality": "Sexuální život nebo sexuální orientace",
  "pd:PoliticalOpinion": "Politické názory",
  "pd:EthnicOrigin": "Rasový či etnický původ",
  "pd:Biometric": "Biometrické údaje",
  "pd:Age": "Věk",
  "pd:Genetic": "Genetické údaje",
  "pd:TradeUnionMembership": "Členství v odborech",
  "candor:UnclassifiedSpecialCategory": "Jiná zvláštní kategorie osobních údajů",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Povolit „Videos“`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Obsah z ${host} je zablokován, dokud nepovolíte „${purposes}“.`,
  allow: (purposes) => `Povolit „${purposes}“`,
};
