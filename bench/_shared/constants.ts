/**
 * Settings and targets of the benchmarks (bench/accuracy.ts, bench/speed.ts), each with its source.
 */

/**
 * A channel whose true total effect is below this share of total revenue is "tiny" and reported apart: at 4%
 * weekly revenue noise over 104 weeks the standard error of such a total is about 0.04 / (0.01 · √104) ≈ 40% of
 * it even with the true shapes known, so its relative error says more about noise than about the model, and the
 * honest answer there is a wide interval.
 */
export const TINY_EFFECT_SHARE = 0.01;

/**
 * Seeds per scenario in a full run: the scenario's own and 19 more (seed + 1000, + 2000, …), 780 data sets (28
 * scenarios and 11 of them over 260 weeks) in about two minutes. Three seeds left the target medians at the mercy
 * of the draw: the median of the two 260-week scenarios (four CV folds) read 15.2% on 3 seeds, 18.0% on 5, 19.2% on
 * 10 and 22.8% on 20 (the 104-week one 25.1%, 23.7%, 24.6%, 25.5%).
 */
export const FULL_RUN_SEEDS = 20;

/** Step between a scenario's extra seeds (far from every scenario's own seed, 101–128). */
export const REPLICATE_SEED_STEP = 1000;

/** Target (issue "The mediation model"): median relative error of total ROAS at 104 weeks and 4% noise. */
export const TARGET_ROAS_ERROR_104 = 0.25;

/** Target: the product's median ROAS error at 104 weeks and 4% noise at most this far above the oracle's. */
export const TARGET_ORACLE_GAP = 0.05;

/** Target: median relative error of total ROAS at 260 weeks (and 4% noise, as the 104-week target). */
export const TARGET_ROAS_ERROR_260 = 0.15;

/** Target: median absolute error of share mediated (all non-tiny channels). */
export const TARGET_SHARE_ERROR = 0.1;

/** Noise level of both ROAS targets (revenue noise sd as a fraction of revenue). */
export const TARGET_NOISE = 0.04;

/** Length of the first ROAS target's data sets (weeks). */
export const TARGET_WEEKS = 104;

/** Length of the second ROAS target's data sets (weeks): the first target's scenarios are also run this long. */
export const LONG_TARGET_WEEKS = 260;

/** Scenarios of `--quick` (for tuning): default, the 260-week one, mixed paths, full mediation, long carry-over, strong saturation. */
export const QUICK_SCENARIOS: readonly string[] = [
  "default",
  "five-years",
  "mixed-paths",
  "fully-mediated",
  "long-carryover",
  "strong-saturation",
];

/** Speed targets (seconds) of one whole fit, search included. */
export const TARGET_FIT_SECONDS_SMALL = 0.5;
export const TARGET_FIT_SECONDS_LARGE = 5;
/** Speed target (seconds) of 200 bootstrap replicates at 104 weeks × 4 channels. */
export const TARGET_BOOTSTRAP_SECONDS = 15;
/** Memory target (MB) of the resident set during the speed runs. */
export const TARGET_PEAK_MB = 300;

/** Timed runs per case (the median is reported) after one warm-up run. */
export const SPEED_REPEATS = 5;

/** Timed bootstrap runs per case (each takes seconds; 3 keeps the whole speed bench within a few minutes). */
export const BOOTSTRAP_REPEATS = 3;

/** Issue 15's targets for whole runner processes (seconds, wall): the real data set on 4 cores. */
export const TARGET_REAL_DATA_SECONDS = 3;
/** Cores the real-data target is stated for. */
export const TARGET_REAL_DATA_CORES = 4;
/** Most the runner may take over the seeds' whole Python process on the same data and machine. */
export const TARGET_PYTHON_RATIO = 2.5;
/** 520 weeks × 12 channels with default options, whole process. */
export const TARGET_LARGE_RUN_SECONDS = 10;
/** 2,000 weeks × 5 channels with default options, whole process. */
export const TARGET_LONG_RUN_SECONDS = 15;
/** Timed runner processes per case (each takes seconds) after one warm-up. */
export const RUNNER_REPEATS = 3;
