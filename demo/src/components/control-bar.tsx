/** The demo control bar: jurisdiction, simulated GPC, persona, minor flag, language and "reset everything". */
import { useState } from "preact/hooks";
import type { SessionState } from "../session.ts";
import { useSession, useShopSession } from "../use-session.ts";
import { useShopMessages } from "../use-shop-messages.ts";

/** The jurisdictions the demo can simulate, by the region code it sends; labels in `ShopMessages.demoBar`. */
export const jurisdictions = ["DE", "US-CA", "US-TX"] as const;

const languages = [
  { locale: "en", label: "English" },
  { locale: "de", label: "Deutsch" },
  { locale: "fr", label: "Français" },
  { locale: "es", label: "Español" },
] as const;

const selectParams = (s: SessionState) => s.params;
const selectPersonas = (s: SessionState) => s.personas;

/** Wide enough to show the controls open without pushing the shop below the fold. */
const WIDE = "(min-width: 800px)";

/**
 * Not part of a real shop: it lets a visitor try the regimes, signals and personas. Open on wide screens, folded
 * on phones so products show above the fold.
 */
export function ControlBar() {
  const session = useShopSession();
  const params = useSession(selectParams);
  const personas = useSession(selectPersonas);
  const [open] = useState(() => matchMedia(WIDE).matches);
  const t = useShopMessages().demoBar;
  const known = jurisdictions.some((region) => region === params.region);
  return (
    <section class="demo-bar" aria-label={t.region}>
      <details class="demo-bar__details" open={open}>
        <summary class="demo-bar__title">{t.title}</summary>
        <div class="demo-bar__controls">
          <label>
            {t.jurisdiction}
            <select
              value={params.region}
              onChange={(e) => session.setParams({ region: e.currentTarget.value })}
            >
              {!known && <option value={params.region}>{params.region}</option>}
              {jurisdictions.map((region) => (
                <option key={region} value={region}>
                  {t.jurisdictions[region] ?? region}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={params.gpc}
              onChange={(e) => session.setParams({ gpc: e.currentTarget.checked })}
            />
            {t.gpc}
          </label>
          <label>
            {t.persona}
            <select
              class="demo-bar__persona"
              value={params.persona ?? ""}
              onChange={(e) => session.setParams({ persona: e.currentTarget.value || null })}
            >
              <option value="">{t.visitor}</option>
              {personas.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}, {p.archetype}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={params.minor}
              onChange={(e) => session.setParams({ minor: e.currentTarget.checked })}
            />
            {t.minor}
          </label>
          <label>
            {t.language}
            <select
              value={params.locale}
              onChange={(e) => session.setParams({ locale: e.currentTarget.value })}
            >
              {languages.map((l) => (
                <option key={l.locale} value={l.locale}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="demo-bar__reset" onClick={() => void session.resetEverything()}>
            {t.reset}
          </button>
        </div>
      </details>
    </section>
  );
}
