/** Norwegian Bokmål explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Norwegian Bokmål (norsk bokmål). */
export const nb: ExplainLocale = {
  locale: "nb",
  templates: {
    "because-viewed": "Fordi du så på {item}",
    "because-bought": "Fordi du kjøpte {item}",
    "because-rated": "Fordi du vurderte {item}",
    "because-searched": "Fordi du søkte etter «{value}»",
    "also-bought": "Kunder som kjøpte {item}, kjøpte også dette",
    "similar-to": "Ligner på {item}",
    session: "Relatert til {item}, som du nettopp så på",
    interest: "Passer til interessen din for {category}",
    "popular-in": "Populær i {category} denne uken",
    "popular-now": "Populær akkurat nå; ingen personopplysninger brukes før du har valgt",
    "popular-now-holdout":
      "Populær akkurat nå: du er i en sammenligningsgruppe som en stund ser forslag som ikke er personaliserte",
    "popular-now-not-personalized":
      "Du ser dette fordi du har valgt bort personalisering: det er populært akkurat nå",
    "context-device": "Populær blant kunder {value}",
    "context-daypart": "Populær {value}",
    "context-region": "Populær i ditt område ({value})",
    editorial: "Valgt ut av teamet vårt",
    "other-activity":
      "Basert på annen aktivitet du har tillatt (ikke navngitt, for å beskytte sensitive opplysninger)",
    variety: "Lagt til for variasjon: utenfor de vanlige kategoriene dine",
    "provider-fairness": "Fra en uavhengig selger, for et rettferdig utvalg",
    exploration: "Noe nytt vi prøver ut for deg",
    calibration: "Holder utvalget nær interessene dine",
    "long-tail": "Et mindre kjent valg, så populære varer ikke fortrenger resten",
    reranked: "Flyttet for balansens skyld",
  },
  controls: {
    dontUse: "Ikke bruk {item}",
    notInterested: "Ikke interessert",
    turnOff: "Slå av: {value}",
    variety: "Endre variasjon",
    notPersonalized: "Vis anbefalinger som ikke er personaliserte",
  },
  whyNot: {
    shown: "Den vises på plass {rank}.",
    "unknown-item": "Vi kjenner ikke dette produktet.",
    filtered: "Den er filtrert bort: {reason}",
    bought: "Du har allerede kjøpt den.",
    "not-interested": "Du har sagt at du ikke er interessert i den.",
    excluded: "Den ligger allerede i handlekurven din eller på denne siden.",
    constraint: "Den passer ikke med filtrene du har valgt.",
    outranked:
      "Andre produkter fikk høyere poengsum: den fikk {score}, den siste som ble vist ({by}) {cutoff}.",
    "data-not-allowed": "Noen av opplysningene dine kan ikke brukes til anbefalinger: {categories}.",
  },
  device: {
    mobile: "på mobil",
    desktop: "på datamaskin",
    tablet: "på nettbrett",
  },
  daypart: {
    night: "om natten",
    morning: "om morgenen",
    afternoon: "om ettermiddagen",
    evening: "om kvelden",
  },
};
