/** Icelandic explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Icelandic (íslenska). */
export const is: ExplainLocale = {
  locale: "is",
  templates: {
    "because-viewed": "Af því að þú skoðaðir {item}",
    "because-bought": "Af því að þú keyptir {item}",
    "because-rated": "Af því að þú gafst {item} einkunn",
    "because-searched": "Af því að þú leitaðir að „{value}“",
    "also-bought": "Viðskiptavinir sem keyptu {item} keyptu líka þetta",
    "similar-to": "Svipað og {item}",
    session: "Tengt {item}, sem þú skoðaðir rétt í þessu",
    interest: "Passar við áhuga þinn á flokknum {category}",
    "popular-in": "Vinsælt í flokknum {category} þessa vikuna",
    "popular-now": "Vinsælt núna; engar persónuupplýsingar eru notaðar fyrr en þú velur",
    "popular-now-holdout":
      "Vinsælt núna: þú ert í samanburðarhópi sem sér um tíma tillögur sem eru ekki sérsniðnar",
    "popular-now-not-personalized":
      "Þú sérð þetta af því að þú valdir að afþakka sérsnið: þetta er vinsælt núna",
    "context-device": "Vinsælt meðal viðskiptavina {value}",
    "context-daypart": "Vinsælt {value}",
    "context-region": "Vinsælt á þínu svæði ({value})",
    editorial: "Valið af teyminu okkar",
    "other-activity":
      "Byggt á annarri virkni sem þú leyfðir (ekki nefnd, til að vernda viðkvæmar persónuupplýsingar)",
    variety: "Bætt við til fjölbreytni: utan flokkanna sem þú skoðar venjulega",
    "provider-fairness": "Frá óháðum seljanda, til að gæta sanngirni",
    exploration: "Eitthvað nýtt sem við prófum fyrir þig",
    calibration: "Heldur úrvalinu nálægt áhugamálum þínum",
    "long-tail": "Minna þekkt val, svo vinsælar vörur ryðji ekki öðrum burt",
    reranked: "Fært til vegna jafnvægis",
  },
  controls: {
    dontUse: "Ekki nota {item}",
    notInterested: "Hef ekki áhuga",
    turnOff: "Slökkva: {value}",
    variety: "Breyta fjölbreytni",
    notPersonalized: "Sýna tillögur sem eru ekki sérsniðnar",
  },
  whyNot: {
    shown: "Varan birtist í sæti {rank}.",
    "unknown-item": "Við þekkjum ekki þessa vöru.",
    filtered: "Hún hefur verið síuð út: {reason}",
    bought: "Þú hefur þegar keypt hana.",
    "not-interested": "Þú sagðist ekki hafa áhuga á henni.",
    excluded: "Hún er þegar í körfunni þinni eða á þessari síðu.",
    constraint: "Hún passar ekki við síurnar sem þú valdir.",
    outranked: "Aðrar vörur fengu hærri einkunn: hún fékk {score}, sú síðasta sem birtist ({by}) {cutoff}.",
    "data-not-allowed": "Ekki má nota sumar upplýsingar um þig í tillögur: {categories}.",
  },
  device: {
    mobile: "í farsíma",
    desktop: "í tölvu",
    tablet: "í spjaldtölvu",
  },
  daypart: {
    night: "á nóttunni",
    morning: "á morgnana",
    afternoon: "síðdegis",
    evening: "á kvöldin",
  },
};
