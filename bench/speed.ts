/**
 * Speed benchmark (printed figures only; never part of `npm test`). Run: npm run bench:speed [-- --targets-only]
 *
 * First issue 15's targets on whole runner processes (bench/_shared/runnerTargets.ts): the real data set at 1
 * thread, at the machine's cores and at 4 threads beside its point-estimate run; 520 × 12 and 2,000 × 5 with
 * default options; a 10,000-week table. Then the engine alone, in this process:
 *
 * Cases: 104 weeks × 4 social channels (the default simulation) and 520 weeks × 12 channels; each the median of
 * SPEED_REPEATS runs after one warm-up, wall time and process CPU time (the machine may be shared: CPU time and
 * the ratio to a baseline measured in the same process are the steadier figures). Peak memory is the largest
 * rss and heapUsed sampled during the runs. Bootstrap: 50/100/200 replicates at 104 weeks and 200 at 208 weeks.
 */
import { cpus, loadavg } from "os";
import { plainTwoStage } from "../src/core/baseline/plainTwoStage";
import { bootstrapIntervals } from "../src/core/analysis/bootstrapIntervals";
import { fitMmm } from "../src/core/attribution/fitMmm";
import type { MmmResult } from "../src/core/model/types";
import { fitOls } from "../src/core/regression/fitOls";
import type { Dataset } from "../src/core/types";
import {
  BOOTSTRAP_REPEATS,
  SPEED_REPEATS,
  TARGET_BOOTSTRAP_SECONDS,
  TARGET_FIT_SECONDS_LARGE,
  TARGET_FIT_SECONDS_SMALL,
  TARGET_PEAK_MB,
} from "./_shared/constants";
import type { BootstrapTuning } from "../src/core/analysis/types";
import { codeVersion } from "./_shared/codeVersion";
import { formatTable } from "./_shared/formatTable";
import { startMemorySampler, timeRuns, type Timing } from "./_shared/measure";
import { simulateScenario } from "./_shared/simulateScenario";
import { DEFAULT_SOCIAL, EXTRA_CHANNELS, runnerTargets } from "./_shared/runnerTargets";
import type { ChannelSimulationOptions } from "../src/core/simulate/simulationOptions";

function simulated(name: string, weeks: number, channels?: readonly ChannelSimulationOptions[]) {
  return simulateScenario({
    name,
    description: name,
    options: { seed: 2026, weeks, ...(channels ? { channels } : {}) },
  }).dataset;
}

/** One plain OLS of the outcome on the raw social, mediator and control columns: the cheapest sensible fit. */
function olsBaseline(dataset: Dataset) {
  const { roles, columns } = dataset;
  const names = [...roles.social, ...(roles.mediator ? [roles.mediator] : []), ...roles.controls];
  const n = dataset.weeks.length;
  const X = Array.from({ length: n }, (_, t) => names.map((name) => columns[name]?.[t] ?? 0));
  return fitOls(X, columns[roles.outcome] as Float64Array, { intercept: true });
}

const seconds = (value: number) => `${value.toFixed(value < 0.1 ? 4 : 2)} s`;
const verdict = (value: number, limit: number) => (value <= limit ? "PASS" : "MISS");
/** Verdict on wall time and on CPU time (wall counts waits for a core on a shared machine; CPU does not). */
const verdicts = (timing: Timing, limit: number) =>
  `${verdict(timing.wallMedian, limit)} / ${verdict(timing.cpuMedian, limit)}`;

async function main(): Promise<void> {
  const targets = runnerTargets();
  process.stdout.write(targets.join("\n") + "\n\n");
  if (process.argv.includes("--targets-only")) return;
  const sampler = startMemorySampler();
  const hooks = { onProgress: () => sampler.sample() };
  const rows: string[][] = [];
  const fitRow = async (label: string, dataset: Dataset, limit: number) => {
    const fit = await timeRuns(SPEED_REPEATS, 1, () => fitMmm(dataset, {}, hooks));
    const plain = await timeRuns(SPEED_REPEATS, 1, () => plainTwoStage(dataset));
    const ols = await timeRuns(SPEED_REPEATS, 1, () => olsBaseline(dataset));
    rows.push([
      label,
      seconds(fit.wallMedian),
      seconds(fit.cpuMedian),
      `< ${limit} s`,
      verdicts(fit, limit),
      `${(fit.cpuMedian / plain.cpuMedian).toFixed(0)}×`,
      `${(fit.cpuMedian / ols.cpuMedian).toFixed(0)}×`,
      fit.walls.map((w) => w.toFixed(2)).join(" "),
    ]);
    process.stderr.write(`${label} done\n`);
    return fit;
  };
  const small = simulated("speed-small", 104);
  const large = simulated("speed-large", 520, [...DEFAULT_SOCIAL, ...EXTRA_CHANNELS]);
  const smallFit = await fitRow("fit 104 wk × 4 channels", small, TARGET_FIT_SECONDS_SMALL);
  const largeFit = await fitRow("fit 520 wk × 12 channels", large, TARGET_FIT_SECONDS_LARGE);
  const fitMemory = sampler.stop();

  const bootSampler = startMemorySampler();
  const bootHooks = { onProgress: () => bootSampler.sample() };
  const bootRows: string[][] = [];
  const result104: MmmResult = await fitMmm(small);
  const medium = simulated("speed-208", 208);
  const result208: MmmResult = await fitMmm(medium);
  const resultLarge: MmmResult = await fitMmm(large);
  const bootCases: {
    label: string;
    dataset: Dataset;
    result: MmmResult;
    replicates: number;
    tuning: BootstrapTuning;
  }[] = [
    { label: "104 wk × 4", dataset: small, result: result104, replicates: 50, tuning: "auto" },
    { label: "104 wk × 4", dataset: small, result: result104, replicates: 100, tuning: "auto" },
    { label: "104 wk × 4", dataset: small, result: result104, replicates: 200, tuning: "auto" },
    { label: "208 wk × 4", dataset: medium, result: result208, replicates: 200, tuning: "auto" },
    { label: "104 wk × 4", dataset: small, result: result104, replicates: 200, tuning: "fixed" },
    { label: "520 wk × 12", dataset: large, result: resultLarge, replicates: 50, tuning: "auto" },
  ];
  const bootTimings: Timing[] = [];
  for (const entry of bootCases) {
    let tuning = "";
    const timing = await timeRuns(BOOTSTRAP_REPEATS, 1, async () => {
      const intervals = await bootstrapIntervals(
        entry.dataset,
        entry.result,
        { replicates: entry.replicates, seed: 1, tuning: entry.tuning },
        bootHooks
      );
      tuning = entry.tuning === "auto" ? `auto → ${intervals.tuning}` : intervals.tuning;
      return intervals;
    });
    bootTimings.push(timing);
    const is200at104 =
      entry.label.startsWith("104") && entry.replicates === 200 && entry.tuning === "auto";
    bootRows.push([
      `bootstrap ${entry.label} channels, ${entry.replicates} replicates, ${tuning}`,
      seconds(timing.wallMedian),
      seconds(timing.cpuMedian),
      `${((1000 * timing.cpuMedian) / entry.replicates).toFixed(1)} ms CPU`,
      is200at104 ? `< ${TARGET_BOOTSTRAP_SECONDS} s` : "",
      is200at104 ? verdicts(timing, TARGET_BOOTSTRAP_SECONDS) : "",
    ]);
    process.stderr.write(`bootstrap ${entry.label} ${entry.replicates} ${entry.tuning} done\n`);
  }
  const bootMemory = bootSampler.stop();
  const peakRss = Math.max(fitMemory.rssMb, bootMemory.rssMb);
  const peakHeap = Math.max(fitMemory.heapUsedMb, bootMemory.heapUsedMb);

  const out = [
    `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
      .map((v) => v.toFixed(1))
      .join(" ")} at the end; median of ${SPEED_REPEATS} runs after 1 warm-up; ${codeVersion()}`,
    "Ratios are CPU time over the baseline's CPU time in the same process (steady under load).",
    "",
    formatTable(
      [
        "case",
        "wall",
        "CPU",
        "target",
        "wall / CPU",
        "÷ plain two-stage",
        "÷ one OLS",
        "wall of each run (s)",
      ],
      rows
    ),
    "",
    `Bootstrap (median of ${BOOTSTRAP_REPEATS} after 1 warm-up; "auto" re-tunes the hyperparameters in every replicate ` +
      "up to 1,600 weeks × channels and holds them fixed above)",
    formatTable(["case", "wall", "CPU", "per replicate", "target", "wall / CPU"], bootRows),
    "",
    formatTable(
      ["memory (peak during the runs)", "MB", "target", "verdict"],
      [
        ["rss, fits", fitMemory.rssMb.toFixed(0), "", ""],
        ["rss, bootstrap", bootMemory.rssMb.toFixed(0), "", ""],
        [
          "rss, overall",
          peakRss.toFixed(0),
          `< ${TARGET_PEAK_MB}`,
          verdict(peakRss, TARGET_PEAK_MB),
        ],
        ["heapUsed, overall", peakHeap.toFixed(0), "", ""],
      ]
    ),
    "",
    `Large/small fit ratio (CPU): ${(largeFit.cpuMedian / smallFit.cpuMedian).toFixed(1)}× for 5× weeks and 3× channels; ` +
      `bootstrap 200/50 replicates: ${((bootTimings[2]?.cpuMedian ?? NaN) / (bootTimings[0]?.cpuMedian ?? NaN)).toFixed(1)}×, ` +
      `208/104 weeks: ${((bootTimings[3]?.cpuMedian ?? NaN) / (bootTimings[2]?.cpuMedian ?? NaN)).toFixed(1)}×, ` +
      `re-tuned/fixed at 104 weeks: ${((bootTimings[2]?.cpuMedian ?? NaN) / (bootTimings[4]?.cpuMedian ?? NaN)).toFixed(1)}×`,
  ];
  process.stdout.write(out.join("\n") + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  );
  process.exitCode = 1;
});
