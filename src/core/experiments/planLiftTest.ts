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
}

/** What a planned test would measure and how long it needs. */
export interface LiftTestPlan {
  readonly channel: string;
  readonly change: number;
  readonly weeks: number;
  /** Current weekly spend of the channel (mean of the last 13 weeks). */
  readonly weeklySpend: number;
  /** Revenue the model expects the change to add (or remove) over the test weeks, Google following. */
  readonly expectedLift: number;
  /** SE of the measured lift over the test weeks: residualSd · √weeks. */
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
 * reaches the target, lift(w) the model's lift of a w-week test (so carry-over building up is counted).
 * Autocorrelated residuals make real tests noisier: treat it as a lower bound.
 *
 * @param model - fitted model
 * @param options - channel, change, weeks, residualSd, targetRelativeSe
 * @returns expected lift, SE, relative SE and weeks needed
 * @throws {InvalidParameterError} for an unknown channel, change below −1, weeks not whole ≥ 1 or residualSd ≤ 0
 * @example
 * planLiftTest(model, { channel: "tiktok_spend", change: 0.5, weeks: 8, residualSd: 4200 }).weeksNeeded; // => 6
 * @see Vaver & Koehler (2011), Measuring Ad Effectiveness Using Geo Experiments.
 */
export function planLiftTest(model: FittedModel, options: PlanLiftTestOptions): LiftTestPlan {
  const { channel, change, weeks, residualSd } = options;
  const target = options.targetRelativeSe ?? DEFAULT_TARGET_RELATIVE_SE;
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
  if (!(residualSd > 0) || !(target > 0)) {
    throw new InvalidParameterError(
      "residualSd",
      "The residual standard deviation and the target must be above 0."
    );
  }
  const current = currentWeeklySpend(model);
  const columns = (factor: number, periods: number): Record<string, number[]> =>
    Object.fromEntries(
      model.roles.social.map((name) => [
        name,
        new Array<number>(periods).fill((current[name] ?? 0) * (name === channel ? factor : 1)),
      ])
    );
  // One prediction over the longest test gives the lift of every shorter one (a test of w weeks is its first w).
  const horizon = Math.max(weeks, MAX_PLANNED_TEST_WEEKS);
  const base = predictModel(model, { columns: columns(1, horizon), periods: horizon }).revenue;
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
  const liftOver = (w: number): number => cumulative[w - 1] as number;
  const expectedLift = liftOver(weeks);
  const standardError = residualSd * Math.sqrt(weeks);
  let weeksNeeded: number | null = null;
  for (let w = 1; w <= MAX_PLANNED_TEST_WEEKS && weeksNeeded === null; w++) {
    const lift = Math.abs(liftOver(w));
    if (lift > 0 && (residualSd * Math.sqrt(w)) / lift <= target) weeksNeeded = w;
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
