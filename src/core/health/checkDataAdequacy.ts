import type { Dataset } from "../types";
import { DATA_CHECK_THRESHOLDS, type DataCheckThresholds } from "./constants";
import { correlationChecks } from "./_internal/correlationChecks";
import { countParameters } from "./_internal/countParameters";
import { outcomeChecks } from "./_internal/outcomeChecks";
import { spendChecks } from "./_internal/spendChecks";
import { formatNumber } from "./_internal/summaryStatistics";
import type { CheckDataAdequacyOptions, DataCheck } from "./types";

/** Weeks per parameter of the larger stage, graded against the thresholds. */
function weeksPerParameterCheck(
  dataset: Dataset,
  options: CheckDataAdequacyOptions,
  t: DataCheckThresholds
): DataCheck {
  const n = dataset.weeks.length;
  const count = countParameters(dataset, options.fit);
  const largest = Math.max(count.outcome, count.mediator ?? 0);
  const ratio = n / largest;
  const status =
    ratio < t.weeksPerParameterFail
      ? "fail"
      : ratio < t.weeksPerParameterReview
        ? "review"
        : "pass";
  const stages =
    count.mediator === null
      ? `${count.outcome} parameters`
      : `${count.outcome} parameters in the revenue stage and ${count.mediator} in the mediator stage`;
  return {
    id: "weeksPerParameter",
    kind: "weeksPerParameter",
    status,
    title: "Weeks of data per model parameter",
    finding:
      `${n} weeks for up to ${stages} (coefficient and three shape parameters per channel, controls, trend, ` +
      `seasonality): ${formatNumber(ratio, 1)} weeks per parameter (${t.weeksPerParameterReview} or more gives ` +
      "even the first cross-validation fold as many weeks as parameters).",
    recommendation:
      status === "pass"
        ? ""
        : `Add weeks (about ${Math.ceil(largest * t.weeksPerParameterReview)} would be enough), or simplify: ` +
          "fewer channels (merge small ones), fewer controls, or a lower Fourier order.",
    columns: [],
    weeks: [],
    value: ratio,
  };
}

/**
 * Checks whether a dataset can support the model before it is fitted: weeks per parameter, how much each channel's
 * spend varies, always-on channels (weakly identified; a lift test, a pause or a geo split would help), weeks without
 * spend, channels moving together (with each other or with the mediator), and the outcome's level (weeks where it
 * collapses, with the price cut-off that explains them, and level breaks).
 *
 * Each check says pass / review / fail, what it found, what would help, and the columns and weeks involved, so the
 * task pane, the report and the runner can show it as a row. Pure and fast: O(weeks · channels²), a few
 * milliseconds for 104 weeks × 5 channels.
 *
 * @param dataset - a validated weekly dataset (`toDataset(...).dataset`); its roles say which columns are media
 * @param options - the fit options the model will use; thresholds to override
 * @returns every check, in a stable order: weeks per parameter, then spend checks per channel, correlation, outcome
 * @example
 * checkDataAdequacy(dataset).filter((c) => c.status !== "pass").map((c) => c.id);
 * // => ["weeksPerParameter", "alwaysOn:facebook_spend", "outcomeCollapse"]
 * @see Robyn's data guidance (observations per variable); Google Meridian's pre-modelling data checks.
 */
export function checkDataAdequacy(
  dataset: Dataset,
  options: CheckDataAdequacyOptions = {}
): readonly DataCheck[] {
  const t: DataCheckThresholds = { ...DATA_CHECK_THRESHOLDS, ...options.thresholds };
  return [
    weeksPerParameterCheck(dataset, options, t),
    ...spendChecks(dataset, t),
    ...correlationChecks(dataset, t),
    ...outcomeChecks(dataset, options.fit ?? {}, t),
  ];
}
