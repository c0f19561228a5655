/** Swedish explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Swedish (svenska). */
export const sv: ExplainLocale = {
  locale: "sv",
  templates: {
    "because-viewed": "Eftersom du tittade på {item}",
    "because-bought": "Eftersom du köpte {item}",
    "because-rated": "Eftersom du betygsatte {item}",
    "because-searched": "Eftersom du sökte efter ”{value}”",
    "also-bought": "Kunder som köpte {item} köpte också detta",
    "similar-to": "Liknar {item}",
    session: "Relaterad till {item}, som du just tittade på",
    interest: "Passar ditt intresse för {category}",
    "popular-in": "Populär inom {category} den här veckan",
    "popular-now": "Populär just nu; inga personuppgifter används förrän du har gjort ett val",
    "popular-now-holdout":
      "Populär just nu: du är i en jämförelsegrupp som under en tid ser förslag som inte är personanpassade",
    "popular-now-not-personalized":
      "Du ser detta eftersom du har valt bort personanpassning: det är populärt just nu",
    "context-device": "Populär bland kunder {value}",
    "context-daypart": "Populär {value}",
    "context-region": "Populär i din region ({value})",
    editorial: "Utvald av vårt team",
    "other-activity":
      "Baserat på annan aktivitet som du har tillåtit (anges inte, för att skydda känsliga uppgifter)",
    variety: "Tillagd för variationens skull: utanför dina vanliga kategorier",
    "provider-fairness": "Från en oberoende säljare, för ett rättvist urval",
    exploration: "Något nytt vi provar för dig",
    calibration: "Håller urvalet nära dina intressen",
    "long-tail": "Ett mindre känt val, så att populära varor inte tränger undan resten",
    reranked: "Flyttad för balansens skull",
  },
  controls: {
    dontUse: "Använd inte {item}",
    notInterested: "Inte intresserad",
    turnOff: "Stäng av: {value}",
    variety: "Ändra variation",
    notPersonalized: "Visa rekommendationer som inte är personanpassade",
  },
  whyNot: {
    shown: "Den visas på plats {rank}.",
    "unknown-item": "Vi känner inte till den här produkten.",
    filtered: "Den är bortfiltrerad: {reason}",
    bought: "Du har redan köpt den.",
    "not-interested": "Du har sagt att du inte är intresserad av den.",
    excluded: "Den ligger redan i din varukorg eller finns på den här sidan.",
    constraint: "Den matchar inte filtren du har valt.",
    outranked: "Andra produkter fick högre poäng: den fick {score}, den sista som visades ({by}) {cutoff}.",
    "data-not-allowed": "Vissa av dina uppgifter får inte användas för rekommendationer: {categories}.",
  },
  device: {
    mobile: "i mobilen",
    desktop: "på datorn",
    tablet: "på surfplatta",
  },
  daypart: {
    night: "på natten",
    morning: "på morgonen",
    afternoon: "på eftermiddagen",
    evening: "på kvällen",
  },
};
