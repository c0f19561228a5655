/** A re-rank pipeline from a short text spec, for the command line (`candor eval --rerank …`). */
import { ConfigError } from "../internal/candor-error.ts";
import { parseRerankConfig, type RerankConfig, type RerankStageName } from "./rerank-config.ts";
import { type VarietyOptions, varietyConfig } from "./variety-config.ts";

/** The option each stage's `name=value` sets. */
const mainOption: Readonly<Record<RerankStageName, string>> = {
  calibration: "lambda",
  mmr: "lambda",
  dpp: "theta",
  xquad: "lambda",
  fair: "p",
  exposure: "strength",
  exploration: "share",
};

/**
 * Parses `"none"` (no stages), `"default"` (the shop's default variety), `"variety=0.75"` or `"0.75"` (a variety
 * level), or a comma-separated stage list with each stage's main strength, run in the order written:
 * `"calibration=0.2,mmr=0.95,xquad=0.25"` (calibration λ, mmr λ, dpp θ, xquad λ, fair p, exposure β, exploration
 * share; a bare name keeps the stage's default). Throws {@link ConfigError} naming the part that is wrong.
 */
export function parseRerankSpec(spec: string, options: VarietyOptions = {}): RerankConfig {
  const text = spec.trim();
  if (text === "none") return { stages: [] };
  if (text === "default") return varietyConfig(undefined, options);
  const variety = /^(?:variety=)?([0-9.]+)$/.exec(text);
  if (variety) return varietyConfig(Number(variety[1]), options);
  const stages = text.split(",").map((part, index) => {
    const [name = "", value, ...extra] = part.trim().split("=");
    if (!(name in mainOption) || extra.length > 0) {
      throw new ConfigError(
        `spec.${index}`,
        `expected stage=value with a stage of ${Object.keys(mainOption).join(", ")}`,
        part,
      );
    }
    const stage = name as RerankStageName;
    if (value === undefined) return { stage };
    const number = Number(value);
    if (value.trim() === "" || !Number.isFinite(number)) {
      throw new ConfigError(`spec.${index}`, "the value must be a number", part);
    }
    return { stage, [mainOption[stage]]: number };
  });
  try {
    return parseRerankConfig({ stages });
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new ConfigError(error.path.replace(/^stages/, "spec"), error.reason, error.value);
    }
    throw error;
  }
}
