/**
 * Health-verdict benchmark: does `assessHealth` say "review" or "fail" on simulated data built to be hard and "pass"
 * on data built to be easy? Printed figures only; never part of `npm test`.
 *
 * Run: npm run bench:health                   (3 seeds per scenario, 20 bootstrap replicates, default tuning)
 *      npm run bench:health -- --seeds=1 --replicates=0   (quick: no intervals)
 *
 * Each data set runs the product's pipeline steps (fitMmm → bootstrapIntervals → diagnoseFit) and then
 * assessHealth. Few bootstrap replicates keep it quick (20 by default): percentile intervals from 20 replicates are
 * rough, which the interval-width check tolerates because it only compares the width with the estimate.
 *
 * Labels: "hard" = the simulator's `always-on` (every channel always on, spend series hard to tell apart) plus two
 * data sets made here because the scenario list has none: `too-few-weeks` (the default set-up over 40 weeks) and
 * `collinear-pair` (snapchat has no effect and its spend column is replaced by 0.75 × tiktok's with 5% noise, so the
 * data cannot say which of the two drives revenue; revenue stays consistent because snapchat's true effect is 0).
 * "easy" = set-ups that vary effect sizes or paths on well-behaved data; every one keeps the default always-on
 * facebook, so each is run again as "easy-flighted" with facebook on in 60% of weeks. The rest ("other": noisy, long carry-over,
 * S-curves, rarely-on channels…) are printed without an expectation.
 */
import { performance } from "perf_hooks";
import { bootstrapIntervals } from "../src/core/analysis/bootstrapIntervals";
import { diagnoseFit } from "../src/core/analysis/diagnoseFit";
import type { FitDiagnostics, Intervals } from "../src/core/analysis/types";
import { toDataset } from "../src/core/data/toDataset";
import { assessHealth } from "../src/core/health/assessHealth";
import type { HealthVerdict } from "../src/core/health/types";
import { fitMmm } from "../src/core/attribution/fitMmm";
import { createRandom } from "../src/core/random/createRandom";
import { simulateMmmData } from "../src/core/simulate/simulateMmmData";
import {
  SIMULATION_SCENARIOS,
  type SimulationScenario,
} from "../src/core/simulate/simulationScenarios";
import type { SimulationOptions } from "../src/core/simulate/simulationOptions";
import type { Dataset } from "../src/core/types";
import { REPLICATE_SEED_STEP } from "./_shared/constants";
import { formatTable } from "./_shared/formatTable";

type Label = "hard" | "easy" | "easy-flighted" | "other";

/** Scenarios of SIMULATION_SCENARIOS built to be easy: benign data, only effect sizes or paths vary. */
const EASY = new Set([
  "default",
  "three-years",
  "five-years",
  "low-noise",
  "no-carryover",
  "nearly-linear",
  "flat-base",
  "two-channels",
  "strong-price-promo",
  "no-mediation",
  "fully-mediated",
  "strong-google",
]);
/** Scenarios of SIMULATION_SCENARIOS built to be hard to identify. */
const HARD = new Set(["always-on"]);

/**
 * Share of weeks facebook is on in the flighted copies of the easy set-ups. Every scenario keeps the default
 * always-on facebook (the largest channel), whose total effect the data cannot pin down; 0.6 gives it about 40 weeks
 * off in 104, like the other channels' flighting.
 */
const FLIGHTED_SHARE = 0.6;
const DEFAULT_SOCIAL = ["facebook_spend", "tiktok_spend", "instagram_spend", "snapchat_spend"];

/** The same set-up with facebook flighted instead of always on. */
function flighted(options: SimulationOptions): SimulationOptions {
  const channels = (options.channels ?? DEFAULT_SOCIAL.map((name) => ({ name }))).map((c) =>
    c.name === "facebook_spend" ? { ...c, activeShare: FLIGHTED_SHARE } : c
  );
  return { ...options, channels };
}

/** Weeks of the too-few-weeks data set: 40 weeks for about 36 parameters. */
const SHORT_WEEKS = 40;
/** Scale and relative noise of the copied spend column of the collinear-pair data set. */
const COPY_SCALE = 0.75;
const COPY_NOISE = 0.05;

interface BenchData {
  readonly name: string;
  readonly label: Label;
  readonly dataset: Dataset;
}

function read(grid: unknown[][], name: string): Dataset {
  const result = toDataset(grid);
  if (!result.ok) throw new Error(`${name} does not pass ingestion`);
  return result.dataset;
}

/** The dead-channel set-up at 104 weeks with snapchat's spend replaced by a noisy copy of tiktok's. */
function collinearPair(seed: number): unknown[][] {
  const dead = SIMULATION_SCENARIOS.find((s) => s.name === "dead-channel") as SimulationScenario;
  const grid = simulateMmmData({ ...dead.options, weeks: 104, seed }).grid;
  const header = grid[0] as string[];
  const from = header.indexOf("tiktok_spend");
  const to = header.indexOf("snapchat_spend");
  const random = createRandom(seed);
  return grid.map((row, r) => {
    if (r === 0) return row;
    const copy = [...row];
    const noise = 1 + COPY_NOISE * (2 * random() - 1) * Math.sqrt(3);
    copy[to] = Math.round((row[from] as number) * COPY_SCALE * noise * 100) / 100;
    return copy;
  });
}

function dataSets(seeds: number): BenchData[] {
  const out: BenchData[] = [];
  for (let r = 0; r < seeds; r++) {
    const offset = r * REPLICATE_SEED_STEP;
    for (const s of SIMULATION_SCENARIOS) {
      const seed = (s.options.seed ?? 0) + offset;
      out.push({
        name: s.name,
        label: HARD.has(s.name) ? "hard" : EASY.has(s.name) ? "easy" : "other",
        dataset: read(simulateMmmData({ ...s.options, seed }).grid, s.name),
      });
      if (EASY.has(s.name)) {
        out.push({
          name: `${s.name}+flighted`,
          label: "easy-flighted",
          dataset: read(simulateMmmData(flighted({ ...s.options, seed })).grid, s.name),
        });
      }
    }
    const short = simulateMmmData({ seed: 201 + offset, weeks: SHORT_WEEKS }).grid;
    out.push({ name: "too-few-weeks", label: "hard", dataset: read(short, "too-few-weeks") });
    out.push({
      name: "collinear-pair",
      label: "hard",
      dataset: read(collinearPair(202 + offset), "collinear-pair"),
    });
  }
  return out;
}

function flag(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split("=")[1]) : fallback;
}

async function main(): Promise<void> {
  const seeds = flag("seeds", 3);
  const replicates = flag("replicates", 20);
  console.log(
    `Health verdict on the simulator: ${seeds} seed(s) per scenario, ${replicates} bootstrap replicates ` +
      `(default tuning), diagnoseFit with defaults.\n`
  );
  const rows: { data: BenchData; verdict: HealthVerdict }[] = [];
  const started = performance.now();
  for (const data of dataSets(seeds)) {
    const result = await fitMmm(data.dataset);
    let intervals: Intervals | null = null;
    if (replicates >= 2) intervals = await bootstrapIntervals(data.dataset, result, { replicates });
    let diagnostics: FitDiagnostics | null = null;
    try {
      diagnostics = diagnoseFit(data.dataset, result);
    } catch {
      diagnostics = null; // too short for the stability windows: the verdict runs without diagnostics, as a pipeline would
    }
    const verdict = assessHealth({ dataset: data.dataset, result, intervals, diagnostics });
    rows.push({ data, verdict });
    const drivers = verdict.drivers.map((d) => `${d.kind}:${d.status}`).join(", ");
    console.log(
      `${data.name.padEnd(30)} ${data.label.padEnd(13)} ${verdict.status.padEnd(6)} ` +
        `score ${verdict.score.toFixed(2)}  holdout/naive ${verdict.holdout?.ratio.toFixed(2) ?? "–"}  ${drivers}`
    );
  }
  const seconds = (performance.now() - started) / 1000;
  const labels: Label[] = ["hard", "easy", "easy-flighted", "other"];
  const statuses = ["pass", "review", "fail"] as const;
  const table = labels.map((label) => {
    const mine = rows.filter((r) => r.data.label === label);
    return [
      label,
      String(mine.length),
      ...statuses.map((s) => String(mine.filter((r) => r.verdict.status === s).length)),
    ];
  });
  console.log(
    `\nConfusion table (expected × verdict), ${rows.length} data sets, ${seconds.toFixed(0)} s:`
  );
  console.log(formatTable(["expected", "data sets", "pass", "review", "fail"], table));
  // How often each kind of check is not a pass, by label: a check that fires as often on easy data as on hard data
  // carries no evidence, which is what its weight should reflect.
  const allKinds = [...new Set(rows.flatMap((r) => r.verdict.findings.map((f) => f.kind)))].sort();
  const rate = allKinds.map((kind) => [
    kind,
    ...labels.map((label) => {
      const mine = rows.filter((r) => r.data.label === label);
      const hit = mine.filter((r) => r.verdict.findings.some((f) => f.kind === kind)).length;
      return `${hit}/${mine.length}`;
    }),
  ]);
  console.log("\nData sets where each kind of check is review or fail, by label:");
  console.log(formatTable(["kind", ...labels], rate));
  const kinds = new Map<string, number>();
  for (const r of rows)
    for (const d of r.verdict.drivers) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
  console.log(
    "\nHow often each kind drives a verdict:",
    [...kinds.entries()].map(([k, v]) => `${k} ${v}`).join(", ")
  );
}

void main();
