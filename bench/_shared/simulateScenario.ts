import { REPLICATE_SEED_STEP } from "./constants";
import { toDataset } from "../../src/core/data/toDataset";
import { simulateMmmData } from "../../src/core/simulate/simulateMmmData";
import type { SimulationScenario } from "../../src/core/simulate/simulationScenarios";
import type { SimulationTruth } from "../../src/core/simulate/simulationTruth";
import type { Dataset } from "../../src/core/types";

/** One simulated data set ready to fit, with its truth. */
export interface ScenarioData {
  readonly name: string;
  /** 0 = the scenario's own seed; r > 0 = seed + r · REPLICATE_SEED_STEP. */
  readonly replicate: number;
  readonly weeks: number;
  /** Revenue noise sd as a fraction of revenue. */
  readonly noise: number;
  readonly dataset: Dataset;
  readonly truth: SimulationTruth;
}

/**
 * Simulates a scenario and reads its grid exactly as the add-in reads a sheet (`toDataset`, roles detected).
 *
 * @param scenario - a named, seeded simulation set-up (see SIMULATION_SCENARIOS)
 * @param replicate - 0 for the scenario's own seed; r > 0 draws the same set-up with seed + r · REPLICATE_SEED_STEP
 * @returns the dataset, the truth and the resolved weeks and noise
 * @throws {Error} when the simulated grid does not pass ingestion (a simulator or ingestion bug)
 * @example
 * simulateScenario(SIMULATION_SCENARIOS[0]).weeks; // => 104
 */
export function simulateScenario(scenario: SimulationScenario, replicate = 0): ScenarioData {
  const seed = (scenario.options.seed ?? 0) + replicate * REPLICATE_SEED_STEP;
  const simulated = simulateMmmData({ ...scenario.options, seed });
  const read = toDataset(simulated.grid);
  if (!read.ok) {
    throw new Error(
      `Scenario ${scenario.name} does not pass ingestion: ${read.issues.map((issue) => issue.message).join("; ")}`
    );
  }
  return {
    name: scenario.name,
    replicate,
    weeks: simulated.options.weeks,
    noise: simulated.options.noise,
    dataset: read.dataset,
    truth: simulated.truth,
  };
}
