import type { DiagnosticStatus } from "../diagnostics/checkStatus";
import type { FitOptions, ResolvedFitOptions } from "../model/types";
import { checkDataAdequacy } from "./checkDataAdequacy";
import {
  HEALTH_THRESHOLDS,
  HEALTH_WEIGHTS,
  type HealthFindingKind,
  type HealthThresholds,
} from "./constants";
import { compareWithNaive } from "./_internal/compareWithNaive";
import {
  dataFindings,
  diagnosticFindings,
  holdoutFinding,
  intervalFindings,
  placeboFinding,
  roasFindings,
  variantFindings,
  type RawFinding,
} from "./_internal/fitFindings";
import { formatShare } from "./_internal/summaryStatistics";
import type { AssessHealthOptions, HealthFinding, HealthInput, HealthVerdict } from "./types";

/** The resolved options the data checks read (the rest do not change the parameter count). */
function fitOptionsOf(o: ResolvedFitOptions): FitOptions {
  return {
    fourierOrder: o.fourierOrder,
    directPaths: o.directPaths,
    priceColumn: o.priceColumn,
    priceCutoff: o.priceCutoff,
    onOff: o.onOff,
    controlLags: o.controlLags,
    interactions: o.interactions,
  };
}

/** Multiplier of a kind's weight by status: a fail counts twice a review. */
const STATUS_POINTS: Readonly<Record<DiagnosticStatus, number>> = { pass: 0, review: 1, fail: 2 };

/** The one sentence a reader sees first. */
function summaryOf(
  status: DiagnosticStatus,
  drivers: readonly HealthFinding[],
  input: HealthVerdict["holdout"]
): string {
  const because = drivers.map((d) => d.title).join("; ");
  if (status === "fail") return `Do not act on these results yet: ${because}.`;
  if (status === "review") return `Review before acting on these results: ${because}.`;
  const holdout = input
    ? ` It forecasts the holdout weeks with ${formatShare(input.modelWape)} error against ${formatShare(input.naiveWape)} for last year's revenue.`
    : "";
  return `No check stands in the way of using these results.${holdout}`;
}

/**
 * One health verdict on a fit (pass / review / fail) with the few findings that drive it.
 *
 * It weighs: the holdout forecast against a naive seasonal forecast (revenue of the same week a year earlier, or last
 * year's mean), implausible ROAS, intervals wider than the estimate of a material channel, effects that change sign
 * or ranking between the observed and predicted mediator variants, coefficient instability, residual and non-linear
 * checks of `diagnoseFit`, a placebo check when given, and the data checks ({@link checkDataAdequacy}). Each kind of
 * finding scores its weight (HEALTH_WEIGHTS) × 1 for review or × 2 for fail, its worst finding counting once; the
 * verdict is fail when one kind reaches HEALTH_THRESHOLDS.failScore points (a decisive kind failing) or all together
 * reach failTotalScore, review at reviewScore, else pass. Data and supporting
 * checks weigh half or less, so they raise the verdict only together or when they fail outright. Cheap: O(weeks ·
 * channels²) besides the data checks; it refits nothing.
 *
 * @param input - the dataset, the fit's result, and the intervals, diagnostics and placebo check when there are any
 * @param options - thresholds and weights to override
 * @returns the verdict, its score and summary, the driving findings, every finding, the naive comparison
 * @example
 * assessHealth({ dataset, result, intervals: null, diagnostics: null }).status; // => "review"
 * @see Google Meridian's model review (pass/review/fail); Hyndman & Athanasopoulos on the seasonal naïve benchmark.
 */
export function assessHealth(input: HealthInput, options: AssessHealthOptions = {}): HealthVerdict {
  const t: HealthThresholds = { ...HEALTH_THRESHOLDS, ...options.thresholds };
  const weights: Readonly<Record<HealthFindingKind, number>> = {
    ...HEALTH_WEIGHTS,
    ...options.weights,
  };
  const holdout = compareWithNaive(input.result);
  const dataChecks =
    input.dataChecks ??
    checkDataAdequacy(input.dataset, { fit: fitOptionsOf(input.result.options) });
  const raw: RawFinding[] = [
    ...holdoutFinding(holdout, t),
    ...roasFindings(input.result, t),
    ...intervalFindings(input.result, input.intervals, t),
    ...variantFindings(input.result, t),
    ...placeboFinding(input.placebo),
    ...diagnosticFindings(input.diagnostics),
    ...dataFindings(dataChecks),
  ];
  const findings: HealthFinding[] = raw
    .map((f) => ({ ...f, points: weights[f.kind] * STATUS_POINTS[f.status] }))
    .sort((a, b) => b.points - a.points);
  const worstOfKind = new Map<HealthFindingKind, HealthFinding>();
  for (const f of findings) if (!worstOfKind.has(f.kind)) worstOfKind.set(f.kind, f);
  const kinds = [...worstOfKind.values()].filter((f) => f.points > 0);
  const score = kinds.reduce((sum, f) => sum + f.points, 0);
  const worst = kinds[0]?.points ?? 0;
  const status: DiagnosticStatus =
    worst >= t.failScore || score >= t.failTotalScore
      ? "fail"
      : score >= t.reviewScore
        ? "review"
        : "pass";
  const drivers = status === "pass" ? [] : kinds.slice(0, t.maxDrivers);
  return {
    status,
    score,
    summary: summaryOf(status, drivers, holdout),
    drivers,
    findings,
    holdout,
  };
}
