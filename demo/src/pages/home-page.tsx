/** Home: personalized rows, each with its reasons and its settings. */
import { useConsent } from "@candor/preact";
import { ShopRow } from "../components/shop-row.tsx";
import type { SessionState } from "../session.ts";
import { useSession } from "../use-session.ts";
import { Loading } from "./loading.tsx";

const selectConsent = (s: SessionState) => s.consent;
const selectShop = (s: SessionState) => s.shop;

/** The start page. */
export function HomePage() {
  const state = useConsent(useSession(selectConsent));
  const shop = useSession(selectShop);
  const personalized = Object.entries(state.granted).some(
    ([id, on]) => on && id.startsWith("personalization."),
  );
  return (
    <>
      <h1 tabIndex={-1}>Welcome</h1>
      <p class="shop-mode" data-testid="personalization-mode">
        {personalized
          ? "Recommendations here use only the data you allowed."
          : "Not personalized: you see what is popular, and no personal data is used."}
      </p>
      {shop ? (
        <>
          <ShopRow
            row="home"
            title="Recommended for you"
            notPersonalizedTitle="Popular right now"
            surface="home"
          />
          <ShopRow row="deals" title="Deals under €30" surface="home-deals" constraints={{ maxPrice: 30 }} />
        </>
      ) : (
        <Loading />
      )}
    </>
  );
}
