/**
 * Accuracy and speed figures of src/core/analysis (printed only; never part of `npm test`).
 * Run: npx tsx bench/analysis.ts [accuracy|speed|all] [--replicates 200] [--scenarios 28] [--seeds 1] [--tuning auto|retuned|fixed]
 *
 * accuracy: over the simulator's SIMULATION_SCENARIOS, (1) how often the 90% bootstrap interval of each channel's
 * total ROAS contains the TRUE ROAS (target 80%–95%), and (2) the budget plan's TRUE revenue net of the google spend
 * it induces (truth.expectedRevenue minus the structural model's google spend over the plan's 13 weeks; the objective
 * the plan maximises) against the true net optimum, found by allocateBudget on the true net response curves with the
 * same bounds and total (target: within 2%). The plan that ignores induced spend (`inducedSpendAsCost: false`) is
 * scored on the same net truth beside it, so the gain from counting induced spend is measured.
 * speed: bootstrap wall and CPU time for 104 weeks × 4 channels at 200 replicates, and how it scales with
 * replicates (50, 100, 200) and weeks (104, 156, 260). CPU time is printed because the machine may be shared.
 * Exports `analysisAccuracy` and `analysisSpeed` so bench/accuracy.ts and bench/speed.ts can fold them in.
 */
import { cpus, loadavg } from "os";
import { performance } from "perf_hooks";
import { bootstrapIntervals } from "../src/core/analysis/bootstrapIntervals";
import { planBudget } from "../src/core/analysis/planBudget";
import { toDataset } from "../src/core/data/toDataset";
import { fitMmm } from "../src/core/attribution/fitMmm";
import { allocateBudget } from "../src/core/optimizer/allocateBudget";
import { SIMULATION_SCENARIOS } from "../src/core/simulate/simulationScenarios";
import { simulateMmmData } from "../src/core/simulate/simulateMmmData";
import type { SimulationOptions } from "../src/core/simulate/simulationOptions";
import type { BootstrapTuning } from "../src/core/analysis/types";
import { REPLICATE_SEED_STEP } from "./_shared/constants";
import { trueNetRevenue } from "./_shared/trueNetRevenue";

/** Weeks the plan and the truth's expectedRevenue both cover (its default window). */
const PLAN_WEEKS = 13;

async function fitScenario(options: SimulationOptions) {
  const simulated = simulateMmmData(options);
  const ingested = toDataset(simulated.grid);
  if (!ingested.ok) throw new Error("simulated grid did not ingest");
  const result = await fitMmm(ingested.dataset, {});
  return { simulated, dataset: ingested.dataset, result };
}

/** One scenario's coverage and budget figures. */
export interface ScenarioAccuracy {
  readonly name: string;
  readonly channels: number;
  readonly roasCovered: number;
  readonly roasChecked: number;
  /** Channels whose interval missed the true ROAS: "name (true above|below [lo, hi])". */
  readonly misses: readonly string[];
  /**
   * (true optimum − true value of the plan) / true optimum, where value = weekly revenue (baseline included) minus
   * weekly google spend over the plan window, and the optimum maximises that value.
   */
  readonly budgetGap: number;
  /** Share of the truly achievable net gain (optimum − current) the plan captured. */
  readonly gainCaptured: number;
  /** budgetGap of the plan that maximises gross revenue (induced google spend not a cost), on the same net truth. */
  readonly grossPlanBudgetGap: number;
  /** gainCaptured of that gross plan. */
  readonly grossPlanGainCaptured: number;
  readonly seconds: number;
}

/**
 * Coverage of total ROAS and budget regret over the first `scenarios` simulation scenarios.
 *
 * @param replicates - bootstrap replicates per scenario
 * @param scenarios - how many of SIMULATION_SCENARIOS to run (all by default)
 * @param log - receives one line per data set
 * @param tuning - the bootstrap's tuning
 * @param seeds - data sets per scenario: its own seed and seed + k · REPLICATE_SEED_STEP, as bench:accuracy draws them
 */
export async function analysisAccuracy(
  replicates = 200,
  scenarios = SIMULATION_SCENARIOS.length,
  log: (line: string) => void = () => undefined,
  tuning: BootstrapTuning = "auto",
  seeds = 1
): Promise<readonly ScenarioAccuracy[]> {
  const rows: ScenarioAccuracy[] = [];
  const runs = SIMULATION_SCENARIOS.slice(0, scenarios).flatMap((scenario) =>
    Array.from({ length: seeds }, (_, replicate) => ({ scenario, replicate }))
  );
  for (const { scenario, replicate } of runs) {
    const started = performance.now();
    const { simulated, dataset, result } = await fitScenario({
      ...scenario.options,
      seed: (scenario.options.seed ?? 0) + replicate * REPLICATE_SEED_STEP,
    });
    const intervals = await bootstrapIntervals(dataset, result, {
      replicates,
      seed: 1,
      tuning,
    });
    let covered = 0;
    let checked = 0;
    const misses: string[] = [];
    for (const entry of intervals.observed.channels) {
      const truth = simulated.truth.channels[entry.channel]?.roas;
      if (truth === null || truth === undefined || entry.roas === null) continue;
      checked++;
      if (truth >= entry.roas.lower && truth <= entry.roas.upper) covered++;
      else
        misses.push(
          `${entry.channel.replace(/_spend$/, "")} ${truth.toFixed(2)} ${truth > entry.roas.upper ? "above" : "below"} ` +
            `[${entry.roas.lower.toFixed(2)}, ${entry.roas.upper.toFixed(2)}]`
        );
    }
    const plan = planBudget(result.model, { curves: false });
    const grossPlan = planBudget(result.model, { curves: false, inducedSpendAsCost: false });
    const value = trueNetRevenue(simulated);
    const split = (pick: "current" | "recommended", from = plan) =>
      Object.fromEntries(from.channels.map((line) => [line.channel, line[pick]]));
    const current = split("current");
    const trueChannels = plan.channels.map((line) => {
      const zero = value({ ...current, [line.channel]: 0 });
      return {
        name: line.channel,
        current: line.current,
        min: line.min,
        max: line.max,
        response: (spend: number) =>
          (value({ ...current, [line.channel]: spend }) - zero) / PLAN_WEEKS,
      };
    });
    const best = allocateBudget({ channels: trueChannels });
    const optimum: Record<string, number> = {};
    for (const line of best.channels) optimum[line.name] = line.recommended;
    const trueCurrent = value(current) / PLAN_WEEKS;
    const trueRecommended = value(split("recommended")) / PLAN_WEEKS;
    const trueGross = value(split("recommended", grossPlan)) / PLAN_WEEKS;
    const trueOptimum = Math.max(value(optimum) / PLAN_WEEKS, trueRecommended, trueGross);
    const captured = (achieved: number) =>
      trueOptimum > trueCurrent ? (achieved - trueCurrent) / (trueOptimum - trueCurrent) : 1;
    const row: ScenarioAccuracy = {
      name: replicate > 0 ? `${scenario.name}#${replicate + 1}` : scenario.name,
      channels: plan.channels.length,
      roasCovered: covered,
      roasChecked: checked,
      misses,
      budgetGap: (trueOptimum - trueRecommended) / trueOptimum,
      gainCaptured: captured(trueRecommended),
      grossPlanBudgetGap: (trueOptimum - trueGross) / trueOptimum,
      grossPlanGainCaptured: captured(trueGross),
      seconds: (performance.now() - started) / 1000,
    };
    rows.push(row);
    log(
      `${row.name.padEnd(22)} ROAS covered ${covered}/${checked}  net budget gap ${(100 * row.budgetGap).toFixed(2)}%` +
        `  net gain captured ${(100 * row.gainCaptured).toFixed(0)}%` +
        `  (gross plan: gap ${(100 * row.grossPlanBudgetGap).toFixed(2)}%, captured ${(100 * row.grossPlanGainCaptured).toFixed(0)}%)` +
        `  (${row.seconds.toFixed(1)} s)` +
        (misses.length > 0 ? `\n    missed: ${misses.join("; ")}` : "")
    );
  }
  return rows;
}

/**
 * The pooled figures of `analysisAccuracy`: ROAS interval coverage and the budget plan's gap to the true optimum, both
 * scored on revenue net of induced google spend, with the gross-revenue plan on the same truth for comparison.
 */
export function analysisSummary(rows: readonly ScenarioAccuracy[]): string {
  const covered = rows.reduce((s, r) => s + r.roasCovered, 0);
  const checked = rows.reduce((s, r) => s + r.roasChecked, 0);
  const sorted = (values: number[]) => values.sort((a, b) => a - b);
  const gaps = sorted(rows.map((r) => r.budgetGap));
  const grossGaps = sorted(rows.map((r) => r.grossPlanBudgetGap));
  const median = (values: readonly number[]) => values[Math.floor(values.length / 2)]!;
  const percent = (value: number) => `${(100 * value).toFixed(2)}%`;
  const within = rows.filter((r) => r.budgetGap <= 0.02).length;
  const captured = sorted(rows.map((r) => r.gainCaptured));
  const grossCaptured = sorted(rows.map((r) => r.grossPlanGainCaptured));
  const coverage = covered / checked;
  return (
    `90% interval coverage of total ROAS: ${covered}/${checked} = ${(100 * coverage).toFixed(1)}% ` +
    `over ${rows.length} data sets (target 80%–95%): ${coverage >= 0.8 && coverage <= 0.95 ? "PASS" : "MISS"}\n` +
    `budget plan vs true optimum, both on true revenue net of induced google spend (last 13 weeks; gap as a share ` +
    `of the optimum's weekly revenue less google spend): median gap ${percent(median(gaps))}, ` +
    `worst ${percent(gaps[gaps.length - 1]!)}, within 2% in ${within}/${rows.length} data sets ` +
    `(target within 2%): ${within === rows.length ? "PASS" : "MISS"}; median net gain captured ` +
    `${(100 * median(captured)).toFixed(0)}%\n` +
    `  the gross-revenue plan (induced google spend not a cost) on the same net truth: median gap ` +
    `${percent(median(grossGaps))}, worst ${percent(grossGaps[grossGaps.length - 1]!)}, median net gain captured ` +
    `${(100 * median(grossCaptured)).toFixed(0)}%\n`
  );
}

/** Wall and CPU seconds of one bootstrap run. */
export interface BootstrapTiming {
  readonly weeks: number;
  readonly replicates: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
}

/** Bootstrap timings: 104 weeks at 50/100/200 replicates, and 156/260 weeks at 200. */
export async function analysisSpeed(
  log: (line: string) => void = () => undefined
): Promise<readonly BootstrapTiming[]> {
  const cases = [
    { weeks: 104, replicates: 50 },
    { weeks: 104, replicates: 100 },
    { weeks: 104, replicates: 200 },
    { weeks: 156, replicates: 200 },
    { weeks: 260, replicates: 200 },
  ];
  const fits = new Map<number, Awaited<ReturnType<typeof fitScenario>>>();
  const timings: BootstrapTiming[] = [];
  for (const { weeks, replicates } of cases) {
    if (!fits.has(weeks)) fits.set(weeks, await fitScenario({ seed: 101, weeks }));
    const { dataset, result } = fits.get(weeks)!;
    const wall = performance.now();
    const cpu = process.cpuUsage();
    await bootstrapIntervals(dataset, result, { replicates, seed: 1 });
    const used = process.cpuUsage(cpu);
    const timing = {
      weeks,
      replicates,
      wallSeconds: (performance.now() - wall) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
    };
    timings.push(timing);
    log(
      `bootstrap ${weeks} weeks × 4 channels, ${replicates} replicates: wall ${timing.wallSeconds.toFixed(2)} s, ` +
        `CPU ${timing.cpuSeconds.toFixed(2)} s (${((1000 * timing.cpuSeconds) / replicates).toFixed(0)} ms CPU per replicate)`
    );
  }
  return timings;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const mode = args.find((arg) => !arg.startsWith("--")) ?? "all";
  const flag = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const log = (line: string) => process.stdout.write(line + "\n");
  log(
    `machine: ${cpus().length} cores, load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`
  );
  if (mode === "speed" || mode === "all") {
    log("\n== analysis speed (target: 200 replicates, 104 weeks < 15 s) ==");
    await analysisSpeed(log);
  }
  if (mode === "accuracy" || mode === "all") {
    const replicates = flag("--replicates", 200);
    log(`\n== analysis accuracy (${replicates} replicates per scenario) ==`);
    const at = args.indexOf("--tuning");
    const tuning = (at >= 0 ? args[at + 1] : "auto") as BootstrapTuning;
    log(`(bootstrap tuning: ${tuning})`);
    const scenarios = flag("--scenarios", SIMULATION_SCENARIOS.length);
    const seeds = flag("--seeds", 1);
    const rows = await analysisAccuracy(replicates, scenarios, log, tuning, seeds);
    log("\n" + analysisSummary(rows));
  }
  log(
    `load after: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`
  );
}

// Run only as a script, not when bench/accuracy.ts or bench/speed.ts import the figures.
if (process.argv[1]?.endsWith("analysis.ts")) {
  main().catch((error: unknown) => {
    process.stderr.write(String(error) + "\n");
    process.exitCode = 1;
  });
}
