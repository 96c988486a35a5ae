import { InvalidParameterError } from "../errors";
import { budgetProblem, type BudgetChannelInput } from "./_internal/budgetProblem";
import { chooseAllocation, type AllocationMethod } from "./_internal/chooseAllocation";
import { BOUND_RELATIVE_TOLERANCE, DEFAULT_GRID_STEPS, KKT_RELATIVE_TOLERANCE } from "./constants";

/** One channel to allocate: current weekly spend, optional bounds, and its response curve. */
export type BudgetChannel = BudgetChannelInput;

/** Input of {@link allocateBudget}. */
export interface AllocateBudgetInput {
  /**
   * Channels with `current` weekly spend, bounds `min`/`max` (default 50% and 150% of current) and
   * `response`: weekly spend → weekly incremental revenue, smooth and preferably concave. It is only called
   * at spends within [min, max] and at `current`, so a curve tabulated over that range is enough.
   */
  readonly channels: readonly BudgetChannel[];
  /** Weekly budget to spread. @defaultValue the sum of current spends (a reallocation at constant budget) */
  readonly total?: number;
  /**
   * Minimum marginal ROAS: no unit of spend is placed where it returns less than this. The total then becomes a
   * cap, and less may be spent when the curves are saturated.
   */
  readonly minRoas?: number;
  /** Budget units of the global grid check for non-concave curves; 0 turns it off. @defaultValue 200 */
  readonly gridSteps?: number;
}

/** A channel's current and recommended spend and what each earns. */
export interface ChannelAllocation {
  readonly name: string;
  readonly current: number;
  readonly recommended: number;
  readonly min: number;
  readonly max: number;
  /** recommended − current. */
  readonly change: number;
  readonly currentRevenue: number;
  readonly recommendedRevenue: number;
  /** Revenue of the next unit of spend at the recommended spend. */
  readonly marginalRoas: number;
  /** Revenue of the next unit of spend at the current spend. */
  readonly currentMarginalRoas: number;
  /** Which bound the recommendation sits at; "fixed" when min = max; null when strictly inside. */
  readonly bound: "min" | "max" | "fixed" | null;
}

/** The recommended weekly allocation and how much it is expected to add. */
export interface BudgetAllocation {
  readonly channels: readonly ChannelAllocation[];
  readonly totalCurrent: number;
  readonly totalRecommended: number;
  readonly revenueCurrent: number;
  readonly revenueRecommended: number;
  /** revenueRecommended − revenueCurrent, weekly. */
  readonly expectedChange: number;
  /** The common marginal ROAS (Lagrange multiplier λ) of channels inside their bounds; NaN if not found by it. */
  readonly marginalRoasTarget: number;
  /** True when the KKT conditions hold: equal marginal ROAS inside the bounds, no gain from moving off a bound. */
  readonly converged: boolean;
  /** Bisection steps on λ behind the recommendation. */
  readonly iterations: number;
  readonly method: AllocationMethod;
}

/**
 * Recommends weekly spend per channel: maximise Σ response_c(spend_c) subject to Σ spend_c = total and
 * min_c ≤ spend_c ≤ max_c (optionally a minimum marginal ROAS).
 *
 * For concave curves the optimum equalises marginal ROAS (= λ) across channels inside their bounds, so λ is
 * found by bisection with each channel's spend clamped to its bounds; derivatives are central differences.
 * Hand-written because no JavaScript library solves bounded separable allocation. As a safeguard for S-shaped
 * curves, a dynamic programme on a grid finds the global optimum to one grid unit and is polished the same way;
 * the current allocation is a candidate too, so the recommendation is never worse than it.
 * Cost: O(channels · (60 · 45 + gridSteps)) curve evaluations plus O(channels · gridSteps²) arithmetic.
 *
 * @param input - channels, total, minRoas, gridSteps (see {@link AllocateBudgetInput}); spends are weekly
 * @returns per-channel recommendation with revenues and marginal ROAS, totals, λ, converged and iterations
 * @throws {InvalidParameterError} when a bound or spend is negative, min > max, or the bounds cannot meet the
 *   total (Σ min > total, or Σ max < total without minRoas); the message says what to change
 * @throws {NumericalError} when a response curve returns a non-finite revenue
 * @example
 * const r = allocateBudget({ channels: [
 *   { name: "search", current: 50, min: 0, max: 200, response: (s) => 40 * Math.sqrt(s) },
 *   { name: "social", current: 50, min: 0, max: 200, response: (s) => 20 * Math.sqrt(s) } ] });
 * r.channels.map((c) => c.recommended); // => [80, 20] (spend ∝ a², 100·1600/2000 and 100·400/2000)
 * @see Ibaraki & Katoh (1988), Resource Allocation Problems: Algorithmic Approaches, ch. 2 (separable concave).
 */
export function allocateBudget(input: AllocateBudgetInput): BudgetAllocation {
  const gridSteps = input.gridSteps ?? DEFAULT_GRID_STEPS;
  if (!(Number.isInteger(gridSteps) && gridSteps >= 0)) {
    throw new InvalidParameterError(
      "gridSteps",
      `gridSteps must be a whole number of at least 0 (got ${gridSteps}).`
    );
  }
  const problem = budgetProblem(input.channels, input.total, input.minRoas);
  const chosen = chooseAllocation(problem, gridSteps);
  const multiplier = chosen.solution?.multiplier ?? NaN;
  const marginals = problem.channels.map((c, i) => c.slope(chosen.spend[i] as number));
  // Relative to λ, or to the channels' average ROAS (the natural size of a slope) when λ is near 0, i.e. when
  // the budget reaches the curves' peaks and the slopes are pure rounding noise.
  const averageRoas = problem.channels.map((c, i) => {
    const spend = chosen.spend[i] as number;
    return spend > 0 ? Math.abs(c.revenue(spend)) / spend : 0;
  });
  const tolerance =
    KKT_RELATIVE_TOLERANCE * Math.max(Math.abs(multiplier), ...averageRoas, Number.MIN_VALUE);
  let kktHolds = chosen.solution?.converged ?? false;
  const channels = problem.channels.map((c, i): ChannelAllocation => {
    const recommended = chosen.spend[i] as number;
    const marginal = marginals[i] as number;
    const bound = boundOf(recommended, c.lower, c.upper);
    const optimal =
      bound === "fixed" ||
      (bound === "min" && marginal <= multiplier + tolerance) ||
      (bound === "max" && marginal >= multiplier - tolerance) ||
      Math.abs(marginal - multiplier) <= tolerance;
    kktHolds = kktHolds && optimal;
    return {
      name: c.name,
      current: c.current,
      recommended,
      min: c.lower,
      max: c.upper,
      change: recommended - c.current,
      currentRevenue: c.revenue(c.current),
      recommendedRevenue: c.revenue(recommended),
      marginalRoas: marginal,
      currentMarginalRoas: c.slope(c.current),
      bound,
    };
  });
  const total = (pick: (c: ChannelAllocation) => number) =>
    channels.reduce((s, c) => s + pick(c), 0);
  const revenueCurrent = total((c) => c.currentRevenue);
  const revenueRecommended = total((c) => c.recommendedRevenue);
  return {
    channels,
    totalCurrent: total((c) => c.current),
    totalRecommended: total((c) => c.recommended),
    revenueCurrent,
    revenueRecommended,
    expectedChange: revenueRecommended - revenueCurrent,
    marginalRoasTarget: multiplier,
    converged: kktHolds,
    iterations: chosen.solution?.iterations ?? 0,
    method: chosen.method,
  };
}

function boundOf(spend: number, lower: number, upper: number): ChannelAllocation["bound"] {
  if (upper <= lower) return "fixed";
  const tolerance = BOUND_RELATIVE_TOLERANCE * (upper - lower);
  if (spend - lower <= tolerance) return "min";
  if (upper - spend <= tolerance) return "max";
  return null;
}
