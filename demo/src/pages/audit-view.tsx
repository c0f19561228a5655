/** The audit console bound to the demo's explanation log, with a demo-only control to tamper with an entry. */
import { disclosureMarkdown } from "@candor/core/explain";
import { AuditConsole, downloadText, useStoreState } from "@candor/preact";
import { useCallback, useState } from "preact/hooks";
import type { Shop } from "../shop-data.ts";

const measurementNote =
  "These figures come from simulated shoppers with a known response model, not from real visitors: 300 of the " +
  "demo's background shoppers, each granting personalization and analytics, are served through the real pipeline " +
  "under a holdout experiment (80 % personalized, 20 % non-personalized control) for four sessions over 48 " +
  "simulated hours. Each shown item is clicked with probability 8 % when its category has at least 5 % of the " +
  "shopper's taste, else 2 % (seeded). After 24 hours the shoppers' tastes move to other categories, so the " +
  "personalized arm's click-through falls below its baseline and the drift monitor flags it.";

/** The console over `shop.audit`, the DSA disclosure export, and "Simulate tampering (demo only)". */
export function AuditView({ shop, locale }: { readonly shop: Shop; readonly locale: string }) {
  const entries = useStoreState(shop.audit);
  const [index, setIndex] = useState("0");
  const [tampered, setTampered] = useState<string>("");
  // The simulation is its own chunk, fetched and run only when the Measurement tab opens.
  const loadMeasurement = useCallback(
    () => import("../measurement.ts").then((module) => module.simulateMeasurement(shop)),
    [shop],
  );
  return (
    <>
      <p>
        Every served recommendation is logged, one entry per item, with its explanation and the consent it
        rested on. Auditors can check that the log was not changed since, filter it, and read exposure and
        diversity reports (DSA Arts. 27, 37 and 40).
      </p>
      <AuditConsole
        entries={entries}
        verify={() => shop.audit.verify()}
        locale={locale}
        loadMeasurement={loadMeasurement}
        measurementNote={measurementNote}
        exports={[
          {
            label: "Export the DSA disclosure (Markdown)",
            run: () =>
              downloadText(
                "candor-disclosure.md",
                disclosureMarkdown(shop.serving.disclosure),
                "text/markdown",
              ),
          },
        ]}
      />
      <section aria-labelledby="tamper-title" class="tamper">
        <h2 id="tamper-title">Simulate tampering (demo only)</h2>
        <p>Change the stored text of one entry behind the log's back, then verify the log again.</p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const ok = shop.audit.tamper(Number(index));
            setTampered(ok ? `Entry ${index} was changed.` : `There is no entry ${index}.`);
          }}
        >
          <label>
            Entry to change
            <input
              type="number"
              min={0}
              max={Math.max(0, ...entries.map((e) => e.index))}
              value={index}
              onInput={(e) => setIndex(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="candor-button candor-button--quiet">
            Change this entry
          </button>
        </form>
        <p role="status">{tampered}</p>
      </section>
    </>
  );
}
