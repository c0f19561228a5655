/** Croatian texts of the default purposes. */
import type { DefaultPurposeTexts } from "../purpose-translations.ts";

/** Croatian (hrvatski). */
export const hr: DefaultPurposeTexts = {
  essential: {
    title: "Nužno",
    description: "Održava košaricu, naplatu i vaše postavke privatnosti funkcionalnima. Uvijek uključeno.",
  },
  "personalization.browsing": {
    title: "Preporuke prema onome što pregledavate",
    description:
      "Upotrebljava proizvode i stranice koje ovdje pregledavate te vaša pretraživanja za predlaganje proizvoda.",
  },
  "personalization.purchases": {
    title: "Preporuke prema vašim kupnjama",
    description: "Upotrebljava ono što ste ovdje kupili i ocijenili za predlaganje proizvoda.",
  },
  "personalization.similar-shoppers": {
    title: "Učenje od sličnih kupaca",
    description:
      "Vaša aktivnost, objedinjena s aktivnošću najmanje četiri druga kupca, pomaže drugima, a njihova vama.",
  },
  "personalization.context": {
    title: "Preporuke prema vašem kontekstu",
    description: "Upotrebljava vrstu uređaja, doba dana i približnu lokaciju (državu ili regiju).",
  },
  "marketing.email": {
    title: "Marketinške e-poruke",
    description: "Šalje vam ponude e-poštom, odabrane prema vašim kupnjama.",
  },
  "advertising.cross-context": {
    title: "Oglasi na drugim stranicama",
    description: "Dijeli vašu aktivnost s oglašivačkim partnerima kako bi vam prikazivali oglase drugdje.",
  },
  analytics: {
    title: "Analitika",
    description:
      "Broji kako se upotrebljavaju trgovina i njezine preporuke, kako bi se mjerile i poboljšavale.",
  },
  sensitive: {
    title: "Osjetljivi proizvodi (izričita privola)",
    description: "Omogućuje da pregledi osjetljivih proizvoda, poput ljekarničkih, oblikuju vaše preporuke.",
  },
};
