/** Spanish explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Spanish (español). */
export const es: ExplainLocale = {
  locale: "es",
  templates: {
    "because-viewed": "Porque vio {item}",
    "because-bought": "Porque compró {item}",
    "because-rated": "Porque valoró {item}",
    "because-searched": "Porque buscó «{value}»",
    "also-bought": "Quienes compraron {item} también compraron esto",
    "similar-to": "Similar a {item}",
    session: "Relacionado con {item}, que acaba de ver",
    interest: "Coincide con su interés en {category}",
    "popular-in": "Popular en {category} esta semana",
    "popular-now": "Popular ahora mismo; no se usan datos personales hasta que elija",
    "popular-now-holdout":
      "Popular ahora mismo: está en un grupo de comparación que ve durante un tiempo sugerencias no personalizadas",
    "popular-now-not-personalized": "Lo ve porque eligió no personalizar: es popular ahora mismo",
    "context-device": "Popular entre clientes {value}",
    "context-daypart": "Popular {value}",
    "context-region": "Popular en su región ({value})",
    editorial: "Elegido por nuestro equipo",
    "other-activity": "Según otra actividad permitida (no se nombra para proteger datos sensibles)",
    variety: "Añadido por variedad: fuera de sus categorías habituales",
    "provider-fairness": "De un vendedor independiente, para un reparto justo",
    exploration: "Algo nuevo que probamos para usted",
    calibration: "Mantiene la mezcla cerca de sus intereses",
    "long-tail": "Una opción menos conocida, para que los más vendidos no lo acaparen todo",
    reranked: "Movido para equilibrar",
  },
  controls: {
    dontUse: "No usar {item}",
    notInterested: "No me interesa",
    turnOff: "Desactivar: {value}",
    variety: "Cambiar la variedad",
    notPersonalized: "Mostrar recomendaciones no personalizadas",
  },
  whyNot: {
    shown: "Se muestra, en la posición {rank}.",
    "unknown-item": "No conocemos este producto.",
    filtered: "Está filtrado: {reason}",
    bought: "Ya lo compró.",
    "not-interested": "Indicó que no le interesa.",
    excluded: "Ya está en su carrito o en esta página.",
    constraint: "No coincide con los filtros elegidos.",
    outranked: "Otros productos puntuaron más: {score} frente a {cutoff} del último mostrado ({by}).",
    "data-not-allowed": "Algunos de sus datos no se pueden usar para recomendaciones: {categories}.",
  },
  device: { mobile: "en el móvil", desktop: "en el ordenador", tablet: "en la tableta" },
  daypart: {
    night: "de madrugada",
    morning: "por la mañana",
    afternoon: "por la tarde",
    evening: "por la noche",
  },
};
