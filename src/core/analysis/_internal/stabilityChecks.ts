import type { DiagnosticCheck } from "../../diagnostics/checkStatus";
import type { CoefficientStability } from "../../diagnostics/coefficientStability";
import { STABILITY_MAX_VARIATION } from "../constants";

/**
 * One check per media coefficient of a rolling-window stability run: "review" when its coefficient of variation
 * across windows (sd / |mean|) exceeds STABILITY_MAX_VARIATION, "fail" beyond twice that or when it changes sign.
 */
export function stabilityChecks(stability: CoefficientStability, stage: string): DiagnosticCheck[] {
  return stability.coefficients.map((summary) => {
    const variation = summary.mean !== 0 ? summary.sd / Math.abs(summary.mean) : 0;
    const status =
      summary.signChanges > 0 || variation > 2 * STABILITY_MAX_VARIATION
        ? "fail"
        : variation > STABILITY_MAX_VARIATION
          ? "review"
          : "pass";
    const span = `${summary.min.toPrecision(3)} to ${summary.max.toPrecision(3)}`;
    return {
      id: `stability:${stage}:${summary.name}`,
      label: `Stability of ${summary.name} (${stage} stage) across rolling windows`,
      status,
      statistic: variation,
      message:
        status === "pass"
          ? `The ${stage} stage's coefficient of ${summary.name} stays steady across ${summary.windows} one-year windows.`
          : `The ${stage} stage's coefficient of ${summary.name} moves from ${span} across ${summary.windows} ` +
            `rolling windows${summary.signChanges > 0 ? `, changing sign ${summary.signChanges} time(s)` : ""}: ` +
            "its effect is not pinned down by the data; read it with care.",
    };
  });
}
