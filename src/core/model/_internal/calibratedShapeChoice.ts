import type { WindowedLiftTest } from "../../experiments/types";
import type { Dataset, Series } from "../../types";
import type { TimeSplit } from "../../validation/timeSeriesSplits";
import { ADSTOCK_MAX_LAG, DECAY_GRID } from "../constants";
import type { Hyperparameters, ResolvedFitOptions } from "../types";
import type { Plans } from "./buildPlans";
import { evaluateStage } from "./evaluateStage";
import { fitModels } from "./fitModels";

/** The shape choice with lift tests, and what it compared. */
export interface CalibratedShapeChoice {
  readonly hyperparameters: Hyperparameters;
  /** Tested channels whose stage-2 decay the tests changed. */
  readonly changed: readonly string[];
}

/**
 * Lets lift tests take part in the choice of each tested channel's stage-2 carry-over: for every decay of the
 * search's coarse grid (besides the one the plain search chose), the stage is calibrated to the tests on each CV
 * fold's training weeks and on all training weeks, and scored by
 * CV squared error / σ² + Σ_k ((calibrated lift_k − measured_k) / SE_k)²
 * (σ² the plain choice's CV mean squared error): a shape whose coefficients can match a test only by fitting the
 * weeks badly, or cannot match it at all, loses. The plain choice is kept unless another does strictly better.
 * Saturation, on/off terms, penalty and stage 1 stay as the plain search chose them.
 */
export function calibratedShapeChoice(input: {
  readonly dataset: Dataset;
  readonly columns: Readonly<Record<string, Series>>;
  readonly plans: Plans;
  readonly hyperparameters: Hyperparameters;
  readonly options: ResolvedFitOptions;
  readonly train: readonly number[];
  readonly folds: readonly TimeSplit[];
  readonly tests: readonly WindowedLiftTest[];
}): CalibratedShapeChoice {
  const { dataset, columns, plans, options, train, folds, tests } = input;
  const actual = columns[plans.outcome.target] as Series;
  const score = (hyperparameters: Hyperparameters) => {
    let squares = 0;
    let count = 0;
    for (const fold of folds) {
      const models = fitModels(
        dataset,
        columns,
        plans,
        hyperparameters,
        options,
        fold.train,
        tests
      );
      const predicted = evaluateStage(models.observed.outcomeStage, columns).prediction;
      for (const row of fold.test) {
        squares += ((actual[row] as number) - (predicted[row] as number)) ** 2;
        count++;
      }
    }
    const all = fitModels(dataset, columns, plans, hyperparameters, options, train, tests);
    const after = all.calibration?.after ?? [];
    const chiSquare = tests.reduce(
      (sum, test, k) => sum + (((after[k] as number) - test.lift) / test.standardError) ** 2,
      0
    );
    return { squares, count, chiSquare };
  };
  let best = input.hyperparameters;
  const plain = score(best);
  const variance = plain.squares / Math.max(plain.count, 1);
  const objective = (s: ReturnType<typeof score>) => s.squares / variance + s.chiSquare;
  let bestObjective = objective(plain);
  const changed: string[] = [];
  for (const channel of new Set(tests.map((test) => test.channel))) {
    for (const decay of DECAY_GRID) {
      const outcome = {
        ...best.outcome,
        channels: best.outcome.channels.map((entry) =>
          entry.channel === channel
            ? { ...entry, adstock: { kind: "geometric" as const, decay, maxLag: ADSTOCK_MAX_LAG } }
            : entry
        ),
      };
      const candidate: Hyperparameters = { ...best, outcome };
      if (JSON.stringify(candidate) === JSON.stringify(best)) continue;
      const value = objective(score(candidate));
      if (value < bestObjective) {
        best = candidate;
        bestObjective = value;
        if (!changed.includes(channel)) changed.push(channel);
      }
    }
  }
  return { hyperparameters: best, changed };
}
