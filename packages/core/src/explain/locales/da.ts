/** Danish explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Danish (dansk). */
export const da: ExplainLocale = {
  locale: "da",
  templates: {
    "because-viewed": "Fordi du så {item}",
    "because-bought": "Fordi du købte {item}",
    "because-rated": "Fordi du bedømte {item}",
    "because-searched": "Fordi du søgte efter »{value}«",
    "also-bought": "Kunder, der købte {item}, købte også dette",
    "similar-to": "Ligner {item}",
    session: "Relateret til {item}, som du lige har set",
    interest: "Passer til din interesse for {category}",
    "popular-in": "Populær i {category} denne uge",
    "popular-now": "Populær lige nu; der bruges ingen personoplysninger, før du har valgt",
    "popular-now-holdout":
      "Populær lige nu: du er i en sammenligningsgruppe, der i en periode ser ikke-personaliserede forslag",
    "popular-now-not-personalized":
      "Du ser dette, fordi du har valgt personalisering fra: det er populært lige nu",
    "context-device": "Populær blandt kunder {value}",
    "context-daypart": "Populær {value}",
    "context-region": "Populær i dit område ({value})",
    editorial: "Udvalgt af vores team",
    "other-activity":
      "Baseret på anden aktivitet, du har tilladt (ikke nævnt, for at beskytte følsomme oplysninger)",
    variety: "Tilføjet for variationens skyld: uden for dine sædvanlige kategorier",
    "provider-fairness": "Fra en uafhængig sælger, for et fair udvalg",
    exploration: "Noget nyt, vi prøver af for dig",
    calibration: "Holder udvalget tæt på dine interesser",
    "long-tail": "Et mindre kendt valg, så populære varer ikke fortrænger resten",
    reranked: "Flyttet for balancens skyld",
  },
  controls: {
    dontUse: "Brug ikke {item}",
    notInterested: "Ikke interesseret",
    turnOff: "Slå fra: {value}",
    variety: "Skift variation",
    notPersonalized: "Vis ikke-personaliserede anbefalinger",
  },
  whyNot: {
    shown: "Den vises på plads {rank}.",
    "unknown-item": "Vi kender ikke dette produkt.",
    filtered: "Den er filtreret fra: {reason}",
    bought: "Du har allerede købt den.",
    "not-interested": "Du har sagt, at du ikke er interesseret i den.",
    excluded: "Den er allerede i din kurv eller på denne side.",
    constraint: "Den passer ikke til de filtre, du har valgt.",
    outranked: "Andre produkter scorede højere: den scorede {score}, den sidst viste ({by}) {cutoff}.",
    "data-not-allowed": "Nogle af dine oplysninger må ikke bruges til anbefalinger: {categories}.",
  },
  device: {
    mobile: "på mobil",
    desktop: "på computer",
    tablet: "på tablet",
  },
  daypart: {
    night: "om natten",
    morning: "om morgenen",
    afternoon: "om eftermiddagen",
    evening: "om aftenen",
  },
};
