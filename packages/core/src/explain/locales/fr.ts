/** French explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** French (français). */
export const fr: ExplainLocale = {
  locale: "fr",
  templates: {
    "because-viewed": "Parce que vous avez consulté {item}",
    "because-bought": "Parce que vous avez acheté {item}",
    "because-rated": "Parce que vous avez noté {item}",
    "because-searched": "Parce que vous avez recherché « {value} »",
    "also-bought": "Les clients qui ont acheté {item} ont aussi acheté ceci",
    "similar-to": "Semblable à {item}",
    session: "En lien avec {item}, que vous venez de consulter",
    interest: "Correspond à votre intérêt pour {category}",
    "popular-in": "Populaire cette semaine dans {category}",
    "popular-now":
      "Populaire en ce moment ; aucune donnée à caractère personnel n'est utilisée avant votre choix",
    "popular-now-holdout":
      "Populaire en ce moment : vous faites partie d'un groupe de comparaison qui voit un temps des suggestions non personnalisées",
    "popular-now-not-personalized":
      "Vous voyez ceci car vous avez choisi de ne pas personnaliser : c'est populaire en ce moment",
    "context-device": "Populaire auprès des clients {value}",
    "context-daypart": "Populaire {value}",
    "context-region": "Populaire dans votre région ({value})",
    editorial: "Choisi par notre équipe",
    "other-activity":
      "D'après d'autres activités autorisées (non nommées pour protéger des données sensibles)",
    variety: "Ajouté pour la variété : hors de vos catégories habituelles",
    "provider-fairness": "D'un vendeur indépendant, pour plus d'équité",
    exploration: "Une nouveauté que nous testons pour vous",
    calibration: "Garde l'équilibre proche de vos centres d'intérêt",
    "long-tail": "Une suggestion moins connue, pour que les best-sellers n'éclipsent pas le reste",
    reranked: "Déplacé pour l'équilibre",
  },
  controls: {
    dontUse: "Ne pas utiliser {item}",
    notInterested: "Pas intéressé",
    turnOff: "Désactiver : {value}",
    variety: "Changer la variété",
    notPersonalized: "Afficher des recommandations non personnalisées",
  },
  whyNot: {
    shown: "Il est affiché, en position {rank}.",
    "unknown-item": "Nous ne connaissons pas ce produit.",
    filtered: "Il est filtré : {reason}",
    bought: "Vous l'avez déjà acheté.",
    "not-interested": "Vous avez indiqué ne pas être intéressé.",
    excluded: "Il est déjà dans votre panier ou sur cette page.",
    constraint: "Il ne correspond pas aux filtres choisis.",
    outranked:
      "D'autres produits ont obtenu un meilleur score : {score}, contre {cutoff} pour le dernier affiché ({by}).",
    "data-not-allowed": "Certaines de vos données ne peuvent pas servir aux recommandations : {categories}.",
  },
  device: { mobile: "sur mobile", desktop: "sur ordinateur", tablet: "sur tablette" },
  daypart: { night: "la nuit", morning: "le matin", afternoon: "l'après-midi", evening: "le soir" },
};
