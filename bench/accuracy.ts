/**
 * Accuracy benchmark of the mediation model on the project's own simulator (printed figures and
 * artifacts/bench-accuracy.json; never part of `npm test`).
 *
 * Run: npm run bench:accuracy            (every scenario of SIMULATION_SCENARIOS and the 104-week, 4%-noise ones
 *                                         again over 260 weeks, `<name>@260wk`; each with 20 seeds)
 *      npm run bench:accuracy -- --quick (6 scenarios, one seed each: for tuning the model, ~10 s)
 *      npm run bench:accuracy -- --only=default,five-years --seeds=2
 *      npm run bench:accuracy -- --no-intervals (skip the bootstrap coverage and budget part, ~4 min of the run)
 *      npm run bench:accuracy -- --interval-seeds=3 (coverage on three seeds of every scenario, ~12 min)
 *      npm run bench:accuracy -- --quick --seeds=12 --calibrated (adds the calibrated line: each data set fitted
 *                                         again with one simulated 8-week lift test read out over 8 more weeks,
 *                                         errors and coverage with and without; ~5.5 min at 12 seeds)
 *      --lift-se=0.2 (the test's SE as a fraction of its true lift; default 0.1); --readout-weeks=0 (no read-out;
 *      default 8); --calibrated-tuning=fixed (coverage with the shapes held: much faster; default auto, the
 *      product's re-tuned bootstrap)
 *
 * For each simulated data set, three methods estimate every social channel's total effect and share mediated:
 * (1) the product (`fitMmm` with defaults; observed variant, the predicted variant printed beside it),
 * (2) the plain approach of public notebooks (`plainTwoStage`: decay 0.5, no saturation, sklearn ElasticNet
 *     defaults, in-sample, coefficient products), and
 * (3) the oracle: `fitWithFixedHyperparameters` with the product's tuned form and penalty but the simulator's true
 *     adstock and saturation (the floor that noise allows).
 * Errors are printed per channel and pooled; channels with a tiny true effect are reported apart. A full run then
 * adds bench/analysis.ts's figures on every scenario's own seed: how often the 90% bootstrap interval of total ROAS
 * (200 replicates, default tuning) holds the true ROAS, and the budget plan's true revenue net of induced google
 * spend against the true optimum of the same (the gross-revenue plan scored beside it).
 * Deterministic:
 * every data set is seeded and every fit is deterministic; only the timing lines (stderr) vary.
 */
import { mkdirSync, writeFileSync } from "fs";
import { performance } from "perf_hooks";
import { join } from "path";
import { DEFAULT_BOOTSTRAP_REPLICATES } from "../src/core/analysis/constants";
import { plainTwoStage } from "../src/core/baseline/plainTwoStage";
import { analysisAccuracy, analysisSummary } from "./analysis";
import { fitMmm } from "../src/core/attribution/fitMmm";
import { fitWithFixedHyperparameters } from "../src/core/attribution/fitWithFixedHyperparameters";
import {
  SIMULATION_SCENARIOS,
  type SimulationScenario,
} from "../src/core/simulate/simulationScenarios";
import { accuracyReport, targetChecks, type ScenarioLine } from "./_shared/accuracyReport";
import {
  CALIBRATION_RELATIVE_SE,
  CALIBRATION_TUNING,
  calibratedAccuracy,
  calibratedSummary,
  type CalibratedLineOptions,
  type CalibratedRecord,
} from "./_shared/calibratedAccuracy";
import { codeVersion } from "./_shared/codeVersion";
import { channelErrors, type ChannelError } from "./_shared/channelErrors";
import { FULL_RUN_SEEDS, QUICK_SCENARIOS, TINY_EFFECT_SHARE } from "./_shared/constants";
import { lengthenedScenarios } from "./_shared/lengthenedScenarios";
import { oracleHyperparameters } from "./_shared/oracleHyperparameters";
import { shapeRecovery, type ShapeRecovery } from "./_shared/shapeRecovery";
import { shapeReport } from "./_shared/shapeReport";
import { simulateScenario } from "./_shared/simulateScenario";

function selectScenarios(args: readonly string[]): readonly SimulationScenario[] {
  const every = [...SIMULATION_SCENARIOS, ...lengthenedScenarios(SIMULATION_SCENARIOS)];
  const only = args.find((arg) => arg.startsWith("--only="));
  const names = only
    ? only.slice("--only=".length).split(",")
    : args.includes("--quick")
      ? QUICK_SCENARIOS
      : null;
  if (!names) return every;
  const unknown = names.filter((name) => !every.some((s) => s.name === name));
  if (unknown.length > 0) throw new Error(`Unknown scenario(s): ${unknown.join(", ")}`);
  return every.filter((scenario) => names.includes(scenario.name));
}

/** A `--name=N` flag's whole number ≥ 1, or `fallback` when absent. */
function countFlag(args: readonly string[], name: string, fallback: number): number {
  const given = args.find((arg) => arg.startsWith(`--${name}=`));
  if (!given) return fallback;
  const count = Number(given.slice(name.length + 3));
  if (!(Number.isInteger(count) && count >= 1)) throw new Error(`Bad ${given}`);
  return count;
}

/** Seeds per scenario of the error part: FULL_RUN_SEEDS (20) in a full run, 1 with --quick or --only (`--seeds=N` overrides). */
function seedCount(args: readonly string[]): number {
  const subset = args.some((arg) => arg === "--quick" || arg.startsWith("--only="));
  return countFlag(args, "seeds", subset ? 1 : FULL_RUN_SEEDS);
}

/** Seeds per scenario of the interval part (`--interval-seeds=N`, default 1: each scenario's own seed). */
function intervalSeeds(args: readonly string[]): number {
  return countFlag(args, "interval-seeds", 1);
}

/** The calibrated line's options: `--lift-se=X` (the test's relative SE, 0 < X), `--calibrated-tuning=auto`. */
function calibratedLine(args: readonly string[]): CalibratedLineOptions {
  const given = args.find((arg) => arg.startsWith("--lift-se="));
  const value = given ? Number(given.slice("--lift-se=".length)) : CALIBRATION_RELATIVE_SE;
  if (!(value > 0)) throw new Error(`Bad ${given}`);
  const tuning =
    args.find((arg) => arg.startsWith("--calibrated-tuning="))?.split("=")[1] ?? CALIBRATION_TUNING;
  if (tuning !== "fixed" && tuning !== "auto") throw new Error(`Bad --calibrated-tuning=${tuning}`);
  const readout = args.find((arg) => arg.startsWith("--readout-weeks="));
  const readoutWeeks = readout ? Number(readout.slice("--readout-weeks=".length)) : undefined;
  if (readoutWeeks !== undefined && !(Number.isInteger(readoutWeeks) && readoutWeeks >= 0))
    throw new Error(`Bad ${readout}`);
  return {
    relativeStandardError: value,
    tuning,
    ...(readoutWeeks === undefined ? {} : { readoutWeeks }),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scenarios = selectScenarios(args);
  const seeds = seedCount(args);
  const version = codeVersion();
  const started = performance.now();
  const records: ChannelError[] = [];
  const shapes: ShapeRecovery[] = [];
  const lines = new Map<
    string,
    { weeks: number; noise: number; forms: string[]; failures: string[] }
  >();
  const timings: Record<string, number> = {};
  const runs = scenarios.flatMap((scenario) =>
    Array.from({ length: seeds }, (_, replicate) => ({ scenario, replicate }))
  );
  for (const { scenario, replicate } of runs) {
    const data = simulateScenario(scenario, replicate);
    const label = replicate > 0 ? `${scenario.name}#${replicate + 1}` : scenario.name;
    const failures: string[] = [];
    const attempt = (what: string, run: () => ChannelError[]): void => {
      try {
        records.push(...run());
      } catch (error) {
        failures.push(what);
        process.stderr.write(`  ${label}: ${what} failed: ${String(error)}\n`);
      }
    };
    const fitStarted = performance.now();
    let form = "–";
    try {
      const result = await fitMmm(data.dataset);
      timings[label] = (performance.now() - fitStarted) / 1000;
      form = result.form;
      shapes.push(...shapeRecovery(data, result.hyperparameters, data.truth));
      attempt("product", () => channelErrors(data, "product", result.effects.channels, data.truth));
      const predicted = result.variants.predicted;
      if (predicted) {
        attempt("predicted", () =>
          channelErrors(data, "productPredicted", predicted.effects.channels, data.truth)
        );
      }
      attempt("oracle", () => {
        const oracle = fitWithFixedHyperparameters(
          data.dataset,
          oracleHyperparameters(result.hyperparameters, data.truth)
        );
        return channelErrors(data, "oracle", oracle.effects.channels, data.truth);
      });
    } catch (error) {
      failures.push("product", "oracle");
      process.stderr.write(`  ${label}: fitMmm failed: ${String(error)}\n`);
    }
    attempt("plain", () =>
      channelErrors(data, "plain", plainTwoStage(data.dataset).channels, data.truth)
    );
    const line = lines.get(scenario.name) ?? {
      weeks: data.weeks,
      noise: data.noise,
      forms: [],
      failures: [],
    };
    line.forms.push(form);
    line.failures.push(...failures.map((what) => `${what} (seed ${replicate + 1})`));
    lines.set(scenario.name, line);
    process.stderr.write(
      `${label}: ${data.weeks} weeks, fit ${(timings[label] ?? Number.NaN).toFixed(1)} s\n`
    );
  }
  const scenarioLines: ScenarioLine[] = [...lines].map(([name, line]) => ({ name, ...line }));
  const withIntervals =
    !args.includes("--no-intervals") &&
    !args.some((arg) => arg === "--quick" || arg.startsWith("--only="));
  const intervalLines: string[] = [];
  const intervalRows = withIntervals
    ? await analysisAccuracy(
        DEFAULT_BOOTSTRAP_REPLICATES,
        SIMULATION_SCENARIOS.length,
        (line) => {
          intervalLines.push(line);
          process.stderr.write(`${line}\n`);
        },
        "auto",
        intervalSeeds(args)
      )
    : null;
  const calibrated: CalibratedRecord[] = [];
  if (args.includes("--calibrated")) {
    for (const { scenario, replicate } of runs) {
      try {
        calibrated.push(await calibratedAccuracy(scenario, replicate, calibratedLine(args)));
      } catch (error) {
        process.stderr.write(`  ${scenario.name}: calibrated line failed: ${String(error)}\n`);
      }
    }
  }
  const report = accuracyReport(records, scenarioLines);
  const wallSeconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `Accuracy benchmark: ${runs.length} simulated data sets (${scenarioLines.length} scenarios × ${seeds} seed${seeds > 1 ? "s" : ""}), ` +
      `${records.filter((r) => r.method === "product").length} channel estimates per method; ${version}\n\n` +
      report +
      "\nTransforms chosen by the product's search against the truth (all data sets)\n" +
      shapeReport(shapes) +
      "\n" +
      (calibrated.length > 0 ? `\n${calibratedSummary(calibrated, calibratedLine(args))}` : "") +
      (intervalRows
        ? `\nBootstrap intervals and budget plan (${intervalSeeds(args)} seed(s) per scenario, ${DEFAULT_BOOTSTRAP_REPLICATES} replicates)\n` +
          intervalLines.join("\n") +
          "\n\n" +
          analysisSummary(intervalRows)
        : "")
  );
  process.stderr.write(`Wall time ${wallSeconds.toFixed(0)} s\n`);
  mkdirSync("artifacts", { recursive: true });
  const path = join("artifacts", "bench-accuracy.json");
  writeFileSync(
    path,
    JSON.stringify(
      {
        schema: "bench-accuracy/1",
        version,
        tinyEffectShare: TINY_EFFECT_SHARE,
        seeds,
        scenarios: scenarioLines,
        targets: targetChecks(records),
        records,
        shapes,
        intervals: intervalRows,
        calibrated: calibrated.length > 0 ? calibrated : undefined,
        timing: { wallSeconds, fitSeconds: timings },
      },
      null,
      1
    ) + "\n"
  );
  process.stderr.write(`Wrote ${path}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  );
  process.exitCode = 1;
});
