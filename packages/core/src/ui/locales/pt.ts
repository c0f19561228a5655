/** Portuguese (português) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
import type {
  AuditTexts,
  BannerTexts,
  BubbleTexts,
  CategoryTexts,
  ContextTexts,
  FeedWidthTexts,
  FooterTexts,
  MeasureTexts,
  MyDataTexts,
  PrivacyTexts,
  RowTexts,
  SensitiveTexts,
  SettingsTexts,
  WhyTexts,
} from "../texts.ts";

/** Portuguese (português): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "As suas escolhas de privacidade",
  optIn:
    "Gostaríamos de utilizar a sua atividade nesta loja para personalizar o que vê. Nada de pessoal é utilizado até fazer a sua escolha, e a loja funciona plenamente em qualquer caso.",
  optOut:
    "Utilizamos a sua atividade nesta loja para personalizar o que vê e partilhamo-la para publicidade personalizada, a menos que se oponha. As informações pessoais sensíveis só são utilizadas se o permitir. A loja funciona plenamente em qualquer caso.",
  purposes: "O que perguntamos: {purposes}.",
  privacyPolicy: "Política de privacidade",
  acceptAll: "Aceitar tudo",
  rejectAll: "Rejeitar tudo",
  customize: "Personalizar",
  doNotSell: "Não vender nem partilhar as minhas informações pessoais",
  limitSensitive: "Limitar a utilização das minhas informações pessoais sensíveis",
};

/** Portuguese (português): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Definições de privacidade",
  intro: "Escolha o que pode ser utilizado. Pode alterar isto a qualquer momento a partir do rodapé.",
  save: "Guardar escolhas",
  close: "Fechar",
  alwaysOn: "Sempre ativo",
  on: "Ativado",
  off: "Desativado",
  acceptAll: "Aceitar tudo",
  rejectAll: "Rejeitar tudo",
  dataUsed: "Dados utilizados",
  legalBasis: "Fundamento jurídico",
  bases: {
    consent: "o seu consentimento",
    "explicit-consent": "o seu consentimento explícito",
    contract: "necessário para prestar o serviço da loja",
    "legal-obligation": "obrigação jurídica",
    "legitimate-interest": "interesse legítimo",
  },
};

/** Portuguese (português): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "o que vê e em que clica",
    "pd:SearchHistory": "o que pesquisa",
    "pd:Purchase": "o que compra",
    "pd:Rating": "as suas avaliações",
    "pd:DeviceBased": "o seu tipo de dispositivo",
    "pd:Location": "a sua região",
    "candor:TimeOfDay": "a hora do dia",
    "pd:Age": "a sua faixa etária",
    "pd:EmailAddress": "o seu endereço de e-mail",
    "candor:Cart": "o seu carrinho",
    "candor:ConsentRecord": "as suas escolhas de privacidade",
    "pd:Health": "saúde",
    "pd:Religion": "convicções religiosas ou filosóficas",
    "pd:Sexuality": "vida sexual ou orientação sexual",
    "pd:PoliticalOpinion": "opiniões políticas",
    "pd:EthnicOrigin": "origem racial ou étnica",
    "pd:Biometric": "dados biométricos",
    "pd:Genetic": "dados genéticos",
    "pd:TradeUnionMembership": "filiação sindical",
    "candor:UnclassifiedSpecialCategory": "outras informações sensíveis",
  },
};

/** Portuguese (português): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Escolhas de privacidade",
  privacySettings: "Definições de privacidade",
  doNotSell: "Não vender nem partilhar as minhas informações pessoais",
  gpcHonored: "Pedido de oposição respeitado",
  optedOut: "Concluído: as suas informações pessoais deixaram de ser vendidas ou partilhadas.",
};

/** Portuguese (português): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Limitar a utilização das minhas informações pessoais sensíveis",
  limitSensitiveOn: "As suas informações pessoais sensíveis não são utilizadas para recomendações.",
};

/** Portuguese (português): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Definições das recomendações",
  settingsToggle: "Definições da fila",
  personalized: "Personalizado",
  notPersonalized: "Não personalizado",
  variety: "Variedade",
  varietyHint:
    "Mais variedade junta outras categorias, produtos menos conhecidos e vendedores independentes.",
  varietyValue: "{value}%",
  modePersonalized: "Personalizado: utiliza apenas os dados que permitiu.",
  modeNotPersonalizedChosen:
    "Não personalizado, como escolheu: produtos populares, sem utilizar dados pessoais.",
  modeNotPersonalizedConsent:
    "Não personalizado: não permitiu a personalização, pelo que não são utilizados dados pessoais.",
  modeNotPersonalizedOther: "De momento não personalizado: produtos populares, sem utilizar dados pessoais.",
  empty: "De momento não há nada a recomendar aqui.",
  personalizedNeedsConsent: "Para personalizar esta fila, permita-o nas definições de privacidade.",
  personalizedUnavailable: "De momento, a personalização não está disponível para esta fila.",
  updated: "Concluído: as recomendações foram atualizadas.",
};

/** Portuguese (português): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Porque estou a ver isto?",
  about: "Sobre {item}",
  reasonsHeading: "Porque é apresentado",
  reasonShare: "{share} da pontuação",
  effectsHeading: "Como a lista foi equilibrada",
  dataHeading: "Os seus dados utilizados",
  noPersonalData: "Não foram utilizados nenhuns dos seus dados pessoais.",
  legalBasis: "Fundamento jurídico",
  basisConsent: "{purpose}: o seu consentimento",
  controlsHeading: "Alterar o que vê",
  close: "Fechar",
};

/** Portuguese (português): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Popular em {region}",
  device: "Popular entre clientes que usam {device}",
  daypart: "Popular {daypart}",
  devices: {
    mobile: "um telemóvel",
    desktop: "um computador",
    tablet: "um tablet",
  },
  dayparts: {
    morning: "de manhã",
    afternoon: "à tarde",
    evening: "à noite",
    night: "de madrugada",
  },
  regions: {
    "US-CA": "Califórnia",
  },
};

/** Portuguese (português): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "As suas recomendações abrangem {covered} de {total, plural, one {# secção} many {# de secções} other {# secções}}.",
  none: "Ainda não lhe foram apresentadas recomendações.",
  missing: "Não apresentadas ultimamente: {departments}.",
};

/** Portuguese (português): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Os meus dados",
  intro:
    "Descarregue em JSON tudo o que esta loja guarda sobre si, ou apague-o: a sua atividade, o seu registo de consentimento e o que deles foi deduzido.",
  stored: {
    heading: "O que esta loja guarda sobre si",
    loading: "A verificar o que está guardado…",
    events: "{count, plural, one {# ação sua aqui:} many {# de ações suas aqui:} other {# ações suas aqui:}}",
    noEvents: "Não está guardada nenhuma atividade sua.",
    eventKind: "{kind}: {count} (de {first} a {last})",
    kinds: {
      view: "Produtos vistos",
      add_to_cart: "Adicionados ao carrinho",
      purchase: "Compras",
      rating: "Avaliações",
      search: "Pesquisas",
      dismiss: "Marcados como sem interesse",
    },
    consentHeading: "As suas escolhas de privacidade ao longo do tempo",
    noConsent: "Ainda não fez uma escolha.",
    consentEvent: "{date}: {type}. Ativado: {granted}.",
    consentTypes: {
      given: "escolha guardada",
      refused: "recusado",
      withdrawn: "retirado",
      expired: "expirado",
      "gpc-honored": "Global Privacy Control respeitado",
      notified: "aviso apresentado",
      "notice-changed": "aviso alterado",
    },
    nothingGranted: "nada",
    derivedHeading: "O que foi deduzido daí",
    noDerived: "Sem atividade guardada, nada é deduzido.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Exportar os meus dados (JSON)",
  exported:
    "A sua exportação está pronta: {events, plural, one {# evento} many {# de eventos} other {# eventos}} e um registo de consentimento com {consentEvents, plural, one {# entrada} many {# de entradas} other {# entradas}}.",
  eraseButton: "Apagar tudo",
  eraseConfirmTitle: "Apagar tudo?",
  eraseConfirmText:
    "Isto apaga a sua atividade, o seu registo de consentimento e tudo o que deles foi deduzido. Não pode ser anulado.",
  eraseConfirm: "Sim, apagar tudo",
  cancel: "Cancelar",
  erased: "Foi tudo apagado. Guarde este comprovativo como prova do apagamento.",
  receiptTitle: "Comprovativo de apagamento",
  downloadReceipt: "Descarregar o comprovativo",
  receipt: {
    erasedAt: "Apagado em",
    subject: "Pseudónimo",
    events: "Atividades apagadas",
    consentEvents: "Escolhas de privacidade apagadas",
    also: "Também removido",
    proof: "Resumo criptográfico dos registos apagados",
  },
  failed: "Algo correu mal: {message}",
};

/** Portuguese (português): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Centro de privacidade",
  choicesHeading: "As suas escolhas",
  rules: "Regras em vigor: {rules}.",
  regimes: {
    gdpr: "RGPD e ePrivacy (nada é utilizado até o permitir)",
    cpra: "CCPA/CPRA (personalização até se opor; dados sensíveis só se o permitir)",
    "opt-in": "nada é utilizado até o permitir",
    "opt-out": "personalização até se opor",
    strictest:
      "as regras mais rigorosas, por a sua região ser desconhecida (nada é utilizado até o permitir)",
  },
  chosen: "Escolhido em {date}; voltamos a perguntar depois de {expires}.",
  notChosen: "Ainda não escolheu: só é utilizado o que a loja precisa.",
  defaults: "Ainda não escolheu: aplicam-se as predefinições destas regras, indicadas abaixo.",
  minor:
    "Menor identificado: a publicidade baseada em definição de perfis e a venda ou partilha estão desativadas.",
  gpc: "O Global Privacy Control está ativado.",
  gpcHonored: "O Global Privacy Control está ativado e foi respeitado.",
  limited: "A utilização das suas informações pessoais sensíveis está limitada.",
  change: "Alterar as suas escolhas",
  on: "Ativado",
  off: "Desativado",
  receiptHeading: "Comprovativo de consentimento",
  receiptIntro:
    "Um comprovativo de consentimento Kantara (v1.1) da sua escolha em vigor, feita em {date}: {purposes}.",
  receiptNone: "Ainda não há comprovativo: não fez nenhuma escolha.",
  nothingGranted: "nada",
  showReceipt: "Mostrar o comprovativo em JSON",
  downloadReceipt: "Descarregar o comprovativo de consentimento",
  howHeading: "Como funcionam as recomendações",
  summary:
    "Os produtos são ordenados somando os sinais abaixo, com os pesos indicados. Os produtos que não lhe podem ser vendidos (esgotados, sem envio para a sua região, com restrição de idade) nunca são apresentados.",
  reranked: "Depois, a lista é equilibrada para dar variedade e ser justa com os vendedores independentes.",
  parametersHeading: "Parâmetros principais, do mais importante para o menos",
  importance: {
    main: "principal",
    supporting: "de apoio",
    minor: "secundário",
  },
  parameters: {
    hybrid:
      "Aprendido com muitos clientes: um modelo dos produtos que andam juntos nos históricos de muitos clientes (apenas ligações partilhadas por pelo menos cinco clientes, e apenas se permitir aprender com clientes semelhantes).",
    itemKnn:
      "Quem comprou isto também comprou: o que compraram a seguir os clientes que compraram ou viram os mesmos produtos que você (apenas ligações partilhadas por pelo menos cinco clientes, e apenas se permitir aprender com clientes semelhantes).",
    ease: "Produtos que combinam: um modelo estatístico sobre os históricos de muitos clientes (apenas se permitir aprender com clientes semelhantes).",
    content:
      "Produtos semelhantes: quão próximo um produto está do que viu ou comprou aqui, pelas palavras, categoria, marca e gama de preço.",
    session: "Esta visita: o que acabou de ver.",
    search:
      "As suas pesquisas: as palavras que pesquisou aqui, comparadas com os produtos (apenas se permitir recomendações com base no que vê).",
    context:
      "Dispositivo, hora do dia e região: o que é procurado no seu tipo de dispositivo, a esta hora do dia ou na sua região (apenas se permitir o contexto).",
    popularity:
      "Popularidade: quantos clientes escolheram o produto recentemente (é tudo o que as recomendações não personalizadas utilizam).",
    editorial: "Escolhas da nossa equipa: produtos que a nossa equipa destaca.",
  },
  optionsHeading: "O que pode alterar",
  options: [
    "Personalizado ou Não personalizado, em “Definições da fila” em cada fila de recomendações: não personalizado não utiliza dados pessoais, apenas a popularidade e as escolhas da nossa equipa.",
    "Definições de privacidade: ative ou desative cada tipo de personalização a qualquer momento.",
    "Porque estou a ver isto?: em cada produto recomendado, com controlos para deixar de utilizar um produto que viu, indicar que não tem interesse ou desativar um tipo de personalização.",
    "Variedade: um controlo deslizante em “Definições da fila” em cada fila de recomendações, que troca proximidade aos seus interesses por variedade, produtos menos conhecidos e vendedores independentes.",
  ],
  protectionsHeading: "Sempre aplicado",
  protections: [
    "Os produtos sensíveis (por exemplo, farmácia e saúde, religião, política) nunca são promovidos pela sua própria atividade, a menos que tenha dado consentimento explícito para dados sensíveis.",
    "Cada tipo de personalização utiliza apenas os seus próprios dados: o que vê apenas se permitir recomendações com base no que vê, as suas compras apenas se permitir recomendações com base nas suas compras.",
    "Os menores identificados não recebem recomendações nem publicidade baseadas em definição de perfis.",
  ],
  myData: "Para ver, descarregar ou apagar tudo, aceda a {link}.",
  myDataLink: "Os meus dados",
};

/** Portuguese (português): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Consola de auditoria",
  verifyLog: "Verificar o registo",
  verifying: "A verificar…",
  logVerified: "Registo verificado",
  logVerifiedDetail:
    "{size, plural, one {# entrada verificada; não foi alterada.} many {# de entradas verificadas; nenhuma foi alterada.} other {# entradas verificadas; nenhuma foi alterada.}}",
  logVerifiedKinds:
    "{size, plural, one {# entrada verificada} many {# de entradas verificadas} other {# entradas verificadas}} ({served, plural, one {# artigo apresentado} many {# de artigos apresentados} other {# artigos apresentados}}, {consent, plural, one {# evento de consentimento} many {# de eventos de consentimento} other {# eventos de consentimento}}, {notices, plural, one {# aviso} many {# de avisos} other {# avisos}}); nenhuma foi alterada.",
  tampered: "Adulteração detetada na entrada {index}",
  failed: "Algo correu mal: {message}",
  logHeading: "Registo de explicações",
  chartsHeading: "Visibilidade e diversidade",
  filters: "Filtros",
  filterSurface: "Local",
  filterMode: "Modo",
  filterSubject: "Pessoa",
  filterSearch: "Pesquisar",
  filterAll: "Todos",
  personalized: "Personalizado",
  notPersonalized: "Não personalizado",
  entriesShown: "{shown} de {total, plural, one {# entrada} many {# de entradas} other {# entradas}}",
  noEntries: "Nenhuma entrada corresponde.",
  logEmpty:
    "Ainda não foi apresentado nada neste dispositivo. Abra a página inicial da loja ou um produto; cada recomendação apresentada fica registada aqui.",
  pageOf: "Página {page} de {pages}",
  previous: "Anterior",
  next: "Seguinte",
  columns: {
    index: "Entrada",
    time: "Hora",
    subject: "Pessoa",
    surface: "Local",
    rank: "Posição",
    item: "Artigo",
    mode: "Modo",
    reason: "Explicação",
    basis: "Fundamento",
  },
  exportJson: "Exportar JSON",
  exportCsv: "Exportar CSV",
  exposureTitle: "Visibilidade por grupo de vendedores",
  exposureDescription:
    "Visibilidade ponderada pela posição, 1 / log2(posição + 1), dos artigos apresentados.",
  diversityTitle: "Categorias por lista",
  diversityAxisY: "Categorias",
  diversityAxisX: "Listas, a mais recente à direita",
  diversityDescription:
    "Em média {mean} categorias distintas por lista, em {slates, plural, one {# lista} many {# de listas} other {# listas}}.",
};

/** Portuguese (português): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Vistas de auditoria",
  tabLog: "Registo",
  tabMeasurement: "Medição",
  loading: "A calcular a medição…",
  failed: "Não foi possível calcular a medição: {message}",
  summaryHeading: "Resumo",
  raised:
    "A personalização aumentou a taxa de cliques em {lift} (IC {confidence} de {low} a {high}) face ao grupo de controlo não personalizado.",
  lowered:
    "A personalização reduziu a taxa de cliques em {lift} (IC {confidence} de {low} a {high}) face ao grupo de controlo não personalizado.",
  noDifference:
    "Sem diferença significativa na taxa de cliques entre a personalização e o grupo de controlo não personalizado (aumento {lift}, IC {confidence} de {low} a {high}).",
  noData: "Ainda não há dados suficientes para comparar a taxa de cliques entre os grupos.",
  liftHeading: "Aumento face ao controlo",
  liftTitle: "Aumento da personalização face ao grupo de controlo não personalizado",
  liftDescription:
    "Aumento relativo de cada taxa por visitante com o seu intervalo de confiança de {confidence}; a linha marca 0 % (sem diferença).",
  liftCaption: "Taxas por visitante: {treatment} face a {control}",
  metrics: {
    click: "Taxa de cliques",
    addToCart: "Adição ao carrinho",
    conversion: "Conversão",
    firstDayEngagement: "Envolvimento no primeiro dia",
    repeatPurchase: "Compra repetida",
  },
  liftColumns: {
    metric: "Métrica",
    control: "Controlo",
    treatment: "Tratamento",
    lift: "Aumento",
    interval: "Intervalo de confiança",
    pValue: "valor p",
  },
  rateCell: "{rate} ({successes} de {visitors})",
  undefinedLift: "ainda sem dados suficientes",
  driftHeading: "Desvio",
  driftTitle: "Taxa de cliques do grupo {arm} ao longo do tempo",
  driftDescription:
    "Taxa de cliques móvel por hora face à linha de base {baseline} e ao limiar de desvio {line}; {events, plural, one {# evento de desvio} many {# de eventos de desvio} other {# eventos de desvio}}.",
  baseline: "Linha de base",
  driftLine: "Limiar de desvio",
  eventsCaption: "Eventos de desvio",
  eventColumns: {
    time: "Hora",
    metric: "Métrica",
    arm: "Grupo",
    baseline: "Linha de base",
    observed: "Observado",
    drop: "Queda",
  },
  noEvents: "Nenhum desvio detetado.",
};

/** Portuguese (português): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Bolha de filtros",
  title: "Bolha de filtros",
  summary:
    "Ao longo de {days, plural, one {# dia} many {# de dias} other {# dias}}, as categorias apresentadas a cada cliente passaram de {first} para {last} bits de entropia; no último dia, {outside} do que os clientes habituais viram ficou fora das categorias que lhes foram apresentadas primeiro.",
  entropyChart: "Variedade por cliente (entropia, bits) e parte fora das primeiras categorias, por dia",
  providerChart: "Visibilidade por fornecedor, por dia",
  day: "Dia",
  slates: "Listas",
  entropy: "Entropia por cliente (bits)",
  outside: "Fora das primeiras categorias",
  providerGini: "Gini dos fornecedores",
  empty: "Ainda não há listas apresentadas no registo: explore a loja e depois volte aqui.",
};
