/** Dutch explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Dutch (Nederlands). */
export const nl: ExplainLocale = {
  locale: "nl",
  templates: {
    "because-viewed": "Omdat je {item} hebt bekeken",
    "because-bought": "Omdat je {item} hebt gekocht",
    "because-rated": "Omdat je {item} hebt beoordeeld",
    "because-searched": "Omdat je hebt gezocht naar ‘{value}’",
    "also-bought": "Klanten die {item} kochten, kochten ook dit",
    "similar-to": "Vergelijkbaar met {item}",
    session: "Gerelateerd aan {item}, dat je net hebt bekeken",
    interest: "Past bij je interesse in {category}",
    "popular-in": "Deze week populair in {category}",
    "popular-now": "Nu populair; er worden geen persoonsgegevens gebruikt totdat je een keuze maakt",
    "popular-now-holdout":
      "Nu populair: je zit in een vergelijkingsgroep die een tijdje niet-gepersonaliseerde suggesties ziet",
    "popular-now-not-personalized":
      "Je ziet dit omdat je hebt gekozen voor geen personalisatie: het is nu populair",
    "context-device": "Populair bij klanten {value}",
    "context-daypart": "Populair {value}",
    "context-region": "Populair in je regio ({value})",
    editorial: "Gekozen door ons team",
    "other-activity":
      "Op basis van andere activiteit die je hebt toegestaan (niet genoemd, om gevoelige gegevens te beschermen)",
    variety: "Toegevoegd voor afwisseling: buiten je gebruikelijke categorieën",
    "provider-fairness": "Van een onafhankelijke verkoper, voor een eerlijk aanbod",
    exploration: "Iets nieuws dat we voor je uitproberen",
    calibration: "Houdt de mix dicht bij je interesses",
    "long-tail": "Een minder bekende keuze, zodat populaire producten de rest niet verdringen",
    reranked: "Verplaatst voor een evenwichtige selectie",
  },
  controls: {
    dontUse: "{item} niet gebruiken",
    notInterested: "Geen interesse",
    turnOff: "Uitzetten: {value}",
    variety: "Afwisseling aanpassen",
    notPersonalized: "Niet-gepersonaliseerde aanbevelingen tonen",
  },
  whyNot: {
    shown: "Het wordt getoond, op positie {rank}.",
    "unknown-item": "Dit product kennen we niet.",
    filtered: "Het is weggefilterd: {reason}",
    bought: "Je hebt het al gekocht.",
    "not-interested": "Je hebt aangegeven dat je er geen interesse in hebt.",
    excluded: "Het zit al in je winkelwagen of staat op deze pagina.",
    constraint: "Het past niet bij de filters die je hebt gekozen.",
    outranked:
      "Andere producten scoorden hoger: dit product scoorde {score}, het laatst getoonde ({by}) {cutoff}.",
    "data-not-allowed":
      "Sommige van je gegevens mogen niet worden gebruikt voor aanbevelingen: {categories}.",
  },
  device: {
    mobile: "op mobiel",
    desktop: "op de computer",
    tablet: "op een tablet",
  },
  daypart: {
    night: "’s nachts",
    morning: "’s ochtends",
    afternoon: "’s middags",
    evening: "’s avonds",
  },
};
