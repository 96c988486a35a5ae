import { toDataset } from "../../../src/core/data/toDataset";
import { fitMmm } from "../../../src/core/attribution/fitMmm";
import type { FitOptions, MmmResult } from "../../../src/core/model/types";
import { simulateMmmData, type SimulatedData } from "../../../src/core/simulate/simulateMmmData";
import type { SimulationOptions } from "../../../src/core/simulate/simulationOptions";
import type { Dataset } from "../../../src/core/types";

/** A simulated data set, its dataset and a fit: the shared set-up of the analysis tests. */
export interface SimulatedFit {
  readonly simulated: SimulatedData;
  readonly dataset: Dataset;
  readonly result: MmmResult;
}

/**
 * Simulates with the project's simulator (known truth) and fits it. The additive form alone by default, which
 * halves the search and keeps the tests quick; pass `{ form: "auto" }` for the full fit.
 */
export async function fitSimulated(
  simulation: SimulationOptions = { seed: 101 },
  options: FitOptions = { form: "additive" }
): Promise<SimulatedFit> {
  const simulated = simulateMmmData(simulation);
  const ingested = toDataset(simulated.grid);
  if (!ingested.ok) throw new Error("The simulated grid did not ingest.");
  const result = await fitMmm(ingested.dataset, options);
  return { simulated, dataset: ingested.dataset, result };
}
