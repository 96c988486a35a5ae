import {
  MULTIPLIER_MAX_ITERATIONS,
  MULTIPLIER_RELATIVE_TOLERANCE,
  SPEND_MAX_ITERATIONS,
  SPEND_RELATIVE_TOLERANCE,
} from "../constants";

/** What the multiplier search needs of a channel: its slope and the box it may move in. */
export interface MultiplierChannel {
  readonly slope: (spend: number) => number;
  readonly lower: number;
  readonly upper: number;
}

/** A spend vector that equalises marginal ROAS at `multiplier` (λ), with the bisection's bookkeeping. */
export interface MultiplierSolution {
  readonly spend: Float64Array;
  readonly multiplier: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Bisection on the Lagrange multiplier λ of max Σ f_c(s_c) s.t. Σ s_c = total, lower ≤ s ≤ upper.
 *
 * For a given λ each channel spends where its marginal ROAS equals λ, clamped to its box (an inner bisection,
 * since a concave curve's slope falls with spend); total spend falls as λ rises, so an outer bisection finds the λ
 * that spends `total`. With `floor` (a minimum marginal ROAS) λ never goes below it and less than `total` may be
 * spent. The final spend interpolates between the two ends of the last bracket, so it sums to `total` exactly.
 */
export function solveMultiplier(
  channels: readonly MultiplierChannel[],
  total: number,
  floor: number | null
): MultiplierSolution {
  const slopeLower = channels.map((c) => c.slope(c.lower));
  const slopeUpper = channels.map((c) => c.slope(c.upper));
  const spendAt = (multiplier: number): Float64Array =>
    Float64Array.from(channels, (c, i) =>
      spendForMultiplier(c, slopeLower[i] as number, slopeUpper[i] as number, multiplier)
    );
  const sum = (spend: Float64Array): number => spend.reduce((a, b) => a + b, 0);

  const slopes = [...slopeLower, ...slopeUpper];
  const highest = Math.max(...slopes);
  // Above every end-point slope no channel can gain from spend, so all sit at their lower bounds.
  // (MIN_VALUE keeps the step above zero when every slope is 0.)
  let high =
    highest + Math.max(Math.abs(highest) * MULTIPLIER_RELATIVE_TOLERANCE, Number.MIN_VALUE);
  let low = Math.min(...slopes);
  if (floor !== null) {
    const atFloor = spendAt(floor);
    if (sum(atFloor) <= total)
      return { spend: atFloor, multiplier: floor, iterations: 0, converged: true };
    low = Math.max(low, floor);
  }
  let spendLow = spendAt(low);
  let spendHigh = spendAt(high);
  let sumLow = sum(spendLow);
  let sumHigh = sum(spendHigh);
  let iterations = 0;
  let converged = false;
  // Relative to λ, but never finer than a tolerance's share of the starting bracket, so λ* = 0 (a budget that
  // reaches the curves' peaks) also converges.
  const widthFloor = MULTIPLIER_RELATIVE_TOLERANCE * (high - low);
  while (iterations < MULTIPLIER_MAX_ITERATIONS) {
    const width = high - low;
    const scale = Math.max(Math.abs(low), Math.abs(high), widthFloor);
    if (width <= MULTIPLIER_RELATIVE_TOLERANCE * scale) {
      converged = true;
      break;
    }
    const middle = low + width / 2;
    if (middle <= low || middle >= high) {
      converged = true;
      break;
    }
    iterations += 1;
    const spendMiddle = spendAt(middle);
    const sumMiddle = sum(spendMiddle);
    if (sumMiddle >= total) {
      low = middle;
      spendLow = spendMiddle;
      sumLow = sumMiddle;
    }
    if (sumMiddle <= total) {
      high = middle;
      spendHigh = spendMiddle;
      sumHigh = sumMiddle;
    }
  }
  // Clamped: rounding can leave total a hair outside [sumHigh, sumLow]; the spend must stay in its box.
  const share =
    sumLow > sumHigh ? Math.min(1, Math.max(0, (total - sumHigh) / (sumLow - sumHigh))) : 1;
  const spend = Float64Array.from(spendHigh, (s, i) => s + share * ((spendLow[i] as number) - s));
  return { spend, multiplier: low + (high - low) / 2, iterations, converged };
}

/**
 * The spend in [lower, upper] where the slope crosses `multiplier`, or the bound it presses on. Illinois
 * false position (superlinear on smooth slopes) with a plain bisection every third step, so the bracket at least
 * halves every three steps whatever the curve.
 * @see Dowell & Jarratt (1971), A modified regula falsi method for computing the root of an equation, BIT 11.
 */
function spendForMultiplier(
  channel: MultiplierChannel,
  slopeAtLower: number,
  slopeAtUpper: number,
  multiplier: number
): number {
  const { lower, upper } = channel;
  if (upper <= lower || slopeAtUpper >= multiplier) return upper;
  if (slopeAtLower <= multiplier) return lower;
  // Invariant: excess (slope − λ) is > 0 at `below` and < 0 at `above`.
  let below = lower;
  let above = upper;
  let excessBelow = slopeAtLower - multiplier;
  let excessAbove = slopeAtUpper - multiplier;
  let lastMoved = 0;
  const tolerance = SPEND_RELATIVE_TOLERANCE * (upper - lower);
  for (let step = 0; step < SPEND_MAX_ITERATIONS && above - below > tolerance; step++) {
    let next =
      step % BISECTION_EVERY === BISECTION_EVERY - 1
        ? below + (above - below) / 2
        : above - (excessAbove * (above - below)) / (excessAbove - excessBelow);
    if (!(next > below && next < above)) next = below + (above - below) / 2;
    const excess = channel.slope(next) - multiplier;
    if (excess > 0) {
      below = next;
      excessBelow = excess;
      // Illinois: the end that stayed put twice has its excess halved, so it moves too.
      if (lastMoved > 0) excessAbove /= 2;
      lastMoved = 1;
    } else if (excess < 0) {
      above = next;
      excessAbove = excess;
      if (lastMoved < 0) excessBelow /= 2;
      lastMoved = -1;
    } else {
      return next;
    }
  }
  return below + (above - below) / 2;
}

/** Every this many steps the root search bisects instead of interpolating, which bounds its worst case. */
const BISECTION_EVERY = 3;
