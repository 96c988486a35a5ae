import { InvalidParameterError } from "../errors";
import {
  compareVariants,
  type VariantIntervals as MediationIntervals,
} from "../mediation/compareVariants";
import { fitWithFixedHyperparameters } from "../model/fitWithFixedHyperparameters";
import { predictModel } from "../model/predictModel";
import type { FixedFit, MmmResult } from "../model/types";
import type { Dataset } from "../types";
import { CI90_LEVEL } from "../uncertainty/constants";
import { defaultBlockLength } from "../uncertainty/defaultBlockLength";
import { movingBlockIndices } from "../uncertainty/movingBlockIndices";
import { runReplicates } from "../uncertainty/runReplicates";
import {
  BOOTSTRAP_CHUNK_SIZE,
  DEFAULT_BOOTSTRAP_REPLICATES,
  DEFAULT_BOOTSTRAP_SEED,
  MAX_FAILED_REPLICATE_SHARE,
} from "./constants";
import { effectIntervals } from "./_internal/effectIntervals";
import { fitOptionsOf } from "./_internal/fitOptionsOf";
import { intervalOf } from "./_internal/intervalOf";
import { jitterHyperparameters } from "./_internal/jitterHyperparameters";
import { noisyPath, outcomeScale, predictionBand } from "./_internal/predictionBand";
import type { BootstrapHooks, BootstrapOptions, Intervals } from "./types";

/** What one replicate keeps. */
interface Replicate {
  readonly fit: FixedFit;
  readonly path: Float64Array;
}

const METHOD =
  "Moving-block bootstrap of weeks: each replicate resamples blocks of consecutive weeks and refits every " +
  "coefficient with the tuned adstock, saturation and penalty held fixed. Re-tuning them in every replicate " +
  "would take minutes, and the tuning is itself checked by cross-validation, so the intervals do not include " +
  "the uncertainty of the tuning and are somewhat too narrow when the data cannot pin down the carry-over or " +
  "saturation. Prediction bands add a residual of the fit, drawn at random, to each replicate's fitted values.";

const JITTER_NOTE =
  "With hyperparameter jitter on, each replicate also moves every decay and half-saturation at random within " +
  "one step of the search grid, so part of the tuning uncertainty is included.";

/**
 * Bootstrap intervals of every effect of a fit: a moving-block bootstrap of the weeks (blocks keep the weekly
 * autocorrelation), refitting the coefficients of both stages on each resample with the tuned hyperparameters
 * held fixed ({@link fitWithFixedHyperparameters}).
 *
 * Why fixed hyperparameters: re-tuning (the CV search of `fitMmm`, ~5 s) 200 times would take many minutes, far
 * over the 15 s target, and the search is itself validated by CV; the intervals therefore leave out the
 * uncertainty of the hyperparameters (say so when you show them). Gives, at `level` (90% by default), intervals
 * of total, direct and indirect effect, ROAS and share mediated of each social channel and of google's total
 * and ROAS, for both mediator variants, of price elasticity and promotion lift, and a weekly prediction band of
 * revenue: each replicate's fitted values plus a residual of the reported fit resampled with replacement (on the
 * log scale in the multiplicative form). Also warns, in plain words, for each channel whose total effect
 * intervals under the two variants do not overlap. A replicate whose refit throws is left out and counted.
 * Cost: replicates × one refit (~30 ms for 104 weeks × 4 channels), run in chunks that yield between them.
 *
 * @param dataset - the data the result was fitted on
 * @param result - `fitMmm`'s result (its hyperparameters and options are reused)
 * @param options - replicates (200), seed, level (0.9), blockLength (defaultBlockLength(weeks)),
 *   hyperparameterJitter (false: move decays and half-saturations within one search-grid step per replicate)
 * @param hooks - onProgress("bootstrap", done, total) after each chunk; signal to cancel
 * @returns intervals of every effect, the prediction band, warnings and the replicate models
 * @throws {InvalidParameterError} when replicates < 2, level is outside (0, 1) or blockLength is invalid
 * @throws {CancelledError} when `hooks.signal.aborted` becomes true
 * @example
 * const intervals = await bootstrapIntervals(dataset, result, { replicates: 200, seed: 1 });
 * intervals.observed.channels[0].roas; // => { lower: 1.1, upper: 2.4 }
 * @see Künsch (1989), The jackknife and the bootstrap for general stationary observations, Ann. Statist. 17(3).
 */
export async function bootstrapIntervals(
  dataset: Dataset,
  result: MmmResult,
  options: BootstrapOptions = {},
  hooks: BootstrapHooks = {}
): Promise<Intervals> {
  const replicates = options.replicates ?? DEFAULT_BOOTSTRAP_REPLICATES;
  const seed = options.seed ?? DEFAULT_BOOTSTRAP_SEED;
  const level = options.level ?? CI90_LEVEL;
  const n = dataset.weeks.length;
  const blockLength = options.blockLength ?? defaultBlockLength(n);
  if (!(Number.isInteger(replicates) && replicates >= 2)) {
    throw new InvalidParameterError(
      "replicates",
      `The bootstrap needs a whole number of at least 2 replicates (got ${replicates}).`
    );
  }
  if (!(level > 0 && level < 1)) {
    throw new InvalidParameterError(
      "level",
      `The interval level must be between 0 and 1, e.g. 0.9 for 90% (got ${level}).`
    );
  }
  const jitter = options.hyperparameterJitter ?? false;
  const fitOptions = fitOptionsOf(result.options);
  const series = result.series.stage2;
  const scale = outcomeScale(result.model.outcomeStage.targetTransform);
  const residuals = series.actual.map(
    (value, t) => scale.forward(value) - scale.forward(series.fitted[t] as number)
  );
  const runHooks = {
    replicates,
    seed,
    chunkSize: BOOTSTRAP_CHUNK_SIZE,
    onProgress: (done: number, total: number) => hooks.onProgress?.("bootstrap", done, total),
    ...(hooks.signal ? { signal: hooks.signal } : {}),
  };
  const runs = await runReplicates(runHooks, (_index, random): Replicate | null => {
    const rows = movingBlockIndices(n, blockLength, random);
    let fit: FixedFit;
    try {
      const settings = jitter
        ? jitterHyperparameters(result.hyperparameters, random)
        : result.hyperparameters;
      fit = fitWithFixedHyperparameters(dataset, settings, fitOptions, rows);
    } catch {
      return null;
    }
    const fitted = predictModel(
      fit.model,
      { columns: dataset.columns, periods: n },
      { history: "none" }
    ).revenue;
    return { fit, path: noisyPath(fitted, residuals, scale, random) };
  });
  const done = runs.filter((run): run is Replicate => run !== null);
  const fits = done.map((run) => run.fit);
  const observed = effectIntervals(
    result.variants.observed.effects,
    fits.map((fit) => fit.effects),
    level
  );
  const predictedPoint = result.variants.predicted?.effects ?? null;
  const predicted = predictedPoint
    ? effectIntervals(
        predictedPoint,
        fits.flatMap((fit) => (fit.predictedEffects ? [fit.predictedEffects] : [])),
        level
      )
    : null;
  const warnings: string[] = [];
  if (predicted && predictedPoint) {
    const byChannel: Record<string, MediationIntervals> = {};
    for (const entry of observed.channels) {
      const other = predicted.channels.find((item) => item.channel === entry.channel);
      if (other) byChannel[entry.channel] = { observed: entry.total, predicted: other.total };
    }
    warnings.push(
      ...compareVariants(result.variants.observed.effects, predictedPoint, { intervals: byChannel })
    );
  }
  const failed = replicates - done.length;
  if (failed > MAX_FAILED_REPLICATE_SHARE * replicates) {
    warnings.push(
      `${failed} of ${replicates} bootstrap refits failed, so the intervals rest on the other ${done.length}; ` +
        "treat them as rough."
    );
  }
  return {
    level,
    replicates,
    failed,
    blockLength,
    seed,
    method: jitter ? `${METHOD} ${JITTER_NOTE}` : METHOD,
    observed,
    predicted,
    elasticity: intervalOf(
      fits.map((fit) => fit.elasticity.value),
      level
    ),
    promoLift: {
      value: intervalOf(
        fits.map((fit) => fit.promoLift.value),
        level
      ),
      revenuePerPromoWeek: intervalOf(
        fits.map((fit) => fit.promoLift.revenuePerPromoWeek),
        level
      ),
    },
    predictionBand: predictionBand(
      dataset.weeks,
      Float64Array.from(series.actual),
      Float64Array.from(series.fitted),
      done.map((run) => run.path),
      level
    ),
    warnings,
    replicateModels: fits.map((fit) => fit.model),
  };
}
