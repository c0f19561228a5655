/** Portuguese texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

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

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Carrinho",
  "candor:ConsentRecord": "As suas escolhas de privacidade",
  "pd:BrowsingBehavior": "Produtos e páginas vistos",
  "pd:SearchHistory": "Pesquisas",
  "pd:Purchase": "Compras",
  "pd:Rating": "Avaliações",
  "pd:DeviceBased": "Tipo de dispositivo",
  "pd:Location": "Localização aproximada",
  "candor:TimeOfDay": "Hora do dia",
  "pd:EmailAddress": "Endereço de e-mail",
  "pd:Health": "Dados relativos à saúde",
  "pd:Religion": "Convicções religiosas ou filosóficas",
  "pd:Sexuality": "Vida sexual ou orientação sexual",
  "pd:PoliticalOpinion": "Opiniões políticas",
  "pd:EthnicOrigin": "Origem racial ou étnica",
  "pd:Biometric": "Dados biométricos",
  "pd:Age": "Idade",
  "pd:Genetic": "Dados genéticos",
  "pd:TradeUnionMembership": "Filiação sindical",
  "candor:UnclassifiedSpecialCategory": "Outra categoria especial de dados pessoais",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Permitir “Videos”`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `O conteúdo de ${host} está bloqueado até permitir “${purposes}”.`,
  allow: (purposes) => `Permitir “${purposes}”`,
};
