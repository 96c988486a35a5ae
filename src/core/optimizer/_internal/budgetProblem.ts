import { InvalidParameterError, NumericalError } from "../../errors";
import {
  DEFAULT_MAX_SHARE_OF_CURRENT,
  DEFAULT_MIN_SHARE_OF_CURRENT,
  DERIVATIVE_SCALE_SHARE,
  MIN_DERIVATIVE_SCALE,
} from "../constants";
import { marginalRoas } from "../marginalRoas";

/** One channel offered to the optimiser, as the caller gives it. */
export interface BudgetChannelInput {
  readonly name: string;
  readonly current: number;
  readonly min?: number;
  readonly max?: number;
  readonly response: (weeklySpend: number) => number;
}

/** A channel with bounds resolved and its curve wrapped so that a non-finite value is reported, not used. */
export interface BudgetProblemChannel {
  readonly name: string;
  readonly current: number;
  readonly lower: number;
  readonly upper: number;
  readonly revenue: (spend: number) => number;
  readonly slope: (spend: number) => number;
}

/** A validated allocation problem: `total` is exact unless `minRoas` is set, then it is a cap. */
export interface BudgetProblem {
  readonly channels: readonly BudgetProblemChannel[];
  readonly total: number;
  readonly minRoas: number | null;
}

/** Validates the input, fills in default bounds and total, and checks that the constraints can be met. */
export function budgetProblem(
  channels: readonly BudgetChannelInput[],
  total: number | undefined,
  minRoas: number | undefined
): BudgetProblem {
  if (channels.length === 0) {
    throw new InvalidParameterError(
      "channels",
      "Give at least one channel to allocate a budget to."
    );
  }
  const seen = new Set<string>();
  const resolved = channels.map((channel) => {
    const { name, current } = channel;
    if (seen.has(name)) {
      throw new InvalidParameterError(
        "channels",
        `Channel '${name}' is listed twice; give each channel once.`
      );
    }
    seen.add(name);
    finiteAtLeastZero(current, `current spend of '${name}'`);
    const lower = channel.min ?? current * DEFAULT_MIN_SHARE_OF_CURRENT;
    const upper = channel.max ?? current * DEFAULT_MAX_SHARE_OF_CURRENT;
    finiteAtLeastZero(lower, `minimum spend of '${name}'`);
    finiteAtLeastZero(upper, `maximum spend of '${name}'`);
    if (lower > upper) {
      throw new InvalidParameterError(
        "channels",
        `The minimum spend of '${name}' (${lower}) is above its maximum (${upper}); lower the minimum or raise the maximum.`
      );
    }
    return { name, current, lower, upper, response: channel.response };
  });
  const sumLower = resolved.reduce((sum, c) => sum + c.lower, 0);
  const sumUpper = resolved.reduce((sum, c) => sum + c.upper, 0);
  const budget = total ?? resolved.reduce((sum, c) => sum + c.current, 0);
  finiteAtLeastZero(budget, "total budget", "total");
  if (minRoas !== undefined && !Number.isFinite(minRoas)) {
    throw new InvalidParameterError(
      "minRoas",
      `The minimum ROAS must be a finite number (got ${minRoas}).`
    );
  }
  if (sumLower > budget) {
    throw new InvalidParameterError(
      "total",
      `The total budget (${budget}) is below the sum of the channel minimums (${sumLower}); raise the total or lower some minimums.`
    );
  }
  if (minRoas === undefined && sumUpper < budget) {
    throw new InvalidParameterError(
      "total",
      `The total budget (${budget}) is above the sum of the channel maximums (${sumUpper}); lower the total or raise some maximums.`
    );
  }
  return {
    channels: resolved.map((c) => {
      const revenue = checkedResponse(c.name, c.response);
      // The channel's own spend level sets the derivative step near zero spend.
      const scale = Math.max(
        Math.max(c.upper, c.current) * DERIVATIVE_SCALE_SHARE,
        MIN_DERIVATIVE_SCALE
      );
      return {
        name: c.name,
        current: c.current,
        lower: c.lower,
        upper: c.upper,
        revenue,
        // Slopes look inward at the bounds, so curves known only on [min, max] are never evaluated outside it.
        slope:
          c.upper > c.lower
            ? (spend: number) =>
                marginalRoas(revenue, spend, { scale, lowest: c.lower, highest: c.upper })
            : (spend: number) => marginalRoas(revenue, spend, { scale }),
      };
    }),
    total: budget,
    minRoas: minRoas ?? null,
  };
}

function finiteAtLeastZero(value: number, what: string, parameter = "channels"): void {
  if (!(value >= 0 && Number.isFinite(value))) {
    throw new InvalidParameterError(
      parameter,
      `The ${what} must be a finite number of at least 0 (got ${value}).`
    );
  }
}

function checkedResponse(
  name: string,
  response: (spend: number) => number
): (spend: number) => number {
  return (spend: number) => {
    const value = response(spend);
    if (!Number.isFinite(value)) {
      throw new NumericalError(
        `The response curve of channel '${name}' gave ${value} at a weekly spend of ${spend}; it must give a finite revenue for every spend of 0 or more.`
      );
    }
    return value;
  };
}
