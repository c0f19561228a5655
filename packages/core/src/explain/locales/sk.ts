/** Slovak explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Slovak (slovenčina). */
export const sk: ExplainLocale = {
  locale: "sk",
  templates: {
    "because-viewed": "Na základe vášho prezerania produktu {item}",
    "because-bought": "Na základe vášho nákupu produktu {item}",
    "because-rated": "Na základe vášho hodnotenia produktu {item}",
    "because-searched": "Na základe vášho vyhľadávania „{value}“",
    "also-bought": "Zákazníci, ktorí kúpili {item}, kúpili aj toto",
    "similar-to": "Podobné ako {item}",
    session: "Súvisí s produktom {item}, na ktorý sa práve pozeráte",
    interest: "Zodpovedá vášmu záujmu o kategóriu {category}",
    "popular-in": "Tento týždeň obľúbené v kategórii {category}",
    "popular-now": "Práve obľúbené; kým sa nerozhodnete, nepoužívajú sa žiadne osobné údaje",
    "popular-now-holdout":
      "Práve obľúbené: ste v porovnávacej skupine, ktorá istý čas vidí neprispôsobené návrhy",
    "popular-now-not-personalized":
      "Vidíte to, pretože ste si vybrali neprispôsobené odporúčania: je to práve obľúbené",
    "context-device": "Obľúbené u zákazníkov {value}",
    "context-daypart": "Obľúbené {value}",
    "context-region": "Obľúbené vo vašom regióne ({value})",
    editorial: "Vybrané naším tímom",
    "other-activity":
      "Na základe ďalšej aktivity, ktorú máte povolenú (neuvádza sa z dôvodu ochrany citlivých údajov)",
    variety: "Pridané pre pestrosť: mimo vašich obvyklých kategórií",
    "provider-fairness": "Od nezávislého predajcu, pre férový výber",
    exploration: "Niečo nové, čo pre vás skúšame",
    calibration: "Udržiava výber blízko vašich záujmov",
    "long-tail": "Menej známy tip, aby obľúbené produkty nezatienili ostatné",
    reranked: "Presunuté kvôli vyváženosti",
  },
  controls: {
    dontUse: "Nepoužívať {item}",
    notInterested: "Nezaujíma ma to",
    turnOff: "Vypnúť: {value}",
    variety: "Zmeniť pestrosť",
    notPersonalized: "Zobraziť neprispôsobené odporúčania",
  },
  whyNot: {
    shown: "Je zobrazený na pozícii {rank}.",
    "unknown-item": "Tento produkt nepoznáme.",
    filtered: "Je vyfiltrovaný: {reason}",
    bought: "Tento produkt už máte zakúpený.",
    "not-interested": "Tento produkt máte označený ako nezaujímavý.",
    excluded: "Už je vo vašom košíku alebo na tejto stránke.",
    constraint: "Nezodpovedá zvoleným filtrom.",
    outranked: "Iné produkty dosiahli vyššie skóre: tento {score}, posledný zobrazený ({by}) {cutoff}.",
    "data-not-allowed": "Niektoré vaše údaje sa nesmú použiť na odporúčania: {categories}.",
  },
  device: {
    mobile: "na mobile",
    desktop: "na počítači",
    tablet: "na tablete",
  },
  daypart: {
    night: "v noci",
    morning: "ráno",
    afternoon: "popoludní",
    evening: "večer",
  },
};
