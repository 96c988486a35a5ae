/**
 * Benchmark of the worksheet functions (printed figures only; never part of `npm test`). Run: npm run bench:functions
 * Figures (medians of 7 runs after 2 warm-ups, wall time, this process):
 * - MMM.ADSTOCK over 100,000 cells (one column), target < 20 ms;
 * - MMM.PREDICT over a 52-week × 6-column scenario on a model fitted here from simulated data, target < 5 ms;
 * - MMM.OPTIMIZE once (4 social channels, every curve rebuilt: nothing is cached between calls), target < 200 ms.
 * Each is set against a baseline in the same process, so the ratio moves less with the machine's speed than the raw
 * figure: for ADSTOCK and PREDICT a plain JS loop over the same cells (what the function costs beyond touching its
 * input); for OPTIMIZE the same allocateBudget on closed-form curves (what the model-based curves cost).
 */
import { cpus, loadavg } from "os";
import { performance } from "perf_hooks";
import { toDataset } from "../src/core/data/toDataset";
import { fitMmm } from "../src/core/attribution/fitMmm";
import { allocateBudget } from "../src/core/optimizer/allocateBudget";
import { simulateMmmData } from "../src/core/simulate/simulateMmmData";
import { installCustomFunctionsFake } from "../test/functions/customFunctionsFake";

installCustomFunctionsFake();

const WARM_UPS = 2;
const RUNS = 7;

/** Median wall time in milliseconds of RUNS calls after WARM_UPS warm-ups. */
function median(run: () => unknown): number {
  for (let r = 0; r < WARM_UPS; r++) run();
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] as number;
}

/** A streaming custom function's result, taken synchronously (the model is already published). */
function resultOf(
  call: (invocation: CustomFunctions.StreamingInvocation<unknown>) => void
): unknown {
  let value: unknown;
  const invocation = { setResult: (v: unknown) => (value = v), onCanceled: undefined } as never;
  call(invocation);
  if (value instanceof Error) throw value;
  return value;
}

function report(name: string, ms: number, baseline: number, target: number): void {
  const verdict = ms < target ? "meets" : "MISSES";
  console.log(
    `${name.padEnd(34)} ${ms.toFixed(3).padStart(9)} ms  (baseline loop ${baseline.toFixed(3)} ms, ratio ${(ms / baseline).toFixed(1)}×; ${verdict} < ${target} ms)`
  );
}

async function main(): Promise<void> {
  const { adstock, optimize, predict } = await import("../src/functions/functions");
  const { publishModel } = await import("../src/workbookModel/modelStore");
  const { savedModelJson } = await import("../src/workbookModel/savedModel");
  console.log(
    `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), load ${loadavg()[0]?.toFixed(2)}`
  );

  const cells = Array.from({ length: 100_000 }, (_, t) => [t % 7 === 0 ? 0 : 1000 + (t % 13) * 50]);
  const plainAdstock = () => {
    const out: number[][] = new Array(cells.length);
    let carry = 0;
    for (let t = 0; t < cells.length; t++) {
      carry = (cells[t]?.[0] as number) + 0.5 * carry;
      out[t] = [carry];
    }
    return out;
  };
  report(
    "MMM.ADSTOCK, 100,000 cells",
    median(() => adstock(cells, 0.5)),
    median(plainAdstock),
    20
  );

  const ingestion = toDataset(simulateMmmData({ seed: 3, weeks: 104 }).grid);
  if (!ingestion.ok) throw new Error("simulated data did not ingest");
  const result = await fitMmm(ingestion.dataset, { fitTime: "2026-01-01T00:00:00Z" });
  publishModel(savedModelJson(result));
  const names = [...result.model.roles.social, "average_price", "promotions"];
  const scenario: unknown[][] = [
    names,
    ...Array.from({ length: 52 }, (_, t) => names.map((_, j) => 500 + 10 * t + j)),
  ];
  const weights = names.map((_, j) => 0.1 * (j + 1));
  const plainPredict = () =>
    scenario
      .slice(1)
      .map((row) => [(row as number[]).reduce((s, v, j) => s + v * (weights[j] as number), 1000)]);
  const predictOnce = () =>
    resultOf((inv) => predict(scenario, false, true, "stored", inv as never));
  report("MMM.PREDICT, 52 weeks × 6 columns", median(predictOnce), median(plainPredict), 5);

  const current = result.model.roles.social.map((name) => {
    const history = result.model.history[name] ?? [];
    return history.reduce((s, v) => s + v, 0) / Math.max(history.length, 1);
  });
  const total = current.reduce((s, v) => s + v, 0);
  // Baseline: the same optimiser on closed-form Hill curves (no model runs), same channels and bounds.
  const plainOptimize = () =>
    allocateBudget({
      channels: current.map((c, i) => ({
        name: `c${i}`,
        current: c,
        response: (s: number) => (2 * c * s) / (s + c),
      })),
      total,
    });
  const optimizeOnce = () => resultOf((inv) => optimize(total, 0.5, 1.5, inv as never));
  report("MMM.OPTIMIZE, 4 channels, once", median(optimizeOnce), median(plainOptimize), 200);
  console.log(optimizeOnce());
}

void main();
