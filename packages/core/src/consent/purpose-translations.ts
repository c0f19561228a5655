/** German, French and Spanish texts of the default purposes, kept apart so the core consent entry stays small. */
import { defaultPurposes } from "./purposes.ts";
import type { Purpose, PurposeId } from "./types.ts";

/** Title and description of one purpose in one locale. */
export interface PurposeText {
  readonly title: string;
  readonly description: string;
}

/** Translations of the default purposes: locale → purpose id → texts. */
export const purposeTranslations: Readonly<Record<string, Readonly<Record<PurposeId, PurposeText>>>> = {
  de: {
    essential: {
      title: "Notwendig",
      description: "Hält Warenkorb, Bestellung und Ihre Datenschutzwahl funktionsfähig. Immer aktiv.",
    },
    "personalization.browsing": {
      title: "Empfehlungen aus Ihren Aufrufen",
      description: "Nutzt die Produkte und Seiten, die Sie hier ansehen, und Ihre Suchen für Vorschläge.",
    },
    "personalization.purchases": {
      title: "Empfehlungen aus Ihren Käufen",
      description: "Nutzt, was Sie hier gekauft und bewertet haben, für Vorschläge.",
    },
    "personalization.similar-shoppers": {
      title: "Von ähnlichen Kunden lernen",
      description:
        "Ihre Aktivität hilft, zusammengefasst mit mindestens vier anderen Kunden, anderen, und deren Ihnen.",
    },
    "personalization.context": {
      title: "Empfehlungen aus Ihrem Kontext",
      description: "Nutzt Gerätetyp, Tageszeit und ungefähren Standort (Land oder Region).",
    },
    "marketing.email": {
      title: "Marketing-E-Mails",
      description: "Sendet Ihnen Angebote per E-Mail, ausgewählt nach Ihren Käufen.",
    },
    "advertising.cross-context": {
      title: "Werbung auf anderen Seiten",
      description: "Teilt Ihre Aktivität mit Werbepartnern, um Ihnen anderswo Werbung zu zeigen.",
    },
    analytics: {
      title: "Analyse",
      description: "Zählt, wie der Shop und seine Empfehlungen genutzt werden, um sie zu verbessern.",
    },
    sensitive: {
      title: "Sensible Produkte (ausdrückliche Einwilligung)",
      description: "Lässt Aufrufe sensibler Produkte, etwa aus der Apotheke, Ihre Empfehlungen prägen.",
    },
  },
  fr: {
    essential: {
      title: "Essentiel",
      description: "Fait fonctionner le panier, la commande et vos choix de confidentialité. Toujours actif.",
    },
    "personalization.browsing": {
      title: "Recommandations selon vos consultations",
      description:
        "Utilise les produits et pages consultés et vos recherches ici pour suggérer des produits.",
    },
    "personalization.purchases": {
      title: "Recommandations selon vos achats",
      description: "Utilise vos achats et vos notes ici pour suggérer des produits.",
    },
    "personalization.similar-shoppers": {
      title: "Apprendre des clients similaires",
      description:
        "Votre activité, agrégée avec au moins quatre autres clients, aide les autres, et la leur vous aide.",
    },
    "personalization.context": {
      title: "Recommandations selon votre contexte",
      description: "Utilise le type d'appareil, l'heure et la localisation approximative (pays ou région).",
    },
    "marketing.email": {
      title: "E-mails marketing",
      description: "Vous envoie des offres par e-mail, choisies selon vos achats.",
    },
    "advertising.cross-context": {
      title: "Publicité sur d'autres sites",
      description: "Partage votre activité avec des partenaires publicitaires pour des annonces ailleurs.",
    },
    analytics: {
      title: "Mesure d'audience",
      description: "Mesure l'usage de la boutique et de ses recommandations pour les améliorer.",
    },
    sensitive: {
      title: "Produits sensibles (consentement explicite)",
      description:
        "Permet aux produits sensibles consultés, comme en pharmacie, d'orienter vos recommandations.",
    },
  },
  es: {
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
  },
};

/** Adds translations to purposes (by id), keeping their existing texts; the UI and receipts then localize them. */
export function localizePurposes(
  purposes: readonly Purpose[] = defaultPurposes,
  translations: Readonly<Record<string, Readonly<Record<PurposeId, PurposeText>>>> = purposeTranslations,
): Purpose[] {
  return purposes.map((purpose) => {
    const title: Record<string, string> =
      typeof purpose.title === "string" ? { en: purpose.title } : { ...purpose.title };
    const description: Record<string, string> =
      typeof purpose.description === "string" ? { en: purpose.description } : { ...purpose.description };
    for (const [locale, texts] of Object.entries(translations)) {
      const text = texts[purpose.id];
      if (!text) continue;
      title[locale] = text.title;
      description[locale] = text.description;
    }
    return { ...purpose, title, description };
  });
}

/** The default purposes with their English, German, French and Spanish texts. */
export const localizedPurposes: readonly Purpose[] = localizePurposes();
