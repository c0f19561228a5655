/** My data: export everything as JSON, or erase it with confirmation and a receipt. */
import { MyData, myDataTexts } from "@candor/preact";
import { regionalLocale } from "../consent.ts";
import type { SessionState } from "../session.ts";
import { useSession, useShopSession } from "../use-session.ts";
import { Loading } from "./loading.tsx";

const selectShop = (s: SessionState) => s.shop;
const selectConsent = (s: SessionState) => s.consent;
const selectLocale = (s: SessionState) => s.params.locale;
const selectRegion = (s: SessionState) => s.params.region;

/** What the demo erases besides the vault and the consent record, as named in the receipt. */
const ALSO: Readonly<Record<string, readonly [string, string, string]>> = {
  en: [
    "shared statistics (learning from similar shoppers)",
    "no shared statistics held",
    "recommendation settings and dismissals of this visit",
  ],
  de: [
    "geteilte Statistiken (Lernen von ähnlichen Kunden)",
    "keine geteilten Statistiken vorhanden",
    "Empfehlungseinstellungen und Ablehnungen dieses Besuchs",
  ],
  fr: [
    "statistiques partagées (apprentissage à partir de clients similaires)",
    "aucune statistique partagée détenue",
    "réglages des recommandations et refus de cette visite",
  ],
  es: [
    "estadísticas compartidas (aprender de clientes similares)",
    "no había estadísticas compartidas",
    "ajustes de recomendaciones y descartes de esta visita",
  ],
};

/** Binds `MyData` to the shop: the vault, the consent record, the explanation log and the shared statistics. */
export function MyDataPage() {
  const session = useShopSession();
  const shop = useSession(selectShop);
  const consent = useSession(selectConsent);
  const locale = useSession(selectLocale);
  const region = useSession(selectRegion);
  const also = ALSO[locale.split("-")[0] ?? "en"] ?? ALSO.en ?? ["", "", ""];
  return (
    <>
      <h1 tabIndex={-1}>{myDataTexts(locale).title}</h1>
      {shop ? (
        <MyData
          vault={shop.vault}
          manager={consent}
          locale={regionalLocale(locale, region)}
          explanations={(subject) => shop.audit.explanationsOf(subject)}
          onErase={(subject) => {
            const forgotten = shop.serving.forget(subject);
            return [forgotten ? also[0] : also[1], also[2]];
          }}
          onErased={() => session.erased()}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}
