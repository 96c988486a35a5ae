/**
 * Micro-benchmark of the regression solvers (printed figures only; never part of `npm test`).
 * Run: npx tsx bench/regression.ts
 * Figures: one elasticNetGram fit with p = 20, and a 200-alpha elasticNetPath on n = 104, p = 12 (a weekly MMM).
 */
import { cpus, loadavg } from "os";
import { createRandom } from "../src/core/random/createRandom";
import { elasticNetGram } from "../src/core/regression/elasticNetGram";
import { elasticNetPath } from "../src/core/regression/elasticNetPath";
import { fitElasticNet } from "../src/core/regression/fitElasticNet";
import { fitOls } from "../src/core/regression/fitOls";
import { ridgePath } from "../src/core/regression/ridgePath";

const random = createRandom(2026);
const normal = (): number =>
  Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

function problem(rows: number, columns: number): { X: number[][]; y: number[] } {
  const beta = Array.from({ length: columns }, () => Math.abs(normal()));
  const X = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => Math.abs(normal()) * 10)
  );
  const y = X.map(
    (row) => 100 + row.reduce((s, x, j) => s + x * (beta[j] as number), 0) + 5 * normal()
  );
  return { X, y };
}

/**
 * Median CPU time (user + system, milliseconds) of `repeats` calls after `repeats` warm-up calls. CPU time rather
 * than wall time, so the figure holds on a shared, loaded machine (wall time counts the waits for a core).
 */
function time(repeats: number, run: () => unknown): number {
  for (let r = 0; r < repeats; r++) run();
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function standardisedGram(X: number[][], y: number[]) {
  const n = y.length;
  const p = (X[0] as number[]).length;
  const mean = (j: number): number => X.reduce((s, row) => s + (row[j] as number), 0) / n;
  const means = Array.from({ length: p }, (_, j) => mean(j));
  const sds = means.map((m, j) =>
    Math.sqrt(X.reduce((s, row) => s + ((row[j] as number) - m) ** 2, 0) / n)
  );
  const yMean = y.reduce((a, b) => a + b, 0) / n;
  const Z = X.map((row) => row.map((x, j) => (x - (means[j] as number)) / (sds[j] as number)));
  const gram = new Float64Array(p * p);
  const xty = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < p; k++)
      gram[j * p + k] = Z.reduce((s, row) => s + (row[j] as number) * (row[k] as number), 0);
    xty[j] = Z.reduce((s, row, i) => s + (row[j] as number) * ((y[i] as number) - yMean), 0);
  }
  const yy = y.reduce((s, v) => s + (v - yMean) ** 2, 0);
  return { gram, xty, yy, n };
}

const wide = problem(104, 20);
const g = standardisedGram(wide.X, wide.y);
const gramOptions = { alpha: 0.05, l1Ratio: 0.5, nonNegative: true, outcomeSumOfSquares: g.yy };
const gramFit = elasticNetGram(g.gram, g.xty, g.n, gramOptions);
/** Fits per timed batch: one fit takes microseconds, below the timer's useful resolution. */
const BATCH = 500;
const batch = (options: typeof gramOptions): number =>
  time(40, () => {
    for (let r = 0; r < BATCH; r++) elasticNetGram(g.gram, g.xty, g.n, options);
  }) / BATCH;
console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} (CPU time per call, medians)`
);
const gramMs = batch(gramOptions);
console.log(
  `elasticNetGram p=20 (α=0.05, ρ=0.5, non-negative, tol 1e-4): ${(gramMs * 1000).toFixed(1)} µs per fit, ` +
    `${gramFit.iterations} sweeps, converged ${gramFit.converged}`
);
const gramTight = { ...gramOptions, tolerance: 1e-12 };
const tightMs = batch(gramTight);
console.log(`elasticNetGram p=20 with tol 1e-12: ${(tightMs * 1000).toFixed(1)} µs per fit`);

const mmm = problem(104, 12);
const alphas = Array.from({ length: 200 }, (_, k) => 10 * Math.pow(1e-4, k / 199));
const pathOptions = { l1Ratio: 0.5, nonNegative: true, standardize: true };
const path = elasticNetPath(mmm.X, mmm.y, alphas, pathOptions);
const pathMs = time(50, () => elasticNetPath(mmm.X, mmm.y, alphas, pathOptions));
console.log(
  `elasticNetPath n=104 p=12, 200 alphas (10 … 1e-3, standardised, non-negative, tol 1e-4): ${pathMs.toFixed(2)} ms, ` +
    `${path.reduce((s, f) => s + f.iterations, 0)} sweeps, all converged ${path.every((f) => f.converged)}`
);
const single = time(200, () => fitElasticNet(mmm.X, mmm.y, { alpha: 0.1, ...pathOptions }));
console.log(`fitElasticNet n=104 p=12 single fit: ${single.toFixed(3)} ms`);
console.log(`fitOls n=104 p=12: ${time(200, () => fitOls(mmm.X, mmm.y)).toFixed(3)} ms`);
console.log(
  `ridgePath n=104 p=12, 200 penalties: ${time(50, () => ridgePath(mmm.X, mmm.y, alphas)).toFixed(2)} ms`
);
