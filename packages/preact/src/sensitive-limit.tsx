/** The CPRA "Limit the use of my sensitive personal information" control (Cal. Code Regs. tit. 11 §7027). */
import type { ConsentManager } from "@candor/core/consent";
import { sensitiveTexts } from "@candor/core/ui";
import { sensitiveLimitView } from "@candor/core/ui/models";

/** Props of {@link SensitiveLimit}. */
export interface SensitiveLimitProps {
  readonly manager: ConsentManager;
  /** Whether the limit is in force; pass it to decisions as `limitSensitive` (`PolicyConsent`). */
  readonly limited: boolean;
  /** Stores the new flag; the component has already switched the `sensitive` purpose off when limiting. */
  readonly onChange: (limited: boolean) => void;
  /** UI language; default `"en"`. */
  readonly locale?: string;
}

/**
 * A switch that limits the use of sensitive personal information: turning it on withdraws the `sensitive` purpose
 * (recorded with control `limit-sensitive`) and sets the limit flag, which keeps special categories out of collection
 * and use even if the purpose is granted again (CPRA §7027, GDPR Art. 9). Turning it off lifts only the flag.
 */
export function SensitiveLimit({ manager, limited, onChange, locale = "en" }: SensitiveLimitProps) {
  const texts = sensitiveTexts(locale);
  const view = sensitiveLimitView({ manager, limited, onChange, texts });
  return (
    <span class="candor-limit" lang={texts.lang} dir={texts.dir}>
      <button
        type="button"
        role="switch"
        class="candor-link candor-limit__switch"
        aria-checked={limited}
        onClick={view.toggle}
      >
        {view.label}
      </button>
      {view.status !== null && (
        <output class="candor-limit__status" aria-live="polite">
          {view.status}
        </output>
      )}
    </span>
  );
}
