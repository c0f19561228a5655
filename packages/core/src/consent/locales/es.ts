/** Spanish texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Spanish (español). */
export const es: DefaultPurposeTexts = {
  essential: {
    title: "Esencial",
    description: "Hace funcionar el carrito, el pago y sus opciones de privacidad. Siempre activo.",
  },
  "personalization.browsing": {
    title: "Recomendaciones según lo que ve",
    description: "Usa los productos y páginas que ve y sus búsquedas aquí para sugerir productos.",
  },
  "personalization.purchases": {
    title: "Recomendaciones según sus compras",
    description: "Usa lo que compró y valoró aquí para sugerir productos.",
  },
  "personalization.similar-shoppers": {
    title: "Aprender de clientes similares",
    description:
      "Su actividad, agregada con al menos otros cuatro clientes, ayuda a otros, y la suya le ayuda a usted.",
  },
  "personalization.context": {
    title: "Recomendaciones según su contexto",
    description: "Usa el tipo de dispositivo, la hora y la ubicación aproximada (país o región).",
  },
  "marketing.email": {
    title: "Correos de marketing",
    description: "Le envía ofertas por correo, elegidas según sus compras.",
  },
  "advertising.cross-context": {
    title: "Anuncios en otros sitios",
    description: "Comparte su actividad con socios publicitarios para mostrarle anuncios en otros sitios.",
  },
  analytics: {
    title: "Analítica",
    description: "Mide cómo se usan la tienda y sus recomendaciones para mejorarlas.",
  },
  sensitive: {
    title: "Productos sensibles (consentimiento explícito)",
    description:
      "Permite que los productos sensibles vistos, como los de farmacia, orienten sus recomendaciones.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Carrito",
  "candor:ConsentRecord": "Sus opciones de privacidad",
  "pd:BrowsingBehavior": "Productos y páginas vistos",
  "pd:SearchHistory": "Búsquedas",
  "pd:Purchase": "Compras",
  "pd:Rating": "Valoraciones",
  "pd:DeviceBased": "Tipo de dispositivo",
  "pd:Location": "Ubicación aproximada",
  "candor:TimeOfDay": "Momento del día",
  "pd:EmailAddress": "Dirección de correo electrónico",
  "pd:Health": "Datos relativos a la salud",
  "pd:Religion": "Convicciones religiosas o filosóficas",
  "pd:Sexuality": "Vida sexual u orientación sexual",
  "pd:PoliticalOpinion": "Opiniones políticas",
  "pd:EthnicOrigin": "Origen étnico o racial",
  "pd:Biometric": "Datos biométricos",
  "pd:Age": "Edad",
  "pd:Genetic": "Datos genéticos",
  "pd:TradeUnionMembership": "Afiliación sindical",
  "candor:UnclassifiedSpecialCategory": "Otra categoría especial de datos personales",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Permitir «Videos»`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `El contenido de ${host} está bloqueado hasta que permita «${purposes}».`,
  allow: (purposes) => `Permitir «${purposes}»`,
};
