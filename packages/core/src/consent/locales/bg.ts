/** Bulgarian texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Bulgarian (български). */
export const bg: DefaultPurposeTexts = {
  essential: {
    title: "Необходимо",
    description:
      "Поддържа работата на количката, поръчката и настройките Ви за поверителност. Винаги включено.",
  },
  "personalization.browsing": {
    title: "Препоръки според разгледаното",
    description:
      "Използва продуктите и страниците, които разглеждате тук, и търсенията Ви, за да предлага продукти.",
  },
  "personalization.purchases": {
    title: "Препоръки според покупките Ви",
    description: "Използва това, което сте купили и оценили тук, за да предлага продукти.",
  },
  "personalization.similar-shoppers": {
    title: "Учене от сходни клиенти",
    description:
      "Вашата активност, обобщена с тази на поне четирима други клиенти, помага на другите, а тяхната – на Вас.",
  },
  "personalization.context": {
    title: "Препоръки според контекста Ви",
    description:
      "Използва вида на устройството, часа от деня и приблизителното местоположение (държава или регион).",
  },
  "marketing.email": {
    title: "Маркетингови имейли",
    description: "Изпраща Ви оферти по имейл, избрани според покупките Ви.",
  },
  "advertising.cross-context": {
    title: "Реклами на други сайтове",
    description: "Споделя активността Ви с рекламни партньори, за да Ви показват реклами другаде.",
  },
  analytics: {
    title: "Анализ",
    description: "Отчита как се използват магазинът и препоръките му, за да бъдат измервани и подобрявани.",
  },
  sensitive: {
    title: "Чувствителни продукти (изрично съгласие)",
    description:
      "Позволява разглежданията на чувствителни продукти, например аптечни, да влияят на препоръките Ви.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Количка",
  "candor:ConsentRecord": "Вашите настройки за поверителност",
  "pd:BrowsingBehavior": "Разгледани продукти и страници",
  "pd:SearchHistory": "Търсения",
  "pd:Purchase": "Покупки",
  "pd:Rating": "Оценки",
  "pd:DeviceBased": "Вид устройство",
  "pd:Location": "Приблизително местоположение",
  "candor:TimeOfDay": "Част от деня",
  "pd:EmailAddress": "Имейл адрес",
  "pd:Health": "Данни за здравословното състояние",
  "pd:Religion": "Религиозни или философски убеждения",
  "pd:Sexuality": "Сексуален живот или сексуална ориентация",
  "pd:PoliticalOpinion": "Политически възгледи",
  "pd:EthnicOrigin": "Расов или етнически произход",
  "pd:Biometric": "Биометрични данни",
  "pd:Age": "Възраст",
  "pd:Genetic": "Генетични данни",
  "pd:TradeUnionMembership": "Членство в синдикални организации",
  "candor:UnclassifiedSpecialCategory": "Друга специална категория лични данни",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Разрешаване на „Videos“`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Съдържанието от ${host} е блокирано, докато не разрешите „${purposes}“.`,
  allow: (purposes) => `Разрешаване на „${purposes}“`,
};
