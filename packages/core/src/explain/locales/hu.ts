/** Hungarian explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Hungarian (magyar). */
export const hu: ExplainLocale = {
  locale: "hu",
  templates: {
    "because-viewed": "Mert megtekintette ezt: {item}",
    "because-bought": "Mert megvásárolta ezt: {item}",
    "because-rated": "Mert értékelte ezt: {item}",
    "because-searched": "Mert erre keresett: „{value}”",
    "also-bought": "Akik megvásárolták ezt: {item}, ezt is megvették",
    "similar-to": "Hasonló ehhez: {item}",
    session: "Kapcsolódik ehhez: {item}, amelyet az imént nézett meg",
    interest: "Illik az érdeklődéséhez: {category}",
    "popular-in": "Ezen a héten népszerű ebben a kategóriában: {category}",
    "popular-now": "Most népszerű; amíg nem dönt, semmilyen személyes adatot nem használunk",
    "popular-now-holdout":
      "Most népszerű: Ön egy összehasonlító csoportban van, amely egy ideig nem személyre szabott ajánlatokat lát",
    "popular-now-not-personalized":
      "Azért látja ezt, mert a személyre szabás mellőzését választotta: most népszerű",
    "context-device": "Népszerű {value}",
    "context-daypart": "Népszerű {value}",
    "context-region": "Népszerű az Ön régiójában ({value})",
    editorial: "Csapatunk választása",
    "other-activity":
      "Más, Ön által engedélyezett tevékenység alapján (nem nevezzük meg, hogy védjük az érzékeny adatokat)",
    variety: "A változatosság kedvéért: a szokásos kategóriáin kívülről",
    "provider-fairness": "Független eladótól, a méltányos választékért",
    exploration: "Valami új, amit Önnek kipróbálunk",
    calibration: "Az összeállítást az érdeklődési köréhez közel tartja",
    "long-tail": "Kevésbé ismert ajánlat, hogy a népszerű termékek ne szorítsák ki a többit",
    reranked: "Az egyensúly kedvéért áthelyezve",
  },
  controls: {
    dontUse: "Ne használja ezt: {item}",
    notInterested: "Nem érdekel",
    turnOff: "Kikapcsolás: {value}",
    variety: "Változatosság módosítása",
    notPersonalized: "Nem személyre szabott ajánlások megjelenítése",
  },
  whyNot: {
    shown: "Megjelenik ezen a helyen: {rank}.",
    "unknown-item": "Ezt a terméket nem ismerjük.",
    filtered: "Egy szűrő kizárta: {reason}",
    bought: "Már megvásárolta.",
    "not-interested": "Jelezte, hogy nem érdekli.",
    excluded: "Már a kosarában vagy ezen az oldalon van.",
    constraint: "Nem felel meg a választott szűrőknek.",
    outranked:
      "Más termékek magasabb pontszámot értek el: ez {score}, az utolsó megjelenített ({by}) {cutoff}.",
    "data-not-allowed": "Egyes adatai nem használhatók fel ajánlásokhoz: {categories}.",
  },
  device: {
    mobile: "a mobilon vásárlók körében",
    desktop: "a számítógépen vásárlók körében",
    tablet: "a táblagépen vásárlók körében",
  },
  daypart: {
    night: "éjszaka",
    morning: "reggel",
    afternoon: "délután",
    evening: "este",
  },
};
