/** Explanation templates in English, German, French and Spanish; shops may override any template by id. */

/** A template id: stable across wording changes, logged with every explanation. */
export type TemplateId =
  | "because-viewed"
  | "because-bought"
  | "because-rated"
  | "because-searched"
  | "also-bought"
  | "similar-to"
  | "session"
  | "interest"
  | "popular-in"
  | "popular-now"
  | "popular-now-holdout"
  | "popular-now-not-personalized"
  | "context-device"
  | "context-daypart"
  | "context-region"
  | "editorial"
  | "other-activity"
  | "variety"
  | "provider-fairness"
  | "exploration"
  | "calibration"
  | "long-tail"
  | "reranked";

/** Wording of every template; `{item}`, `{category}`, `{value}` are filled in. */
export type Templates = Readonly<Record<TemplateId, string>>;

const en: Templates = {
  "because-viewed": "Because you viewed {item}",
  "because-bought": "Because you bought {item}",
  "because-rated": "Because you rated {item}",
  "because-searched": "Because you searched for “{value}”",
  "also-bought": "Shoppers who bought {item} also bought this",
  "similar-to": "Similar to {item}",
  session: "Related to {item}, which you looked at just now",
  interest: "Matches your interest in {category}",
  "popular-in": "Popular in {category} this week",
  "popular-now": "Popular right now; nothing personal is used until you choose",
  "popular-now-holdout":
    "Popular right now: you are in a comparison group that sees non-personalized picks for a while",
  "popular-now-not-personalized":
    "You're seeing this because you chose not to personalize: it is popular right now",
  "context-device": "Popular with shoppers on {value}",
  "context-daypart": "Popular in the {value}",
  "context-region": "Popular in {value}",
  editorial: "Picked by our team",
  "other-activity": "Based on other activity you allowed (not named, to protect sensitive data)",
  variety: "Added for variety: outside your usual categories",
  "provider-fairness": "From an independent seller, to keep things fair",
  exploration: "Something new we are trying out for you",
  calibration: "Keeps the mix close to your interests",
  "long-tail": "A less-known pick, so popular items don't crowd out the rest",
  reranked: "Moved for balance",
};

const de: Templates = {
  "because-viewed": "Weil Sie {item} angesehen haben",
  "because-bought": "Weil Sie {item} gekauft haben",
  "because-rated": "Weil Sie {item} bewertet haben",
  "because-searched": "Weil Sie nach „{value}“ gesucht haben",
  "also-bought": "Kunden, die {item} gekauft haben, kauften auch dies",
  "similar-to": "Ähnlich wie {item}",
  session: "Passend zu {item}, das Sie gerade angesehen haben",
  interest: "Passt zu Ihrem Interesse an {category}",
  "popular-in": "Diese Woche beliebt in {category}",
  "popular-now": "Gerade beliebt; bis zu Ihrer Wahl wird nichts Persönliches genutzt",
  "popular-now-holdout":
    "Gerade beliebt: Sie sind in einer Vergleichsgruppe, die eine Zeit lang nicht personalisierte Vorschläge sieht",
  "popular-now-not-personalized":
    "Sie sehen dies, weil Sie keine Personalisierung gewählt haben: Es ist gerade beliebt",
  "context-device": "Beliebt bei Kunden auf {value}",
  "context-daypart": "Beliebt am {value}",
  "context-region": "Beliebt in {value}",
  editorial: "Von unserem Team ausgewählt",
  "other-activity": "Aufgrund weiterer erlaubter Aktivität (zum Schutz sensibler Daten nicht genannt)",
  variety: "Für Abwechslung hinzugefügt: außerhalb Ihrer üblichen Kategorien",
  "provider-fairness": "Von einem unabhängigen Händler, für eine faire Auswahl",
  exploration: "Etwas Neues, das wir für Sie ausprobieren",
  calibration: "Hält die Mischung nah an Ihren Interessen",
  "long-tail": "Ein weniger bekannter Tipp, damit Bestseller nicht alles verdrängen",
  reranked: "Für eine ausgewogene Auswahl verschoben",
};

const fr: Templates = {
  "because-viewed": "Parce que vous avez consulté {item}",
  "because-bought": "Parce que vous avez acheté {item}",
  "because-rated": "Parce que vous avez noté {item}",
  "because-searched": "Parce que vous avez recherché « {value} »",
  "also-bought": "Les clients qui ont acheté {item} ont aussi acheté ceci",
  "similar-to": "Semblable à {item}",
  session: "En lien avec {item}, que vous venez de consulter",
  interest: "Correspond à votre intérêt pour {category}",
  "popular-in": "Populaire cette semaine dans {category}",
  "popular-now": "Populaire en ce moment ; rien de personnel n'est utilisé avant votre choix",
  "popular-now-holdout":
    "Populaire en ce moment : vous faites partie d'un groupe de comparaison qui voit un temps des suggestions non personnalisées",
  "popular-now-not-personalized":
    "Vous voyez ceci car vous avez choisi de ne pas personnaliser : c'est populaire en ce moment",
  "context-device": "Populaire auprès des clients sur {value}",
  "context-daypart": "Populaire le {value}",
  "context-region": "Populaire en {value}",
  editorial: "Choisi par notre équipe",
  "other-activity": "D'après d'autres activités autorisées (non nommées pour protéger des données sensibles)",
  variety: "Ajouté pour la variété : hors de vos catégories habituelles",
  "provider-fairness": "D'un vendeur indépendant, pour plus d'équité",
  exploration: "Une nouveauté que nous testons pour vous",
  calibration: "Garde l'équilibre proche de vos centres d'intérêt",
  "long-tail": "Une suggestion moins connue, pour que les best-sellers n'éclipsent pas le reste",
  reranked: "Déplacé pour l'équilibre",
};

const es: Templates = {
  "because-viewed": "Porque vio {item}",
  "because-bought": "Porque compró {item}",
  "because-rated": "Porque valoró {item}",
  "because-searched": "Porque buscaste «{value}»",
  "also-bought": "Quienes compraron {item} también compraron esto",
  "similar-to": "Similar a {item}",
  session: "Relacionado con {item}, que acaba de ver",
  interest: "Coincide con su interés en {category}",
  "popular-in": "Popular en {category} esta semana",
  "popular-now": "Popular ahora mismo; no se usa nada personal hasta que elija",
  "popular-now-holdout":
    "Popular ahora mismo: está en un grupo de comparación que ve durante un tiempo sugerencias no personalizadas",
  "popular-now-not-personalized": "Lo ve porque eligió no personalizar: es popular ahora mismo",
  "context-device": "Popular entre clientes en {value}",
  "context-daypart": "Popular por la {value}",
  "context-region": "Popular en {value}",
  editorial: "Elegido por nuestro equipo",
  "other-activity": "Según otra actividad permitida (no se nombra para proteger datos sensibles)",
  variety: "Añadido por variedad: fuera de sus categorías habituales",
  "provider-fairness": "De un vendedor independiente, para un reparto justo",
  exploration: "Algo nuevo que probamos para usted",
  calibration: "Mantiene la mezcla cerca de sus intereses",
  "long-tail": "Una opción menos conocida, para que los más vendidos no lo acaparen todo",
  reranked: "Movido para equilibrar",
};

/** The built-in templates by language. */
export const templates: Readonly<Record<string, Templates>> = { en, de, fr, es };

/** Templates for a locale (`"de-AT"` → German; unknown → English), with shop overrides applied. */
export function templatesFor(locale = "en", overrides: Partial<Templates> = {}): Templates {
  const base = templates[locale] ?? templates[locale.split("-")[0] ?? ""] ?? en;
  return { ...base, ...overrides };
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
