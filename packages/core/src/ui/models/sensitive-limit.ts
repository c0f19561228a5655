/** The model of the CPRA "Limit the use of my sensitive personal information" switch (Cal. Code Regs. tit. 11 §7027). */
import { type ConsentManager, SENSITIVE } from "../../consent/index.ts";
import type { SensitiveTexts } from "../texts.ts";

/** What a binding renders. */
export interface SensitiveLimitView {
  readonly label: string;
  /** The confirmation while the limit is in force, else `null`. */
  readonly status: string | null;
  /** Limiting withdraws the sensitive purpose (control `limit-sensitive`), then reports the new flag. */
  readonly toggle: () => void;
}

/**
 * Turning the limit on withdraws the `sensitive` purpose and sets the flag that keeps special categories out of
 * collection and use even if the purpose is granted again (CPRA §7027, GDPR Art. 9); turning it off lifts the flag only.
 */
export function sensitiveLimitView(input: {
  readonly manager: ConsentManager;
  readonly limited: boolean;
  readonly onChange: (limited: boolean) => void;
  readonly texts: SensitiveTexts;
}): SensitiveLimitView {
  const { manager, limited, onChange, texts } = input;
  return {
    label: texts.limitSensitive,
    status: limited ? texts.limitSensitiveOn : null,
    toggle: () => {
      if (!limited && manager.can(SENSITIVE)) {
        manager.set(
          { [SENSITIVE]: false },
          { kind: "ui", control: "limit-sensitive", ui: "candor-limit-sensitive@1" },
        );
      }
      onChange(!limited);
    },
  };
}
