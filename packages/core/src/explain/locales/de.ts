/** German explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** German (Deutsch). */
export const de: ExplainLocale = {
  locale: "de",
  templates: {
    "because-viewed": "Weil Sie {item} angesehen haben",
    "because-bought": "Weil Sie {item} gekauft haben",
    "because-rated": "Weil Sie {item} bewertet haben",
    "because-searched": "Weil Sie nach „{value}“ gesucht haben",
    "also-bought": "Kunden, die {item} gekauft haben, kauften auch dies",
    "similar-to": "Ähnlich wie {item}",
    session: "Passend zu {item}, das Sie gerade angesehen haben",
    interest: "Passt zu Ihrem Interesse an {category}",
    "popular-in": "Diese Woche beliebt in {category}",
    "popular-now": "Gerade beliebt; bis zu Ihrer Wahl werden keine personenbezogenen Daten genutzt",
    "popular-now-holdout":
      "Gerade beliebt: Sie sind in einer Vergleichsgruppe, die eine Zeit lang nicht personalisierte Vorschläge sieht",
    "popular-now-not-personalized":
      "Sie sehen dies, weil Sie keine Personalisierung gewählt haben: Es ist gerade beliebt",
    "context-device": "Beliebt bei Kunden {value}",
    "context-daypart": "Beliebt {value}",
    "context-region": "Beliebt in Ihrer Region ({value})",
    editorial: "Von unserem Team ausgewählt",
    "other-activity": "Aufgrund weiterer erlaubter Aktivität (zum Schutz sensibler Daten nicht genannt)",
    variety: "Für Abwechslung hinzugefügt: außerhalb Ihrer üblichen Kategorien",
    "provider-fairness": "Von einem unabhängigen Händler, für eine faire Auswahl",
    exploration: "Etwas Neues, das wir für Sie ausprobieren",
    calibration: "Hält die Mischung nah an Ihren Interessen",
    "long-tail": "Ein weniger bekannter Tipp, damit Bestseller nicht alles verdrängen",
    reranked: "Für eine ausgewogene Auswahl verschoben",
  },
  controls: {
    dontUse: "{item} nicht verwenden",
    notInterested: "Kein Interesse",
    turnOff: "Ausschalten: {value}",
    variety: "Abwechslung ändern",
    notPersonalized: "Nicht personalisierte Empfehlungen zeigen",
  },
  whyNot: {
    shown: "Es wird angezeigt, an Position {rank}.",
    "unknown-item": "Dieses Produkt kennen wir nicht.",
    filtered: "Es ist ausgefiltert: {reason}",
    bought: "Sie haben es bereits gekauft.",
    "not-interested": "Sie haben angegeben, dass Sie kein Interesse haben.",
    excluded: "Es liegt schon im Warenkorb oder ist auf dieser Seite.",
    constraint: "Es passt nicht zu den gewählten Filtern.",
    outranked: "Andere Produkte lagen vorn: Es erreichte {score}, das letzte angezeigte ({by}) {cutoff}.",
    "data-not-allowed": "Einige Ihrer Daten dürfen nicht für Empfehlungen genutzt werden: {categories}.",
  },
  device: { mobile: "auf Mobilgeräten", desktop: "am Computer", tablet: "auf dem Tablet" },
  daypart: { night: "in der Nacht", morning: "am Morgen", afternoon: "am Nachmittag", evening: "am Abend" },
};
