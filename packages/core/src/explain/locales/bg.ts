/** Bulgarian explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Bulgarian (български). */
export const bg: ExplainLocale = {
  locale: "bg",
  templates: {
    "because-viewed": "Защото разгледахте {item}",
    "because-bought": "Защото купихте {item}",
    "because-rated": "Защото оценихте {item}",
    "because-searched": "Защото търсихте „{value}“",
    "also-bought": "Клиентите, купили {item}, купиха и това",
    "similar-to": "Подобно на {item}",
    session: "Свързано с {item} от последното Ви разглеждане",
    interest: "Съответства на интереса Ви към {category}",
    "popular-in": "Популярно тази седмица в {category}",
    "popular-now": "Популярно в момента; до Вашия избор не се използват лични данни",
    "popular-now-holdout":
      "Популярно в момента: Вие сте в група за сравнение, която известно време вижда неперсонализирани предложения",
    "popular-now-not-personalized": "Виждате това, защото избрахте без персонализация: в момента е популярно",
    "context-device": "Популярно сред клиентите {value}",
    "context-daypart": "Популярно {value}",
    "context-region": "Популярно във Вашия регион ({value})",
    editorial: "Избрано от нашия екип",
    "other-activity":
      "Въз основа на друга разрешена от Вас активност (не се посочва, за да се защитят чувствителните данни)",
    variety: "Добавено за разнообразие: извън обичайните Ви категории",
    "provider-fairness": "От независим търговец, за справедлив избор",
    exploration: "Нещо ново, което изпробваме за Вас",
    calibration: "Поддържа подбора близо до интересите Ви",
    "long-tail": "По-малко известно предложение, за да не изместват популярните продукти останалите",
    reranked: "Преместено за баланс",
  },
  controls: {
    dontUse: "Да не се използва {item}",
    notInterested: "Не ме интересува",
    turnOff: "Изключване: {value}",
    variety: "Промяна на разнообразието",
    notPersonalized: "Показване на неперсонализирани препоръки",
  },
  whyNot: {
    shown: "Показва се на позиция {rank}.",
    "unknown-item": "Не познаваме този продукт.",
    filtered: "Филтриран е: {reason}",
    bought: "Вече сте го купили.",
    "not-interested": "Посочихте, че не Ви интересува.",
    excluded: "Вече е в количката Ви или на тази страница.",
    constraint: "Не отговаря на избраните от Вас филтри.",
    outranked: "Други продукти са с по-висок резултат: този е {score}, последният показан ({by}) {cutoff}.",
    "data-not-allowed": "Някои от данните Ви не може да се използват за препоръки: {categories}.",
  },
  device: {
    mobile: "на мобилни устройства",
    desktop: "на компютър",
    tablet: "на таблет",
  },
  daypart: {
    night: "през нощта",
    morning: "сутрин",
    afternoon: "следобед",
    evening: "вечер",
  },
};
