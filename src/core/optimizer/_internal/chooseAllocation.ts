import { OBJECTIVE_RELATIVE_TOLERANCE } from "../constants";
import type { BudgetProblem } from "./budgetProblem";
import { gridAllocation } from "./gridAllocation";
import { solveMultiplier, type MultiplierSolution } from "./solveMultiplier";

/** How the recommended allocation was found. */
export type AllocationMethod = "marginalEqualisation" | "gridPolish" | "grid" | "current";

/** A feasible allocation and the multiplier search that produced it, if any. */
export interface AllocationCandidate {
  readonly spend: Float64Array;
  readonly method: AllocationMethod;
  readonly solution: MultiplierSolution | null;
}

/**
 * Solves the problem by marginal-ROAS equalisation, then guards it against non-concave curves: a global grid
 * search (dynamic programme) polished by the same equalisation inside one grid unit, and the current allocation
 * when it is feasible. The best objective wins; the equalisation keeps ties, so on concave curves it is the answer.
 */
export function chooseAllocation(problem: BudgetProblem, gridSteps: number): AllocationCandidate {
  const { channels, total, minRoas } = problem;
  const cost = minRoas ?? 0;
  const objective = (spend: Float64Array): number =>
    channels.reduce(
      (sum, c, i) => sum + c.revenue(spend[i] as number) - cost * (spend[i] as number),
      0
    );

  const global = solveMultiplier(channels, total, minRoas);
  const candidates: AllocationCandidate[] = [
    { spend: global.spend, method: "marginalEqualisation", solution: global },
  ];
  const grid =
    gridSteps > 0
      ? gridAllocation(
          channels.map((c) => ({
            lower: c.lower,
            upper: c.upper,
            objective: (s: number) => c.revenue(s) - cost * s,
          })),
          total,
          minRoas !== null,
          gridSteps
        )
      : null;
  if (grid !== null) {
    const local = solveMultiplier(
      channels.map((c, i) => ({
        slope: c.slope,
        lower: Math.max(c.lower, (grid.spend[i] as number) - grid.unit),
        upper: Math.min(c.upper, (grid.spend[i] as number) + grid.unit),
      })),
      total,
      minRoas
    );
    candidates.push({ spend: local.spend, method: "gridPolish", solution: local });
    candidates.push({ spend: grid.spend, method: "grid", solution: null });
  }
  const current = Float64Array.from(channels, (c) => c.current);
  const currentTotal = current.reduce((a, b) => a + b, 0);
  const withinBounds = channels.every((c) => c.current >= c.lower && c.current <= c.upper);
  const meetsTotal =
    minRoas === null
      ? Math.abs(currentTotal - total) <= OBJECTIVE_RELATIVE_TOLERANCE * Math.max(1, total)
      : currentTotal <= total;
  if (withinBounds && meetsTotal)
    candidates.push({ spend: current, method: "current", solution: null });

  let chosen = candidates[0] as AllocationCandidate;
  let chosenValue = objective(chosen.spend);
  for (const candidate of candidates.slice(1)) {
    const value = objective(candidate.spend);
    if (value > chosenValue + OBJECTIVE_RELATIVE_TOLERANCE * Math.max(1, Math.abs(chosenValue))) {
      chosen = candidate;
      chosenValue = value;
    }
  }
  return chosen;
}
