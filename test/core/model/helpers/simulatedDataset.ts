import { toDataset } from "../../../../src/core/data/toDataset";
import { simulateMmmData } from "../../../../src/core/simulate/simulateMmmData";
import type { SimulationOptions } from "../../../../src/core/simulate/simulationOptions";
import type { SimulationTruth } from "../../../../src/core/simulate/simulationTruth";
import type { Dataset } from "../../../../src/core/types";

/** A simulated data set read as the add-in reads a sheet, with its truth. */
export interface SimulatedDataset {
  readonly dataset: Dataset;
  readonly truth: SimulationTruth;
}

/**
 * Simulates data with the project's simulator (`simulateMmmData`) and ingests its grid with `toDataset`.
 *
 * @param options - simulator options (seeded)
 * @param withoutMediator - drop google_spend and fit a single-stage model (roles.mediator = null)
 * @returns the dataset and the truth
 * @throws {Error} when the grid does not pass ingestion
 */
export function simulatedDataset(
  options: SimulationOptions,
  withoutMediator = false
): SimulatedDataset {
  const simulated = simulateMmmData(options);
  let grid: readonly (readonly unknown[])[] = simulated.grid;
  if (withoutMediator) {
    const column = (grid[0] as readonly unknown[]).indexOf("google_spend");
    grid = grid.map((row) => row.filter((_, index) => index !== column));
  }
  const read = toDataset(grid, withoutMediator ? { roles: { mediator: null } } : {});
  if (!read.ok) {
    throw new Error(
      `Simulated data fail ingestion: ${read.issues.map((i) => i.message).join("; ")}`
    );
  }
  return { dataset: read.dataset, truth: simulated.truth };
}
