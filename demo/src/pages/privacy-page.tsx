/** The privacy center: the choices in force, the consent receipt, and how recommendations work (DSA Art. 27). */
import { localize, needsConsent } from "@candor/core/consent";
import { downloadText, useConsent } from "@candor/preact";
import { useMemo } from "preact/hooks";
import { href } from "../router.ts";
import type { SessionState } from "../session.ts";
import { useSession, useShopSession } from "../use-session.ts";

const selectConsent = (s: SessionState) => s.consent;
const selectShop = (s: SessionState) => s.shop;
const selectLocale = (s: SessionState) => s.params.locale;
const selectLimit = (s: SessionState) => s.limitSensitive;

const REGIMES: Readonly<Record<string, string>> = {
  gdpr: "GDPR and ePrivacy (opt-in)",
  cpra: "CCPA/CPRA (opt-out, sensitive data opt-in)",
  "opt-in": "opt-in (no specific law assumed)",
  "opt-out": "opt-out",
  strictest: "the strictest rules (region unknown)",
};

/** Everything a shopper may want to know and change, in one place. */
export function PrivacyPage() {
  const session = useShopSession();
  const manager = useSession(selectConsent);
  const shop = useSession(selectShop);
  const locale = useSession(selectLocale);
  const limited = useSession(selectLimit);
  const state = useConsent(manager);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const receipt = useMemo(() => manager.receipt(locale), [manager, state, locale]);
  const disclosure = shop?.serving.disclosure;
  const surface = disclosure?.surfaces[0];
  return (
    <>
      <h1 tabIndex={-1}>Privacy center</h1>
      <section aria-labelledby="choices-title">
        <h2 id="choices-title">Your choices</h2>
        <p>
          Rules in force: {REGIMES[state.regime.id] ?? state.regime.id}
          {state.regime.region ? ` (${state.regime.region})` : ""}.{" "}
          {state.status === "decided" && state.decidedAt !== null
            ? `Chosen on ${date.format(state.decidedAt)}${state.expiresAt ? `, asked again after ${date.format(state.expiresAt)}` : ""}.`
            : "You have not chosen yet: nothing but what the shop needs is used."}
          {state.minor ? " Known minor: profiling-based advertising and sale or sharing are off." : ""}
          {state.gpc.detected
            ? ` Global Privacy Control is on${state.gpc.honored ? " and was honored" : ""}.`
            : ""}
          {limited ? " The use of your sensitive personal information is limited." : ""}
        </p>
        <ul class="purpose-list">
          {manager.purposes.filter(needsConsent).map((p) => (
            <li key={p.id}>
              <span>{localize(p.title, locale)}</span>: <strong>{state.granted[p.id] ? "on" : "off"}</strong>
            </li>
          ))}
        </ul>
        <button type="button" class="candor-button" onClick={() => session.setSettingsOpen(true)}>
          Change your choices
        </button>
      </section>
      <section aria-labelledby="receipt-title">
        <h2 id="receipt-title">Consent receipt</h2>
        {receipt ? (
          <>
            <p>A Kantara Consent Receipt (v1.1) of your standing choice.</p>
            <details>
              <summary>Show the receipt</summary>
              <pre class="json">{JSON.stringify(receipt, null, 2)}</pre>
            </details>
            <button
              type="button"
              class="candor-button candor-button--quiet"
              onClick={() =>
                downloadText("candor-consent-receipt.json", `${JSON.stringify(receipt, null, 2)}\n`)
              }
            >
              Download the consent receipt
            </button>
          </>
        ) : (
          <p>There is no receipt yet: you have not made a choice.</p>
        )}
        <p>
          To download or erase everything, go to <a href={href({ page: "my-data" })}>My data</a>.
        </p>
      </section>
      {surface && (
        <section aria-labelledby="how-title">
          <h2 id="how-title">How recommendations work</h2>
          <p>{surface.summary}</p>
          <h3>Main parameters, most important first</h3>
          <ul>
            {surface.mainParameters.map((p) => (
              <li key={p.parameter}>
                <strong>{p.parameter}</strong> ({p.importance}): {p.description}
              </li>
            ))}
          </ul>
          <h3>What you can change</h3>
          <ul>
            {surface.options.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
          <h3>Always applied</h3>
          <ul>
            {surface.filters.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
          <p class="muted">Disclosure version {disclosure?.version}.</p>
        </section>
      )}
      {shop && (
        <section aria-labelledby="data-title">
          <h2 id="data-title">The shop behind this demo</h2>
          <p>
            {shop.catalog.items.length.toLocaleString(locale)} products from {shop.catalog.sellers.length}{" "}
            sellers, and {shop.background.shoppers.toLocaleString(locale)} simulated shoppers with{" "}
            {shop.background.events.toLocaleString(locale)} events. Of them,{" "}
            {shop.background.subjects.toLocaleString(locale)} allowed learning from similar shoppers; only
            their {shop.background.interactions.toLocaleString(locale)} interactions feed "shoppers who bought
            this also bought", and only links shared by at least five shoppers are used.
          </p>
        </section>
      )}
    </>
  );
}
