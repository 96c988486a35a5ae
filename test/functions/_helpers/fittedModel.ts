import { toDataset } from "../../../src/core/data/toDataset";
import { fitMmm } from "../../../src/core/attribution/fitMmm";
import type { MmmResult } from "../../../src/core/model/types";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";
import type { Dataset } from "../../../src/core/types";

/** A model fitted once per test file on the simulator's default data (seed 3, 104 weeks, multiplicative form: the form "auto" picks here, with only its search run). */
export interface FittedFixture {
  readonly dataset: Dataset;
  readonly result: MmmResult;
}

let cached: Promise<FittedFixture> | null = null;

/** Fits (once per jest module registry) a two-stage model on simulated data with known effects. */
export function fittedFixture(): Promise<FittedFixture> {
  cached ??= (async () => {
    const ingestion = toDataset(simulateMmmData({ seed: 3, weeks: 104 }).grid);
    if (!ingestion.ok) throw new Error("the simulated grid should ingest cleanly");
    const result = await fitMmm(ingestion.dataset, {
      fitTime: "2026-01-01T00:00:00Z",
      form: "multiplicative",
    });
    return { dataset: ingestion.dataset, result };
  })();
  return cached;
}

/** Tolerances of the tests that use the fitted model, each with its reason. */
export const TOLERANCE = {
  /** Same arithmetic in a different order (prediction vs fit): agreement to rounding. */
  relativeRounding: 1e-9,
  /** Interpolated response vs exact model run between grid points 5% of current spend apart. */
  relativeInterpolation: 1e-3,
} as const;
