/** Italian explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Italian (italiano). */
export const it: ExplainLocale = {
  locale: "it",
  templates: {
    "because-viewed": "Perché hai visto {item}",
    "because-bought": "Perché hai acquistato {item}",
    "because-rated": "Perché hai valutato {item}",
    "because-searched": "Perché hai cercato «{value}»",
    "also-bought": "Chi ha acquistato {item} ha acquistato anche questo",
    "similar-to": "Simile a {item}",
    session: "Correlato a {item}, che hai appena guardato",
    interest: "In linea con il tuo interesse per {category}",
    "popular-in": "Popolare in {category} questa settimana",
    "popular-now": "Popolare in questo momento; nessun dato personale viene utilizzato finché non scegli",
    "popular-now-holdout":
      "Popolare in questo momento: fai parte di un gruppo di confronto che per un po' vede proposte non personalizzate",
    "popular-now-not-personalized":
      "Lo vedi perché hai scelto di non personalizzare: è popolare in questo momento",
    "context-device": "Popolare tra i clienti {value}",
    "context-daypart": "Popolare {value}",
    "context-region": "Popolare nella tua zona ({value})",
    editorial: "Scelto dal nostro team",
    "other-activity":
      "In base ad altre attività che hai consentito (non indicate, per proteggere i dati sensibili)",
    variety: "Aggiunto per varietà: al di fuori delle tue categorie abituali",
    "provider-fairness": "Da un venditore indipendente, per un'offerta equa",
    exploration: "Una novità che stiamo provando per te",
    calibration: "Mantiene la selezione vicina ai tuoi interessi",
    "long-tail": "Una proposta meno nota, perché i prodotti più popolari non oscurino il resto",
    reranked: "Spostato per una selezione equilibrata",
  },
  controls: {
    dontUse: "Non usare {item}",
    notInterested: "Non mi interessa",
    turnOff: "Disattiva: {value}",
    variety: "Cambia la varietà",
    notPersonalized: "Mostrami raccomandazioni non personalizzate",
  },
  whyNot: {
    shown: "È mostrato, in posizione {rank}.",
    "unknown-item": "Non conosciamo questo prodotto.",
    filtered: "È escluso da un filtro: {reason}",
    bought: "L'hai già acquistato.",
    "not-interested": "Hai indicato che non ti interessa.",
    excluded: "È già nel tuo carrello o in questa pagina.",
    constraint: "Non corrisponde ai filtri che hai scelto.",
    outranked:
      "Altri prodotti hanno ottenuto un punteggio più alto: {score}, contro {cutoff} dell'ultimo mostrato ({by}).",
    "data-not-allowed": "Alcuni dei tuoi dati non possono essere usati per le raccomandazioni: {categories}.",
  },
  device: {
    mobile: "su dispositivi mobili",
    desktop: "su computer",
    tablet: "su tablet",
  },
  daypart: {
    night: "di notte",
    morning: "di mattina",
    afternoon: "di pomeriggio",
    evening: "di sera",
  },
};
