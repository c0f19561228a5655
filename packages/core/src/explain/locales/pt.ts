/** Portuguese explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Portuguese (português). */
export const pt: ExplainLocale = {
  locale: "pt",
  templates: {
    "because-viewed": "Porque viu {item}",
    "because-bought": "Porque comprou {item}",
    "because-rated": "Porque avaliou {item}",
    "because-searched": "Porque pesquisou “{value}”",
    "also-bought": "Quem comprou {item} também comprou isto",
    "similar-to": "Semelhante a {item}",
    session: "Relacionado com {item}, que acabou de ver",
    interest: "Corresponde ao seu interesse em {category}",
    "popular-in": "Popular em {category} esta semana",
    "popular-now": "Popular neste momento; não são utilizados dados pessoais até fazer a sua escolha",
    "popular-now-holdout":
      "Popular neste momento: está num grupo de comparação que vê durante algum tempo sugestões não personalizadas",
    "popular-now-not-personalized": "Vê isto porque optou por não personalizar: é popular neste momento",
    "context-device": "Popular entre clientes {value}",
    "context-daypart": "Popular {value}",
    "context-region": "Popular na sua região ({value})",
    editorial: "Escolhido pela nossa equipa",
    "other-activity": "Com base noutra atividade que autorizou (não indicada, para proteger dados sensíveis)",
    variety: "Adicionado para variar: fora das suas categorias habituais",
    "provider-fairness": "De um vendedor independente, para uma seleção justa",
    exploration: "Algo novo que estamos a experimentar para si",
    calibration: "Mantém a seleção próxima dos seus interesses",
    "long-tail": "Uma escolha menos conhecida, para que os mais populares não ocupem todo o espaço",
    reranked: "Movido para equilibrar a seleção",
  },
  controls: {
    dontUse: "Não utilizar {item}",
    notInterested: "Não tenho interesse",
    turnOff: "Desativar: {value}",
    variety: "Alterar a variedade",
    notPersonalized: "Mostrar recomendações não personalizadas",
  },
  whyNot: {
    shown: "É apresentado, na posição {rank}.",
    "unknown-item": "Não conhecemos este produto.",
    filtered: "Foi excluído por um filtro: {reason}",
    bought: "Já o comprou.",
    "not-interested": "Indicou que não tem interesse.",
    excluded: "Já está no seu carrinho ou nesta página.",
    constraint: "Não corresponde aos filtros que escolheu.",
    outranked:
      "Outros produtos obtiveram uma pontuação mais alta: {score}, contra {cutoff} do último apresentado ({by}).",
    "data-not-allowed": "Alguns dos seus dados não podem ser utilizados para recomendações: {categories}.",
  },
  device: {
    mobile: "em dispositivos móveis",
    desktop: "no computador",
    tablet: "em tablets",
  },
  daypart: {
    night: "de madrugada",
    morning: "de manhã",
    afternoon: "à tarde",
    evening: "à noite",
  },
};
