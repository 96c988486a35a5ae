import { percentileInterval } from "../../uncertainty/percentileInterval";
import type { Interval } from "../types";

/**
 * Percentile interval of replicate values as `{ lower, upper }`, or null when no replicate gave a finite value
 * (e.g. a ROAS of a channel without spend). Non-finite replicates are left out.
 */
export function intervalOf(values: readonly (number | null)[], level: number): Interval | null {
  const finite = Float64Array.from(
    values.filter((value): value is number => value !== null && Number.isFinite(value))
  );
  if (finite.length === 0) return null;
  const [lower, upper] = percentileInterval(finite, level);
  return { lower, upper };
}

/** As {@link intervalOf}, with NaN bounds instead of null (for quantities that always exist). */
export function requiredInterval(values: readonly (number | null)[], level: number): Interval {
  return intervalOf(values, level) ?? { lower: Number.NaN, upper: Number.NaN };
}
