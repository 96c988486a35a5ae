import { InvalidParameterError } from "../errors";
import type { DiagnosticThreshold } from "./diagnosticThresholds";

/** Outcome of one check: fine, worth a look, or a problem that undermines the results. */
export type DiagnosticStatus = "pass" | "review" | "fail";

/** One diagnostic check as the task pane and reports show it. */
export interface DiagnosticCheck {
  /** Stable identifier, e.g. `durbinWatson`, `ljungBox4`, `vif:facebook_spend`. */
  readonly id: string;
  /** Short title for a table row, e.g. "Autocorrelation (Durbin–Watson)". */
  readonly label: string;
  readonly status: DiagnosticStatus;
  /** The test statistic, when the check has one. */
  readonly statistic?: number;
  /** The p-value, when the check is a hypothesis test. */
  readonly pValue?: number;
  /** Plain-language finding for a marketer; for review/fail it says what it means for the results. */
  readonly message: string;
}

/**
 * Classifies a diagnostic value as pass, review or fail against a threshold.
 *
 * `maximum` (larger is worse): pass when value ≤ review, fail when value > fail. `minimum` (smaller is worse,
 * p-values): pass when value ≥ review, fail when value < fail. `band`: pass inside [passLower, passUpper], review
 * inside [reviewLower, reviewUpper], fail outside. A value that is not a number (NaN) needs a review. O(1).
 *
 * @param value - the statistic or p-value to classify
 * @param threshold - one of `DIAGNOSTIC_THRESHOLDS` or a custom threshold of the same shape
 * @returns `"pass"`, `"review"` or `"fail"`
 * @throws {InvalidParameterError} when the threshold's limits are out of order (e.g. a VIF fail limit below review)
 * @example
 * checkStatus(14, { kind: "maximum", review: 5, fail: 10 }); // => "fail"
 * checkStatus(1.2, DIAGNOSTIC_THRESHOLDS.durbinWatson); // => "review"
 * @see Google Meridian's model review (pass/review/fail checks), https://developers.google.com/meridian
 */
export function checkStatus(value: number, threshold: DiagnosticThreshold): DiagnosticStatus {
  assertOrdered(threshold);
  if (Number.isNaN(value)) return "review";
  switch (threshold.kind) {
    case "maximum":
      return value <= threshold.review ? "pass" : value <= threshold.fail ? "review" : "fail";
    case "minimum":
      return value >= threshold.review ? "pass" : value >= threshold.fail ? "review" : "fail";
    case "band":
      if (value >= threshold.passLower && value <= threshold.passUpper) return "pass";
      return value >= threshold.reviewLower && value <= threshold.reviewUpper ? "review" : "fail";
    default: {
      const unknown: never = threshold;
      throw new InvalidParameterError(
        "threshold",
        `Unknown threshold kind ${JSON.stringify(unknown)}; choose "maximum", "minimum" or "band".`
      );
    }
  }
}

function assertOrdered(threshold: DiagnosticThreshold): void {
  const ordered =
    threshold.kind === "maximum"
      ? threshold.review <= threshold.fail
      : threshold.kind === "minimum"
        ? threshold.review >= threshold.fail
        : threshold.kind === "band"
          ? threshold.reviewLower <= threshold.passLower &&
            threshold.passLower <= threshold.passUpper &&
            threshold.passUpper <= threshold.reviewUpper
          : true; // an unknown kind is reported by checkStatus's exhaustive switch
  if (!ordered) {
    throw new InvalidParameterError(
      "threshold",
      `The ${threshold.kind} threshold ${JSON.stringify(threshold)} has its limits out of order.`
    );
  }
}
