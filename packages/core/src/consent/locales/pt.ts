/** Portuguese texts of the default purposes. */
import type { DefaultPurposeTexts } from "../purpose-translations.ts";

/** Portuguese (português). */
export const pt: DefaultPurposeTexts = {
  essential: {
    title: "Essencial",
    description:
      "Mantém o carrinho, a finalização da compra e as suas escolhas de privacidade a funcionar. Sempre ativo.",
  },
  "personalization.browsing": {
    title: "Recomendações com base no que vê",
    description: "Utiliza os produtos e páginas que vê aqui e as suas pesquisas para sugerir produtos.",
  },
  "personalization.purchases": {
    title: "Recomendações com base nas suas compras",
    description: "Utiliza o que comprou e avaliou aqui para sugerir produtos.",
  },
  "personalization.similar-shoppers": {
    title: "Aprender com clientes semelhantes",
    description:
      "A sua atividade, agregada com a de pelo menos outros quatro clientes, ajuda outros, e a deles ajuda-o a si.",
  },
  "personalization.context": {
    title: "Recomendações com base no seu contexto",
    description: "Utiliza o tipo de dispositivo, a hora do dia e a localização aproximada (país ou região).",
  },
  "marketing.email": {
    title: "E-mails de marketing",
    description: "Envia-lhe ofertas por e-mail, escolhidas com base nas suas compras.",
  },
  "advertising.cross-context": {
    title: "Publicidade noutros sites",
    description:
      "Partilha a sua atividade com parceiros de publicidade para lhe mostrar anúncios noutros locais.",
  },
  analytics: {
    title: "Análise estatística",
    description: "Conta como a loja e as suas recomendações são utilizadas, para as medir e melhorar.",
  },
  sensitive: {
    title: "Produtos sensíveis (consentimento explícito)",
    description:
      "Permite que as visualizações de produtos sensíveis, como artigos de farmácia, influenciem as suas recomendações.",
  },
};
