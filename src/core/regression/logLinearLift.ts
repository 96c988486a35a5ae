import { InvalidParameterError } from "../errors";
import { fitOls } from "./fitOls";
import type { SeriesLike } from "../types";
import { checkEnoughWeeks, checkSeries, designRows, logPositive } from "./_internal/checkSeries";
import type { CoefficientEstimate } from "./logLogElasticity";

/** Options of {@link logLinearLift}. */
export interface LogLinearLiftOptions {
  /** Control series entering in levels, each `[weeks]`. @defaultValue none */
  readonly controls?: readonly SeriesLike[];
}

/** Fractional lift of a 0/1 flag and the log-scale coefficient behind it. */
export interface LiftEstimate {
  /** exp(β) − 1: e.g. 0.15 = 15% more outcome in flagged weeks, other things equal. */
  readonly value: number;
  /** β, the flag's coefficient on log(outcome), with its inference. */
  readonly coefficient: CoefficientEstimate;
}

/**
 * Fractional lift of a 0/1 flag (promotion weeks, an event) from a log-linear OLS fit:
 * log(outcome) = b₀ + β·flag + Σ γⱼ·controlⱼ + e, lift = exp(β) − 1.
 *
 * A flag multiplies the outcome by exp(β) in flagged weeks, so exp(β) − 1 is its fractional lift (Halvorsen &
 * Palmquist 1980). It is the plug-in estimate (slightly biased upwards when β is uncertain, by about σ²_β / 2).
 *
 * @param outcome - weekly outcome, every value > 0: `[weeks]`
 * @param flag - 1 in flagged weeks, 0 otherwise, with both values present: `[weeks]`
 * @param options - controls (levels), each `[weeks]`
 * @returns the lift and the coefficient β with its standard error, t, p, weeks and R²
 * @throws {InvalidParameterError} when lengths differ, a value is not finite, outcome is ≤ 0, flag is not 0/1 or is
 *   constant, or there are fewer than controls + 3 weeks
 * @example
 * logLinearLift([100, 110, 100, 110], [0, 1, 0, 1]).value; // => 0.1
 * @see Halvorsen & Palmquist (1980), The Interpretation of Dummy Variables in Semilogarithmic Equations, AER 70(3).
 */
export function logLinearLift(
  outcome: SeriesLike,
  flag: SeriesLike,
  options: LogLinearLiftOptions = {}
): LiftEstimate {
  const weeks = outcome.length;
  const y = logPositive(checkSeries(outcome, "outcome", weeks, "outcome"), "outcome");
  const indicator = checkSeries(flag, "flag", weeks, "outcome");
  const bad = indicator.findIndex((value) => value !== 0 && value !== 1);
  if (bad >= 0) {
    throw new InvalidParameterError(
      "flag",
      `flag must be 1 (flagged week) or 0, but position ${bad + 1} is ${indicator[bad]}.`
    );
  }
  const flagged = indicator.reduce((sum, value) => sum + value, 0);
  if (flagged === 0 || flagged === weeks) {
    throw new InvalidParameterError(
      "flag",
      `flag is ${flagged === 0 ? "0" : "1"} in every week; a lift needs weeks with and without the flag.`
    );
  }
  const controls = (options.controls ?? []).map((control, j) =>
    checkSeries(control, `control ${j + 1}`, weeks, "outcome")
  );
  checkEnoughWeeks(weeks, 1 + controls.length, "A lift fit");
  const fit = fitOls(designRows([indicator], controls), y);
  if (fit.aliased[0] === true) {
    throw new InvalidParameterError(
      "flag",
      "flag is a combination of the controls, so its lift cannot be told apart; drop the control that duplicates it."
    );
  }
  const beta = fit.coefficients[0] as number;
  return {
    value: Math.expm1(beta),
    coefficient: {
      value: beta,
      standardError: fit.standardErrors[0] as number,
      tValue: fit.tValues[0] as number,
      pValue: fit.pValues[0] as number,
      weeks,
      r2: fit.r2,
    },
  };
}
