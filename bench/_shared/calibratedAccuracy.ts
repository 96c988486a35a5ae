import { bootstrapIntervals } from "../../src/core/analysis/bootstrapIntervals";
import { toDataset } from "../../src/core/data/toDataset";
import { fitMmm } from "../../src/core/attribution/fitMmm";
import { fitWithFixedHyperparameters } from "../../src/core/attribution/fitWithFixedHyperparameters";
import type { MmmResult } from "../../src/core/model/types";
import { simulateLiftTest } from "../../src/core/simulate/simulateLiftTest";
import { simulateMmmData } from "../../src/core/simulate/simulateMmmData";
import type { SimulationScenario } from "../../src/core/simulate/simulationScenarios";
import { REPLICATE_SEED_STEP, TARGET_WEEKS } from "./constants";
import { oracleHyperparameters } from "./oracleHyperparameters";

/** Weeks of the benchmark's one test per data set: a typical geo test's length. */
export const CALIBRATION_TEST_WEEKS = 8;

/**
 * Default standard error of the simulated test, as a fraction of its true lift (`--lift-se=` overrides): a
 * well-powered geo test. At 0.2 the test alone is off by a median 15.5%, and even a fit handed the true shapes reads
 * 14.5%, so issue 16's ≤ 10% for the tested channel is out of any estimator's reach there.
 */
export const CALIBRATION_RELATIVE_SE = 0.1;

/** Default bootstrap tuning of the line's coverage: the product's own (shapes re-tuned in every replicate). */
export const CALIBRATION_TUNING = "auto";

/**
 * Read-out weeks after the test's last week whose revenue its lift counts (`--readout-weeks=` overrides): a geo
 * test's usual cool-down, long enough for most of the carry-over of the simulator's decays to land.
 */
export const CALIBRATION_READOUT_WEEKS = 8;

/** Bootstrap replicates of the calibrated line's coverage (fewer than the product's 200, to keep the run short). */
export const CALIBRATION_COVERAGE_REPLICATES = 50;

/** Options of the calibrated line. */
export interface CalibratedLineOptions {
  /** The test's SE as a fraction of its true lift. @defaultValue CALIBRATION_RELATIVE_SE */
  readonly relativeStandardError?: number;
  /** Bootstrap tuning of the coverage: "fixed" (shapes held) or "auto" (the product's default). @defaultValue CALIBRATION_TUNING */
  readonly tuning?: "fixed" | "auto";
  /** Read-out weeks after the test. @defaultValue CALIBRATION_READOUT_WEEKS */
  readonly readoutWeeks?: number;
}

/** One data set's figures with and without its lift test. */
export interface CalibratedRecord {
  readonly label: string;
  /** Weeks of the data set (the targets are stated at 104). */
  readonly weeks: number;
  readonly tested: string;
  /** Per channel, |ROAS error| / |true ROAS| without and with the test. */
  readonly errors: readonly {
    readonly channel: string;
    readonly plain: number;
    readonly calibrated: number;
  }[];
  /** Per channel, whether the 90% ROAS interval held the true ROAS, without and with the test. */
  readonly covered: readonly { readonly plain: boolean; readonly calibrated: boolean }[];
  /** |measured − true lift| / |true lift|: the test's own error, the floor no calibration gets under. */
  readonly testError: number;
  /**
   * Tested channel's |ROAS error| / |true ROAS| of a fit handed the simulator's true shapes (the product's form and
   * penalty), without and with the test: what the test allows once the shapes are right.
   */
  readonly trueShapes: { readonly plain: number; readonly calibrated: number };
}

const relativeError = (
  effects: MmmResult["effects"]["channels"],
  channel: string,
  truth: number
): number => {
  const effect = effects.find((entry) => entry.channel === channel);
  return Math.abs(((effect?.roas ?? Number.NaN) - truth) / truth);
};

/**
 * Fits one scenario seed with and without one simulated 8-week lift test (SE 20% of its true lift by default) of
 * its largest-spend channel, in the middle of the training weeks, and scores ROAS errors and 90% coverage; and the
 * same with the true shapes, to tell the test's own noise from the shapes' error.
 */
export async function calibratedAccuracy(
  scenario: SimulationScenario,
  replicate: number,
  line: CalibratedLineOptions = {}
): Promise<CalibratedRecord> {
  const relativeStandardError = line.relativeStandardError ?? CALIBRATION_RELATIVE_SE;
  const seed = (scenario.options.seed ?? 0) + replicate * REPLICATE_SEED_STEP;
  const simulated = simulateMmmData({ ...scenario.options, seed });
  const read = toDataset(simulated.grid);
  if (!read.ok) throw new Error(`${scenario.name} does not ingest`);
  const dataset = read.dataset;
  const truth = simulated.truth;
  const tested = [...truth.channelNames].sort(
    (a, b) => (truth.channels[b]?.spend ?? 0) - (truth.channels[a]?.spend ?? 0)
  )[0] as string;
  const start = Math.floor(dataset.weeks.length * 0.4);
  const { test, trueLift } = simulateLiftTest(simulated, {
    channel: tested,
    start,
    end: start + CALIBRATION_TEST_WEEKS - 1,
    readoutEnd:
      start + CALIBRATION_TEST_WEEKS - 1 + (line.readoutWeeks ?? CALIBRATION_READOUT_WEEKS),
    relativeStandardError,
    seed,
  });
  const plain = await fitMmm(dataset);
  const calibrated = await fitMmm(dataset, { liftTests: [test] });
  const oracle = oracleHyperparameters(plain.hyperparameters, truth);
  const testedError = (effects: MmmResult["effects"]["channels"]) =>
    relativeError(effects, tested, truth.channels[tested]?.roas as number);
  const trueShapes = {
    plain: testedError(fitWithFixedHyperparameters(dataset, oracle).effects.channels),
    calibrated: testedError(
      fitWithFixedHyperparameters(dataset, oracle, { liftTests: [test] }).effects.channels
    ),
  };
  const options = {
    replicates: CALIBRATION_COVERAGE_REPLICATES,
    seed,
    tuning: line.tuning ?? CALIBRATION_TUNING,
  };
  const [plainIntervals, calibratedIntervals] = [
    await bootstrapIntervals(dataset, plain, options),
    await bootstrapIntervals(dataset, calibrated, options),
  ];
  const channels = truth.channelNames.filter((name) => (truth.channels[name]?.roas ?? 0) !== 0);
  const holds = (intervals: typeof plainIntervals, channel: string): boolean => {
    const roas = intervals.observed.channels.find((entry) => entry.channel === channel)?.roas;
    const value = truth.channels[channel]?.roas ?? Number.NaN;
    return roas !== null && roas !== undefined && roas.lower <= value && value <= roas.upper;
  };
  return {
    label: replicate > 0 ? `${scenario.name}#${replicate + 1}` : scenario.name,
    weeks: dataset.weeks.length,
    tested,
    errors: channels.map((channel) => ({
      channel,
      plain: relativeError(
        plain.effects.channels,
        channel,
        truth.channels[channel]?.roas as number
      ),
      calibrated: relativeError(
        calibrated.effects.channels,
        channel,
        truth.channels[channel]?.roas as number
      ),
    })),
    covered: channels.map((channel) => ({
      plain: holds(plainIntervals, channel),
      calibrated: holds(calibratedIntervals, channel),
    })),
    testError: Math.abs(((test.lift ?? 0) - trueLift) / trueLift),
    trueShapes,
  };
}

const median = (values: readonly number[]): number => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The calibrated line: medians of ROAS error (tested channel, all channels) and coverage, without → with. */
export function calibratedSummary(
  records: readonly CalibratedRecord[],
  line: CalibratedLineOptions = {}
): string {
  const relativeStandardError = line.relativeStandardError ?? CALIBRATION_RELATIVE_SE;
  const testedErrors = records.map((r) => r.errors.find((e) => e.channel === r.tested));
  const pick = (which: "plain" | "calibrated") => ({
    tested: median(testedErrors.flatMap((e) => (e ? [e[which]] : []))),
    all: median(records.flatMap((r) => r.errors.map((e) => e[which]))),
    coverage:
      records.flatMap((r) => r.covered.map((c) => c[which])).filter(Boolean).length /
      Math.max(1, records.flatMap((r) => r.covered).length),
    trueShapes: median(records.map((r) => r.trueShapes[which])),
  });
  const plain = pick("plain");
  const calibrated = pick("calibrated");
  const pct = (value: number) => `${(100 * value).toFixed(1)}%`;
  const atTarget = records.filter((r) => r.weeks === TARGET_WEEKS);
  const targetLine =
    atTarget.length > 0 && atTarget.length < records.length
      ? (() => {
          const tested = (which: "plain" | "calibrated") =>
            median(
              atTarget.flatMap((r) => {
                const e = r.errors.find((x) => x.channel === r.tested);
                return e ? [e[which]] : [];
              })
            );
          const all = (which: "plain" | "calibrated") =>
            median(atTarget.flatMap((r) => r.errors.map((e) => e[which])));
          return (
            `  at ${TARGET_WEEKS} weeks only (${atTarget.length} data sets): tested channel ${pct(tested("plain"))} → ` +
            `${pct(tested("calibrated"))}, all channels ${pct(all("plain"))} → ${pct(all("calibrated"))}\n`
          );
        })()
      : "";
  return (
    `Calibrated line (${records.length} data sets, one ${CALIBRATION_TEST_WEEKS}-week test of the largest-spend ` +
    `channel each, read-out ${line.readoutWeeks ?? CALIBRATION_READOUT_WEEKS} weeks after it, SE ${pct(relativeStandardError)} of its true lift; coverage from ${CALIBRATION_COVERAGE_REPLICATES} ${line.tuning ?? CALIBRATION_TUNING}-tuning replicates)\n` +
    `  median ROAS error, tested channel: ${pct(plain.tested)} without → ${pct(calibrated.tested)} with the test\n` +
    `  median ROAS error, all channels:   ${pct(plain.all)} without → ${pct(calibrated.all)} with the test\n` +
    `  90% ROAS interval coverage:        ${pct(plain.coverage)} without → ${pct(calibrated.coverage)} with the test\n` +
    `  the test's own median lift error:  ${pct(median(records.map((r) => r.testError)))} (a floor for the tested channel)\n` +
    `  tested channel with the true shapes: ${pct(plain.trueShapes)} without → ${pct(calibrated.trueShapes)} with the test\n` +
    targetLine
  );
}
