/** Czech explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Czech (čeština). */
export const cs: ExplainLocale = {
  locale: "cs",
  templates: {
    "because-viewed": "Na základě vašeho prohlížení produktu {item}",
    "because-bought": "Na základě vašeho nákupu produktu {item}",
    "because-rated": "Na základě vašeho hodnocení produktu {item}",
    "because-searched": "Na základě vašeho hledání „{value}“",
    "also-bought": "Zákazníci, kteří koupili {item}, koupili také toto",
    "similar-to": "Podobné jako {item}",
    session: "Souvisí s produktem {item}, na který se právě díváte",
    interest: "Odpovídá vašemu zájmu o kategorii {category}",
    "popular-in": "Tento týden oblíbené v kategorii {category}",
    "popular-now": "Právě oblíbené; dokud se nerozhodnete, nepoužívají se žádné osobní údaje",
    "popular-now-holdout":
      "Právě oblíbené: jste ve srovnávací skupině, která po určitou dobu vidí nepersonalizované návrhy",
    "popular-now-not-personalized": "Vidíte to, protože máte personalizaci vypnutou: je to právě oblíbené",
    "context-device": "Oblíbené u zákazníků {value}",
    "context-daypart": "Oblíbené {value}",
    "context-region": "Oblíbené ve vašem regionu ({value})",
    editorial: "Vybráno naším týmem",
    "other-activity":
      "Na základě další aktivity, kterou máte povolenou (neuvádí se kvůli ochraně citlivých údajů)",
    variety: "Přidáno pro pestrost: mimo vaše obvyklé kategorie",
    "provider-fairness": "Od nezávislého prodejce, pro férový výběr",
    exploration: "Něco nového, co pro vás zkoušíme",
    calibration: "Drží výběr blízko vašim zájmům",
    "long-tail": "Méně známý tip, aby oblíbené produkty nezastínily ostatní",
    reranked: "Přesunuto kvůli vyváženosti",
  },
  controls: {
    dontUse: "Nepoužívat {item}",
    notInterested: "Nezajímá mě to",
    turnOff: "Vypnout: {value}",
    variety: "Změnit pestrost",
    notPersonalized: "Zobrazit nepersonalizovaná doporučení",
  },
  whyNot: {
    shown: "Je zobrazen na pozici {rank}.",
    "unknown-item": "Tento produkt neznáme.",
    filtered: "Je vyfiltrován: {reason}",
    bought: "Tento produkt už máte zakoupený.",
    "not-interested": "Tento produkt máte označený jako nezajímavý.",
    excluded: "Už je ve vašem košíku nebo na této stránce.",
    constraint: "Neodpovídá zvoleným filtrům.",
    outranked: "Jiné produkty dosáhly vyššího skóre: tento {score}, poslední zobrazený ({by}) {cutoff}.",
    "data-not-allowed": "Některé vaše údaje nesmí být použity pro doporučení: {categories}.",
  },
  device: {
    mobile: "na mobilu",
    desktop: "na počítači",
    tablet: "na tabletu",
  },
  daypart: {
    night: "v noci",
    morning: "ráno",
    afternoon: "odpoledne",
    evening: "večer",
  },
};
