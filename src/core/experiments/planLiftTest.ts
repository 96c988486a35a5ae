import { InvalidParameterError } from "../errors";
import { predictModel } from "../model/predictModel";
import type { FittedModel } from "../model/types";
import { currentWeeklySpend } from "../scenario/currentWeeklySpend";
import { DEFAULT_TARGET_RELATIVE_SE, MAX_PLANNED_TEST_WEEKS } from "./constants";

/** Options of `planLiftTest`. */
export interface PlanLiftTestOptions {
  readonly channel: string;
  /** Spend change during the test as a fraction of current spend: 0.5 = +50%, −1 = switched off. */
  readonly change: number;
  /** Test length in weeks (whole, ≥ 1). */
  readonly weeks: number;
  /** Weekly residual standard deviation of revenue (e.g. the holdout or CV RMSE), revenue units, > 0. */
  readonly residualSd: number;
  /** Relative SE (SE / lift) to reach. @defaultValue DEFAULT_TARGET_RELATIVE_SE (0.2) */
  readonly targetRelativeSe?: number;
  /**
   * Read-out (cool-down) weeks after the test whose revenue the measured lift will also count (whole, ≥ 0): their
   * carry-over adds to the lift and their noise to the SE. @defaultValue 0 (the lift counts the test weeks alone)
   */
  readonly readoutWeeks?: number;
}

/** What a planned test would measure and how long it needs. */
export interface LiftTestPlan {
  readonly channel: string;
  readonly change: number;
  readonly weeks: number;
  /** Current weekly spend of the channel (mean of the last 13 weeks). */
  readonly weeklySpend: number;
  /** Revenue the model expects the change to add (or remove) over the test and any read-out weeks, Google following. */
  readonly expectedLift: number;
  /** SE of the measured lift over the same weeks: residualSd · √(weeks + readoutWeeks). */
  readonly standardError: number;
  /** standardError / |expectedLift| (Infinity when the model expects no lift). */
  readonly relativeSe: number;
  /** Fewest weeks whose test reaches the target relative SE, or null when beyond MAX_PLANNED_TEST_WEEKS. */
  readonly weeksNeeded: number | null;
}

/**
 * Plans a lift test: the lift the model expects from changing a channel's spend by `change` for `weeks` weeks
 * (from the current weekly spend, the model's stored history carrying over, Google following as stage 1 says),
 * the standard error such a test would have if its read-out error per week is the model's residual noise
 * (SE = residualSd · √weeks, independent weeks), and the fewest weeks w for which residualSd · √w / |lift(w)|
 * reaches the target, lift(w) the model's lift of a w-week test (so carry-over building up is counted). With
 * `readoutWeeks` r > 0 the spend returns to current after the test and the lift and the SE count r more weeks
 * (SE = residualSd · √(w + r)), as a test read out over a cool-down measures; this takes one prediction per test
 * length tried instead of one in all.
 * Autocorrelated residuals make real tests noisier: treat it as a lower bound.
 *
 * @param model - fitted model
 * @param options - channel, change, weeks, residualSd, targetRelativeSe, readoutWeeks
 * @returns expected lift, SE, relative SE and weeks needed
 * @throws {InvalidParameterError} for an unknown channel, change below −1, weeks not whole ≥ 1, readoutWeeks not
 *   whole ≥ 0 or residualSd ≤ 0
 * @example
 * planLiftTest(model, { channel: "tiktok_spend", change: 0.5, weeks: 8, residualSd: 4200 }).weeksNeeded; // => 6
 * @see Vaver & Koehler (2011), Measuring Ad Effectiveness Using Geo Experiments.
 */
export function planLiftTest(model: FittedModel, options: PlanLiftTestOptions): LiftTestPlan {
  const { channel, change, weeks, residualSd } = options;
  const target = options.targetRelativeSe ?? DEFAULT_TARGET_RELATIVE_SE;
  const readoutWeeks = options.readoutWeeks ?? 0;
  if (!model.roles.social.includes(channel)) {
    throw new InvalidParameterError(
      "channel",
      `'${channel}' is not a social channel of the model; choose one of: ${model.roles.social.join(", ")}.`
    );
  }
  if (!(change >= -1 && Number.isFinite(change))) {
    throw new InvalidParameterError(
      "change",
      `change must be −1 (off) or more, e.g. 0.5 for +50% (got ${change}).`
    );
  }
  if (!(Number.isInteger(weeks) && weeks >= 1)) {
    throw new InvalidParameterError(
      "weeks",
      `weeks must be a whole number, 1 or more (got ${weeks}).`
    );
  }
  if (!(Number.isInteger(readoutWeeks) && readoutWeeks >= 0)) {
    throw new InvalidParameterError(
      "readoutWeeks",
      `readoutWeeks must be a whole number, 0 or more (got ${readoutWeeks}).`
    );
  }
  if (!(residualSd > 0) || !(target > 0)) {
    throw new InvalidParameterError(
      "residualSd",
      "The residual standard deviation and the target must be above 0."
    );
  }
  const current = currentWeeklySpend(model);
  // The channel's spend is changed in its first `changed` weeks (all of them by default).
  const columns = (
    factor: number,
    periods: number,
    changed: number = periods
  ): Record<string, number[]> =>
    Object.fromEntries(
      model.roles.social.map((name) => {
        const spend = current[name] ?? 0;
        const series = new Array<number>(periods).fill(spend);
        if (name === channel) series.fill(spend * factor, 0, changed);
        return [name, series];
      })
    );
  const horizon = Math.max(weeks, MAX_PLANNED_TEST_WEEKS) + readoutWeeks;
  const base = predictModel(model, { columns: columns(1, horizon), periods: horizon }).revenue;
  let liftOver: (w: number) => number;
  if (readoutWeeks === 0) {
    // One prediction over the longest test gives the lift of every shorter one (a test of w weeks is its first w).
    const tested = predictModel(model, {
      columns: columns(1 + change, horizon),
      periods: horizon,
    }).revenue;
    const cumulative: number[] = [];
    let running = 0;
    for (let t = 0; t < horizon; t++) {
      running += (tested[t] as number) - (base[t] as number);
      cumulative.push(running);
    }
    liftOver = (w) => cumulative[w - 1] as number;
  } else {
    // After a w-week test the spend returns to current, so each test length is a scenario of its own.
    liftOver = (w) => {
      const tested = predictModel(model, {
        columns: columns(1 + change, horizon, w),
        periods: horizon,
      }).revenue;
      let sum = 0;
      for (let t = 0; t < w + readoutWeeks; t++) sum += (tested[t] as number) - (base[t] as number);
      return sum;
    };
  }
  const expectedLift = liftOver(weeks);
  const standardErrorOf = (w: number): number => residualSd * Math.sqrt(w + readoutWeeks);
  const standardError = standardErrorOf(weeks);
  let weeksNeeded: number | null = null;
  for (let w = 1; w <= MAX_PLANNED_TEST_WEEKS && weeksNeeded === null; w++) {
    const lift = Math.abs(w === weeks ? expectedLift : liftOver(w));
    if (lift > 0 && standardErrorOf(w) / lift <= target) weeksNeeded = w;
  }
  return {
    channel,
    change,
    weeks,
    weeklySpend: current[channel] ?? 0,
    expectedLift,
    standardError,
    relativeSe: expectedLift === 0 ? Infinity : standardError / Math.abs(expectedLift),
    weeksNeeded,
  };
}
