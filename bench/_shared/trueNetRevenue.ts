import { DEFAULT_EXPECTED_REVENUE_WEEKS } from "../../src/core/simulate/constants";
import type { SimulatedData } from "../../src/core/simulate/simulateMmmData";
import { simulateGoogle } from "../../src/core/simulate/structuralModel";
import type { Series } from "../../src/core/types";

/**
 * The truth's revenue net of google spend over the last 13 weeks, under constant weekly social spends: Σ true revenue
 * (`truth.expectedRevenue`, google following social spend through stage 1) minus Σ the google spend stage 1 gives at
 * those spends (`simulateGoogle`, every noise draw and on/off flag fixed). Google's spend without social spend is the
 * same for every split, so differences of this function are revenue net of the google spend the social channels
 * induce: the objective the budget plan maximises, scored on the truth.
 *
 * @param simulated - a simulation (its truth and structural equations)
 * @returns social weekly spend by channel (left-out channels keep their simulated spend) → Σ net revenue over the window
 * @example trueNetRevenue(simulated)({ facebook_spend: 6000 }); // => Σ (revenue − google) of the last 13 weeks
 */
export function trueNetRevenue(
  simulated: SimulatedData
): (weeklySpend: Readonly<Record<string, number>>) => number {
  const { model, social } = simulated.structural;
  const end = model.weeks;
  const start = Math.max(0, end - DEFAULT_EXPECTED_REVENUE_WEEKS);
  return (weeklySpend) => {
    // The same override as expectedRevenue's: the window weeks at the amount, earlier weeks (carry-over) as simulated.
    const spends: Series[] = social.map((series, c) => {
      const amount = weeklySpend[model.channels[c]!.name];
      if (amount === undefined) return series;
      const copy = Float64Array.from(series);
      copy.fill(amount, start, end);
      return copy;
    });
    const google = simulateGoogle(model, spends);
    let googleSpend = 0;
    for (let t = start; t < end; t++) googleSpend += google[t] as number;
    return simulated.truth.expectedRevenue(weeklySpend) - googleSpend;
  };
}
