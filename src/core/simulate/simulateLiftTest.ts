import { InvalidParameterError } from "../errors";
import type { LiftPath, LiftTest } from "../experiments/types";
import { replicateRandom } from "../uncertainty/replicateRandom";
import type { Series } from "../types";
import { DEFAULT_LIFT_TEST_RELATIVE_SE } from "./constants";
import type { SimulatedData } from "./simulateMmmData";
import { simulateGoogle, simulateRevenue } from "./structuralModel";

/** What lift test to run on the simulated truth. */
export interface SimulateLiftTestOptions {
  readonly channel: string;
  /** First and last week of the test, 0-based, inclusive. */
  readonly start: number;
  readonly end: number;
  /** Last week whose revenue the lift counts (the read-out), 0-based, ≥ end. @defaultValue end */
  readonly readoutEnd?: number;
  /** @defaultValue "total" (Google reacts as it does) */
  readonly path?: LiftPath;
  /** Standard error as a fraction of the true lift. @defaultValue DEFAULT_LIFT_TEST_RELATIVE_SE (0.2) */
  readonly relativeStandardError?: number;
  /** Seed of the measurement noise. @defaultValue 1 */
  readonly seed?: number;
}

/**
 * A lift test run on the simulator's truth: the channel is switched off in the test weeks, Google re-simulated
 * through stage 1's structural equation (path "total") or held (path "direct"), and the true lift is the revenue
 * lost over those weeks and the read-out weeks after them with every noise draw fixed; the measured lift adds N(0, SE²) noise, SE = relative SE ×
 * |true lift|. Returns the test as an analyst would enter it, and the true lift.
 *
 * @param simulated - `simulateMmmData`'s result
 * @param options - channel, weeks, path, relative SE, seed
 * @returns the test (lift and standard error in revenue units) and its true lift
 * @throws {InvalidParameterError} for an unknown channel or weeks outside the data
 * @example
 * simulateLiftTest(sim, { channel: "tiktok_spend", start: 50, end: 57 }).test.lift; // => 51234.5
 * @see Vaver & Koehler (2011), Measuring Ad Effectiveness Using Geo Experiments (Google).
 */
export function simulateLiftTest(
  simulated: SimulatedData,
  options: SimulateLiftTestOptions
): { readonly test: LiftTest; readonly trueLift: number } {
  const { model, social, google, price, revenue } = simulated.structural;
  const c = model.channels.findIndex((channel) => channel.name === options.channel);
  const { start, end } = options;
  const readoutEnd = options.readoutEnd ?? end;
  if (c < 0) {
    throw new InvalidParameterError(
      "channel",
      `'${options.channel}' is not a simulated channel; choose one of: ${model.channels.map((x) => x.name).join(", ")}.`
    );
  }
  if (!(
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end >= start &&
    Number.isInteger(readoutEnd) &&
    readoutEnd >= end &&
    readoutEnd < model.weeks
  )) {
    throw new InvalidParameterError(
      "weeks",
      `Test weeks ${start}–${end} (read-out to ${readoutEnd}) are outside the ${model.weeks} weeks.`
    );
  }
  const path = options.path ?? "total";
  const without = social.map((series, k) => {
    if (k !== c) return series;
    const copy = Float64Array.from(series);
    copy.fill(0, start, end + 1);
    return copy;
  });
  const googleWithout: Series = path === "total" ? simulateGoogle(model, without) : google;
  const counterfactual = simulateRevenue(model, { direct: without, google: googleWithout, price });
  let trueLift = 0;
  for (let t = start; t <= readoutEnd; t++)
    trueLift += (revenue[t] as number) - (counterfactual[t] as number);
  const standardError =
    (options.relativeStandardError ?? DEFAULT_LIFT_TEST_RELATIVE_SE) * Math.abs(trueLift);
  // A mixed, warmed-up stream: consecutive small seeds would give correlated first draws from a fresh generator.
  const random = replicateRandom(options.seed ?? 1, 0);
  const u = Math.max(random(), Number.MIN_VALUE);
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  const weeks = simulated.grid.slice(1).map((row) => String(row[0]));
  return {
    test: {
      channel: options.channel,
      startWeek: weeks[start] as string,
      endWeek: weeks[end] as string,
      ...(readoutEnd > end ? { readoutEndWeek: weeks[readoutEnd] as string } : {}),
      lift: trueLift + z * standardError,
      roas: null,
      standardError,
      path,
    },
    trueLift,
  };
}
