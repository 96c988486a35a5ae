import { applyAdstock } from "../../transforms/adstock/applyAdstock";
import type { Series } from "../../types";
import type { TimeSplit } from "../../validation/timeSeriesSplits";
import {
  ADSTOCK_MAX_LAG,
  ALPHA_GRID,
  DECAY_GRID,
  DECAY_REFINE_STEP,
  HALF_SATURATION_GRID,
  HALF_SATURATION_REFINE_FACTOR,
  HILL_SHAPE_GRID,
  L1_RATIO_GRID,
  MAX_DECAY,
  SEARCH_ALPHA,
  SEARCH_PASSES,
} from "../constants";
import type { ChannelHyperparameters, SaturationSpec, StageHyperparameters } from "../types";
import { buildFeatures, buildMedia } from "./buildFeatures";
import { choosePenalty, type Penalty } from "./choosePenalty";
import { chooseWithPrior, priorDistance, priorPull, type ScoredCandidate } from "./shapePrior";
import { crossProducts, fitCrossProducts, predictRows, type CrossProducts } from "./crossProducts";
import { replaceColumnInFolds } from "./replaceColumnInFolds";
import {
  channelFeatures,
  fixedFeatures,
  interactionFeatures,
  nonNegativeFlags,
  type StagePlan,
} from "./stagePlan";

/** Inputs of a stage's hyperparameter search. */
export interface SearchInput {
  readonly plan: StagePlan;
  /** Input columns over all weeks; only the folds' rows are read. */
  readonly columns: Readonly<Record<string, Series>>;
  /** Target on the fitted scale, `[periods]`. */
  readonly y: Series;
  readonly folds: readonly TimeSplit[];
  /** Channels that may get an on/off indicator. */
  readonly onOffCandidates: ReadonlySet<string>;
  /** Fit on weeks with y > 0 only and predict 0 where y is 0 (two-part form of an often-zero mediator). */
  readonly activeWeeksOnly: boolean;
  /** Yields to the event loop (progress, cancellation) between channels. */
  readonly step: (done: number, total: number) => Promise<void>;
  /**
   * Channel settings to start from (a warm start: a bootstrap replicate starts from the full fit's choice); absent =
   * the default start (second decay of the grid, Hill at the mean nonzero level, no on/off term).
   */
  readonly start?: readonly ChannelHyperparameters[];
  /** Coordinate-wise passes over the channels. @defaultValue SEARCH_PASSES */
  readonly passes?: number;
}

/** The tuned stage and its CV score per fold (RMSE on the fitted scale). */
export interface SearchOutput {
  readonly hyperparameters: StageHyperparameters;
  readonly foldScores: readonly number[];
}

/** Mean nonzero value of a series (1 when all zero): the unit of half-saturations. */
export function meanNonzero(values: Series): number {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value > 0) {
      sum += value;
      count++;
    }
  }
  return count > 0 ? sum / count : 1;
}

const geometric = (decay: number) => ({
  kind: "geometric" as const,
  decay,
  maxLag: ADSTOCK_MAX_LAG,
});

/**
 * Tunes each channel's adstock decay, Hill saturation and on/off indicator, then α and ρ, by blocked time-series
 * CV: a coarse grid per channel, coordinate-wise over channels for `SEARCH_PASSES` passes, refined locally around
 * the best; design cross-products are updated one channel at a time so a candidate costs O(rows · features).
 * Deterministic: grids and order are fixed, ties keep the earlier candidate.
 */
export async function searchStage(input: SearchInput): Promise<SearchOutput> {
  const { plan, columns, y, folds } = input;
  const fixed = fixedFeatures(plan);
  const fixedColumns = buildFeatures(fixed, columns, { offset: 0 });
  const raw = (name: string) => columns[name] as Series;
  const cache = new Map<string, Series>();
  // Adstocked spend per channel and decay, shared by every saturation tried at that decay.
  const adstocked = new Map<string, Series>();
  const adstockedAt = (channel: string, decay: number): Series => {
    const key = `${channel}|${decay}`;
    let value = adstocked.get(key);
    if (!value) {
      value = applyAdstock(raw(channel), geometric(decay));
      adstocked.set(key, value);
    }
    return value;
  };
  const decayed = (channel: string, decay: number): Series =>
    decay === 0 ? raw(channel) : adstockedAt(channel, decay);
  const startOf = (channel: string): ChannelHyperparameters | undefined =>
    input.start?.find((entry) => entry.channel === channel);
  let current: ChannelHyperparameters[] = plan.channels.map(
    (channel) =>
      startOf(channel) ?? {
        channel,
        adstock: geometric(DECAY_GRID[1] ?? 0),
        saturation: {
          kind: "hill",
          halfSaturation: meanNonzero(decayed(channel, DECAY_GRID[1] ?? 0)),
          shape: 1,
        },
        onOff: false,
      }
  );
  const passes = input.passes ?? SEARCH_PASSES;
  const interactions = interactionFeatures(plan);
  const channelBase = fixed.length;
  const interactionBase = channelBase + 2 * plan.channels.length;
  const levelOf = (hyper: ChannelHyperparameters): Series => {
    const spec = channelFeatures(plan, { ...hyper, onOff: false })[0];
    const key = JSON.stringify(spec);
    let value = cache.get(key);
    if (!value && spec?.kind === "media") {
      const adstock = spec.adstock;
      value =
        adstock.kind === "geometric" && adstock.maxLag === ADSTOCK_MAX_LAG
          ? buildMedia(spec, raw(hyper.channel), adstockedAt(hyper.channel, adstock.decay))
          : buildMedia(spec, raw(hyper.channel));
      cache.set(key, value);
    }
    return value as Series;
  };
  const design: Series[] = [...fixedColumns];
  for (const hyper of current)
    design.push(
      levelOf(hyper),
      raw(hyper.channel).map((x) => (x > 0 ? 1 : 0))
    );
  const interactionColumn = (index: number): Series => {
    const spec = interactions[index];
    const lookup = (name: string): Series => {
      const channel = plan.channels.indexOf(name);
      if (channel >= 0) return design[channelBase + 2 * channel] as Series;
      return design[fixed.findIndex((feature) => feature.name === name)] as Series;
    };
    if (spec?.kind !== "interaction") return new Float64Array(y.length);
    const left = lookup(spec.left);
    const right = lookup(spec.right);
    return left.map((x, t) => x * (right[t] as number));
  };
  interactions.forEach((_, index) => design.push(interactionColumn(index)));
  const products: CrossProducts[] = folds.map((fold) =>
    crossProducts(
      design,
      y,
      input.activeWeeksOnly ? fold.train.filter((row) => (y[row] as number) > 0) : fold.train
    )
  );
  const featureKinds = [
    ...fixed,
    ...plan.channels.flatMap((channel) => [
      { kind: "media" as const, name: channel },
      { kind: "onOff" as const, name: `${channel}:on` },
    ]),
    ...interactions,
  ];
  const nonNegative = nonNegativeFlags(plan, featureKinds as never);
  const warmStarts = folds.map(() => new Float64Array(design.length));
  let alpha = SEARCH_ALPHA;
  let l1Ratio = 0;

  const scoreFolds = (): number[] => {
    const active = design.map((_, j) => {
      if (j < channelBase || j >= interactionBase) return true;
      const offset = j - channelBase;
      return offset % 2 === 0 || (current[Math.floor(offset / 2)]?.onOff ?? false);
    });
    return folds.map((fold, f) => {
      const fit = fitCrossProducts(products[f] as CrossProducts, {
        alpha,
        l1Ratio,
        nonNegative,
        active,
        warmStart: warmStarts[f] as Float64Array,
      });
      const predicted = predictRows(design, fit, fold.test);
      let sum = 0;
      fold.test.forEach((row, i) => {
        const off = input.activeWeeksOnly && !((y[row] as number) > 0);
        const positive = plan.floorAtZero
          ? Math.max(predicted[i] as number, 0)
          : (predicted[i] as number);
        const value = off ? 0 : positive;
        const error = value - (y[row] as number);
        sum += error * error;
      });
      return Math.sqrt(sum / Math.max(fold.test.length, 1));
    });
  };
  const mean = (values: readonly number[]) =>
    values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
  const install = (index: number, hyper: ChannelHyperparameters): void => {
    current = current.map((entry, i) => (i === index ? hyper : entry));
    const level = levelOf(hyper);
    design[channelBase + 2 * index] = level;
    replaceColumnInFolds(products, channelBase + 2 * index, level);
    interactions.forEach((spec, k) => {
      if (
        spec.kind === "interaction" &&
        (spec.left === hyper.channel || spec.right === hyper.channel)
      ) {
        const column = interactionColumn(k);
        design[interactionBase + k] = column;
        replaceColumnInFolds(products, interactionBase + k, column);
      }
    });
  };

  // Fold scores of the transforms in place, at the search's penalty: the first penalty candidate.
  let currentScores: readonly number[] = scoreFolds();
  const totalSteps = passes * plan.channels.length + 1;
  const pull = priorPull(y.length);
  let done = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (let index = 0; index < plan.channels.length; index++) {
      const channel = plan.channels[index] as string;
      const tried: ScoredCandidate[] = [];
      const evaluate = (candidate: ChannelHyperparameters): void => {
        install(index, candidate);
        const scores = scoreFolds();
        tried.push({ hyper: candidate, scores, mean: mean(scores) });
      };
      const bestTried = (): ChannelHyperparameters => chooseWithPrior(tried, 0, () => 0).hyper;
      const onOff = current[index]?.onOff ?? false;
      evaluate(current[index] as ChannelHyperparameters);
      for (const decay of DECAY_GRID) {
        for (const saturation of saturationGrid(decayed(channel, decay))) {
          evaluate({ channel, adstock: geometric(decay), saturation, onOff });
        }
      }
      for (const candidate of refinements(bestTried())) evaluate(candidate);
      if (input.onOffCandidates.has(channel)) {
        const top = bestTried();
        evaluate({ ...top, onOff: !top.onOff });
      }
      const units = new Map<number, number>();
      const unitAt = (decay: number): number => {
        let unit = units.get(decay);
        if (unit === undefined) {
          unit = meanNonzero(decayed(channel, decay));
          units.set(decay, unit);
        }
        return unit;
      };
      const chosen =
        pull > 0
          ? chooseWithPrior(tried, pull, (hyper) =>
              priorDistance(
                hyper,
                unitAt(hyper.adstock.kind === "geometric" ? hyper.adstock.decay : 0)
              )
            )
          : chooseWithPrior(tried, 0, () => 0);
      install(index, chosen.hyper);
      currentScores = chosen.scores;
      await input.step(++done, totalSteps);
    }
  }
  const penalties: ScoredCandidate<Penalty>[] = [];
  const scorePenalty = (): void => {
    const scores = scoreFolds();
    penalties.push({ hyper: { alpha, l1Ratio }, scores, mean: mean(scores) });
  };
  penalties.push({ hyper: { alpha, l1Ratio }, scores: currentScores, mean: mean(currentScores) });
  for (const ratio of L1_RATIO_GRID) {
    for (const candidateAlpha of ALPHA_GRID) {
      alpha = candidateAlpha;
      l1Ratio = ratio;
      scorePenalty();
    }
  }
  const bestPenalty = choosePenalty(penalties);
  alpha = bestPenalty.alpha;
  l1Ratio = bestPenalty.l1Ratio;
  const foldScores = scoreFolds();
  await input.step(++done, totalSteps);
  return {
    hyperparameters: {
      stage: plan.stage,
      channels: current,
      activeWeeksOnly: input.activeWeeksOnly,
      alpha,
      l1Ratio,
      cvScore: mean(foldScores),
    },
    foldScores,
  };
}

function saturationGrid(adstocked: Series): SaturationSpec[] {
  const unit = meanNonzero(adstocked);
  const grid: SaturationSpec[] = [{ kind: "none" }];
  for (const multiple of HALF_SATURATION_GRID)
    grid.push({ kind: "hill", halfSaturation: unit * multiple, shape: 1 });
  for (const shape of HILL_SHAPE_GRID) {
    if (shape !== 1) grid.push({ kind: "hill", halfSaturation: unit, shape });
  }
  return grid;
}

function refinements(best: ChannelHyperparameters): ChannelHyperparameters[] {
  const out: ChannelHyperparameters[] = [];
  if (best.adstock.kind === "geometric") {
    for (const delta of [-DECAY_REFINE_STEP, DECAY_REFINE_STEP]) {
      const decay = Math.round((best.adstock.decay + delta) * 1000) / 1000;
      if (decay >= 0 && decay <= MAX_DECAY && !DECAY_GRID.includes(decay)) {
        out.push({ ...best, adstock: geometric(decay) });
      }
    }
  }
  if (best.saturation.kind === "hill") {
    for (const factor of [1 / HALF_SATURATION_REFINE_FACTOR, HALF_SATURATION_REFINE_FACTOR]) {
      out.push({
        ...best,
        saturation: { ...best.saturation, halfSaturation: best.saturation.halfSaturation * factor },
      });
    }
  }
  return out;
}
