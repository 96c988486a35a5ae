import { mkdtempSync, writeFileSync, existsSync } from "fs";
import { cpus, tmpdir } from "os";
import { join } from "path";
import Papa from "papaparse";
import { simulateMmmData } from "../../src/core/simulate";
import type { ChannelSimulationOptions } from "../../src/core/simulate/simulationOptions";
import {
  RUNNER_REPEATS,
  TARGET_LARGE_RUN_SECONDS,
  TARGET_LONG_RUN_SECONDS,
  TARGET_PEAK_MB,
  TARGET_PYTHON_RATIO,
  TARGET_REAL_DATA_CORES,
  TARGET_REAL_DATA_SECONDS,
} from "./constants";
import { formatTable } from "./formatTable";
import { longTable } from "./longTable";
import { commandProcess, timeProcess, timeRunner, type ProcessTiming } from "./runnerProcess";

/** The real data set beside the repository (skipped with a message when absent). */
const REAL_DATA = join(__dirname, "..", "..", "..", "shared", "data", "mmm_weekly_assessment.csv");

/** Eight channels beside the simulator's four for the 12-channel case (varied decays and strengths). */
export const EXTRA_CHANNELS: readonly ChannelSimulationOptions[] = [
  "pinterest",
  "youtube",
  "linkedin",
  "reddit",
  "twitch",
  "spotify",
  "display",
  "podcast",
].map((name, i) => ({
  name: `${name}_spend`,
  decay: 0.1 * (i % 7),
  mediatedStrength: 400 + 100 * i,
}));

export const DEFAULT_SOCIAL: readonly ChannelSimulationOptions[] = [
  { name: "facebook_spend" },
  { name: "tiktok_spend" },
  { name: "instagram_spend" },
  { name: "snapchat_spend" },
];

const seconds = (value: number) => `${value.toFixed(2)} s`;
const verdict = (value: number, limit: number) =>
  Number.isFinite(value) ? (value <= limit ? "PASS" : "MISS") : "n/a";

function writeCsv(folder: string, name: string, grid: unknown[][]): string {
  const path = join(folder, name);
  writeFileSync(path, Papa.unparse(grid));
  return path;
}

/**
 * Issue 15's targets, measured on whole runner processes (`node bin/mmm.cjs fit …`, what a user runs): the real
 * data set at 1 thread, at this machine's cores and at 4 threads, with the point-estimate run as the baseline of
 * the same process; 520 × 12 and 2,000 × 5 with default options; a 10,000-week table. The seeds' Python process
 * is timed when `MMM_BENCH_PYTHON` gives its command (`{csv}` stands for the data file).
 * @returns the printed lines
 */
export function runnerTargets(): string[] {
  const cores = cpus().length;
  const folder = mkdtempSync(join(tmpdir(), "mmm-speed-"));
  const rows: string[][] = [];
  const row = (label: string, timing: ProcessTiming, target: string, check: string) =>
    rows.push([
      label,
      seconds(timing.wallMedian),
      seconds(timing.cpuMedian),
      `${timing.peakMb.toFixed(0)} MB`,
      target,
      check,
      timing.runs.map((run) => run.wallSeconds.toFixed(2)).join(" "),
    ]);
  const lines: string[] = [];
  if (existsSync(REAL_DATA)) {
    const fit = (threads: number, replicates?: number) =>
      timeRunner(RUNNER_REPEATS, [
        "fit",
        REAL_DATA,
        "--quiet",
        "--threads",
        String(threads),
        ...(replicates === undefined ? [] : ["--replicates", String(replicates)]),
      ]);
    const point = fit(1, 0);
    row("real data, point estimates only (--replicates 0)", point, "", "");
    const one = fit(1);
    row("real data, default (200 re-tuned replicates), 1 thread", one, "", "");
    const atCores = fit(cores);
    row(`real data, default, ${cores} threads (this machine's cores)`, atCores, "", "");
    const four = fit(TARGET_REAL_DATA_CORES);
    row(
      `real data, default, ${TARGET_REAL_DATA_CORES} threads on ${cores} cores`,
      four,
      cores >= TARGET_REAL_DATA_CORES ? `≤ ${TARGET_REAL_DATA_SECONDS} s` : "",
      cores >= TARGET_REAL_DATA_CORES ? verdict(four.wallMedian, TARGET_REAL_DATA_SECONDS) : ""
    );
    // The replicates are the only parallel part: on 4 free cores they take a quarter of their 1-thread time.
    const estimate =
      point.wallMedian + (one.wallMedian - point.wallMedian) / TARGET_REAL_DATA_CORES;
    lines.push(
      `Estimate for ${TARGET_REAL_DATA_CORES} free cores (point run + the 1-thread replicate time ÷ ${TARGET_REAL_DATA_CORES}): ` +
        `${seconds(estimate)} against ≤ ${TARGET_REAL_DATA_SECONDS} s: ${verdict(estimate, TARGET_REAL_DATA_SECONDS)}` +
        (cores < TARGET_REAL_DATA_CORES
          ? ` (this machine has ${cores} cores: an estimate, not a measurement)`
          : ""),
      `Intervals cost ${(one.cpuMedian / point.cpuMedian).toFixed(1)}× the point run's CPU; ${cores} threads run ` +
        `${(one.wallMedian / atCores.wallMedian).toFixed(2)}× faster than 1 (wall).`
    );
    const python = process.env.MMM_BENCH_PYTHON;
    if (python) {
      const argv = python.split(" ").map((part) => part.replace("{csv}", REAL_DATA));
      const seeds = timeProcess(RUNNER_REPEATS, () => commandProcess(argv));
      row("seeds' Python process, same data", seeds, "", "");
      const ratio = four.wallMedian / seeds.wallMedian;
      lines.push(
        `Runner (${TARGET_REAL_DATA_CORES} threads) ÷ Python: ${ratio.toFixed(2)}× (target ≤ ${TARGET_PYTHON_RATIO}×): ${verdict(ratio, TARGET_PYTHON_RATIO)}`
      );
    } else {
      lines.push(
        "The seeds' Python process is not in this workplace: set MMM_BENCH_PYTHON='python3 seed.py {csv}' to time it beside the runner."
      );
    }
  } else {
    lines.push(`The real data set is not at ${REAL_DATA}: its rows are skipped.`);
  }
  const large = writeCsv(
    folder,
    "large.csv",
    simulateMmmData({ seed: 2026, weeks: 520, channels: [...DEFAULT_SOCIAL, ...EXTRA_CHANNELS] })
      .grid
  );
  const largeRun = timeRunner(RUNNER_REPEATS, [
    "fit",
    large,
    "--quiet",
    "--threads",
    String(cores),
  ]);
  row(
    `520 wk × 12 channels, default, ${cores} threads`,
    largeRun,
    `≤ ${TARGET_LARGE_RUN_SECONDS} s, < ${TARGET_PEAK_MB} MB`,
    `${verdict(largeRun.wallMedian, TARGET_LARGE_RUN_SECONDS)} / ${verdict(largeRun.peakMb, TARGET_PEAK_MB)}`
  );
  const long = writeCsv(folder, "long.csv", longTable(2000));
  const longRun = timeRunner(RUNNER_REPEATS, ["fit", long, "--quiet", "--threads", String(cores)]);
  row(
    `2,000 wk × 5 channels, default, ${cores} threads`,
    longRun,
    `≤ ${TARGET_LONG_RUN_SECONDS} s`,
    verdict(longRun.wallMedian, TARGET_LONG_RUN_SECONDS)
  );
  const huge = writeCsv(folder, "huge.csv", longTable(10_000));
  const hugeRun = timeRunner(1, ["fit", huge, "--quiet"]);
  row("10,000 wk × 5 channels", hugeRun, "answers, no hang", `exit ${hugeRun.runs[0]?.exitCode}`);
  lines.push(`10,000 weeks: "${hugeRun.runs[0]?.firstErrorLine.trim()}"`);
  return [
    `Whole runner processes (node bin/mmm.cjs fit …; median of ${RUNNER_REPEATS} after 1 warm-up; CPU and peak memory from GNU time, worker threads included)`,
    formatTable(
      ["case", "wall", "CPU", "peak memory", "target", "verdict", "wall of each run (s)"],
      rows
    ),
    ...lines,
  ];
}
