import { CancelledError } from "../../../src/core/errors";
import { toDataset } from "../../../src/core/data/toDataset";
import { runMmm, resolveRunSettings, type RunSteps } from "../../../src/core/pipeline/runMmm";
import { bootstrapIntervals } from "../../../src/core/analysis/bootstrapIntervals";
import { diagnoseFit } from "../../../src/core/analysis/diagnoseFit";
import { placeboCheck } from "../../../src/core/analysis/placeboCheck";
import { planBudget } from "../../../src/core/analysis/planBudget";
import { sensitivityAnalysis } from "../../../src/core/analysis/sensitivityAnalysis";
import { fitMmm } from "../../../src/core/attribution/fitMmm";
import { assessHealth } from "../../../src/core/health/assessHealth";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";
import type { MmmResult } from "../../../src/core/model/types";
import type { Dataset } from "../../../src/core/types";
import { resultsJson } from "../../../src/core/pipeline/resultsJson";
import type { MmmRun } from "../../../src/core/pipeline/types";

const ingested = toDataset(simulateMmmData({ seed: 11 }).grid);
if (!ingested.ok) throw new Error("The simulated grid did not ingest.");
const dataset: Dataset = ingested.dataset;
const OPTIONS = { fit: { form: "additive" as const }, bootstrap: { replicates: 4, seed: 3 } };

const realSteps: RunSteps = {
  fit: fitMmm,
  bootstrap: bootstrapIntervals,
  diagnostics: diagnoseFit,
  sensitivity: sensitivityAnalysis,
  budget: planBudget,
  health: assessHealth,
};

describe("runMmm", () => {
  let fitted: MmmResult;
  const fitOnce: RunSteps["fit"] = async (data, options, hooks) => {
    fitted ??= await fitMmm(data, options, hooks);
    return fitted;
  };

  it("runs fit → intervals → diagnostics → sensitivity → budget and fills every field", async () => {
    const stages: string[] = [];
    const run = await runMmm(
      dataset,
      { ...OPTIONS, inputWarnings: ["Column x is constant."] },
      { onProgress: (stage) => stages.push(stage) },
      { ...realSteps, fit: fitOnce }
    );
    expect(run.intervals?.replicates).toBe(4);
    expect(run.diagnostics?.stages.length).toBeGreaterThan(0);
    expect(run.sensitivity).not.toBeNull();
    expect(run.budget?.channels.length).toBeGreaterThan(0);
    expect(run.skipped).toEqual([]);
    expect(run.warnings[0]).toBe("Column x is constant.");
    expect(run.warnings).toEqual(expect.arrayContaining([...run.result.warnings]));
    const order = ["bootstrap", "diagnostics", "price and promotion scenarios", "budget plan"].map(
      (stage) => stages.indexOf(stage)
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  }, 60_000);

  it("checks the data before the fit and gives one health verdict after it", async () => {
    const run = await runMmm(dataset, OPTIONS, {}, { ...realSteps, fit: fitOnce });
    expect(run.dataChecks.length).toBeGreaterThan(0);
    expect(run.dataChecks.every((c) => ["pass", "review", "fail"].includes(c.status))).toBe(true);
    expect(["pass", "review", "fail"]).toContain(run.health?.status);
    expect(run.heldChannels).toEqual([]);
  }, 60_000);

  it("holds a channel with no training spend at its current spend in the plan, and warns", async () => {
    const columns = { ...dataset.columns };
    const tiktok = Float64Array.from(columns.tiktok_spend as Float64Array);
    const trainWeeks = Math.floor(tiktok.length * 0.8);
    tiktok.fill(0, 0, trainWeeks);
    const zeroed: Dataset = { ...dataset, columns: { ...columns, tiktok_spend: tiktok } };
    const run = await runMmm(zeroed, { fit: { form: "additive" }, bootstrap: { replicates: 0 } });
    expect(run.heldChannels).toEqual(["tiktok_spend"]);
    const line = run.budget?.channels.find((c) => c.channel === "tiktok_spend");
    expect(line?.recommended).toBe(line?.current);
    expect(line?.bound).toBe("fixed");
    expect(run.warnings.some((w) => w.includes("tiktok_spend"))).toBe(true);
    expect(
      run.budget?.warnings.some((w) => w.includes("keeps tiktok_spend at its current spend"))
    ).toBe(true);
  }, 120_000);

  it("gives the same numbers for the same data and seed", async () => {
    const a = await runMmm(dataset, OPTIONS, {}, { ...realSteps, fit: fitOnce });
    const b = await runMmm(dataset, OPTIONS, {}, { ...realSteps, fit: fitOnce });
    expect(a.budget?.expectedChangeInterval).toEqual(b.budget?.expectedChangeInterval);
    expect(a.intervals?.observed).toEqual(b.intervals?.observed);
  }, 60_000);

  it("skips a failing step with a note and still runs the later ones", async () => {
    const run = await runMmm(
      dataset,
      OPTIONS,
      {},
      {
        ...realSteps,
        fit: fitOnce,
        bootstrap: async () => {
          throw new Error("too few weeks");
        },
        diagnostics: () => {
          throw new Error("broken check");
        },
      }
    );
    expect(run.intervals).toBeNull();
    expect(run.diagnostics).toBeNull();
    expect(run.skipped).toEqual([
      { step: "intervals", reason: "too few weeks" },
      { step: "diagnostics", reason: "broken check" },
    ]);
    expect(run.notes).toEqual([
      "Uncertainty intervals were skipped: too few weeks",
      "The fit diagnostics were skipped: broken check",
    ]);
    expect(run.warnings.slice(-2)).toEqual(run.notes);
    expect(run.budget).not.toBeNull();
    expect(run.budget?.expectedChangeInterval).toBeNull();
  }, 60_000);

  it("runs the placebo check only when asked, and warns when it needs a review", async () => {
    const off = await runMmm(
      dataset,
      { ...OPTIONS, bootstrap: { replicates: 0 } },
      {},
      {
        ...realSteps,
        fit: fitOnce,
      }
    );
    expect(off.placebo).toBeNull();
    expect(off.settings.placebo).toBe(false);
    const on = await runMmm(
      dataset,
      { ...OPTIONS, bootstrap: { replicates: 0 }, placebo: true },
      {},
      {
        ...realSteps,
        fit: fitOnce,
        placebo: (data, result, options) =>
          placeboCheck(data, result, { ...options, replicates: 5 }),
      }
    );
    expect(on.placebo?.replicates).toBe(5);
    expect(on.settings.placebo).toBe(true);
    const message = "A fake channel was credited.";
    const review = await runMmm(
      dataset,
      { ...OPTIONS, bootstrap: { replicates: 0 }, placebo: true },
      {},
      {
        ...realSteps,
        fit: fitOnce,
        placebo: async () => ({
          ...on.placebo!,
          check: { ...on.placebo!.check, status: "review", message },
        }),
      }
    );
    expect(review.warnings).toContain(message);
  }, 120_000);

  it("fails the run when the fit fails, and runs nothing after it", async () => {
    const called: string[] = [];
    const steps: RunSteps = {
      fit: async () => {
        throw new Error("no outcome column");
      },
      bootstrap: async () => {
        called.push("bootstrap");
        throw new Error("unreachable");
      },
      diagnostics: () => {
        called.push("diagnostics");
        throw new Error("unreachable");
      },
      sensitivity: () => {
        called.push("sensitivity");
        throw new Error("unreachable");
      },
      budget: () => {
        called.push("budget");
        throw new Error("unreachable");
      },
    };
    await expect(runMmm(dataset, OPTIONS, {}, steps)).rejects.toThrow("no outcome column");
    expect(called).toEqual([]);
  });

  it("stops with CancelledError when a step is cancelled or the signal is set", async () => {
    await expect(
      runMmm(
        dataset,
        OPTIONS,
        {},
        {
          ...realSteps,
          fit: fitOnce,
          bootstrap: async () => {
            throw new CancelledError();
          },
        }
      )
    ).rejects.toBeInstanceOf(CancelledError);
    const signal = { aborted: false };
    const cancelling: RunSteps = {
      ...realSteps,
      fit: async (data, options, hooks) => {
        const result = await fitOnce(data, options, hooks);
        signal.aborted = true;
        return result;
      },
    };
    await expect(runMmm(dataset, OPTIONS, { signal }, cancelling)).rejects.toBeInstanceOf(
      CancelledError
    );
  }, 60_000);

  it("with a pool executor, runs the diagnostics while the replicates are out, with the same result", async () => {
    const steps = { ...realSteps, fit: fitOnce };
    const order: string[] = [];
    let release: () => void = () => undefined;
    const replicatesBack = new Promise<void>((resolve) => (release = resolve));
    // A pool whose replicates come back only after the diagnostics have run on this thread.
    const inThread = await runMmm(dataset, OPTIONS, {}, steps);
    const pooled = await runMmm(
      dataset,
      {
        ...OPTIONS,
        bootstrap: {
          ...OPTIONS.bootstrap,
          executor: async (job, replicates) => {
            order.push("pool started");
            await replicatesBack;
            order.push("replicates back");
            const { replicateRunner } = await import("../../../src/core/analysis/replicateRunner");
            const run = replicateRunner(job);
            return Promise.all(Array.from({ length: replicates }, (_, i) => run(i)));
          },
        },
      },
      { onProgress: (stage) => stage === "diagnostics" && order.push("diagnostics told") },
      {
        ...steps,
        diagnostics: (data, result) => {
          order.push("diagnostics ran");
          release();
          return diagnoseFit(data, result);
        },
      }
    );
    expect(order.slice(0, 3)).toEqual(["pool started", "diagnostics ran", "replicates back"]);
    expect(order.filter((entry) => entry === "diagnostics told")).toHaveLength(2);
    expect(JSON.stringify(resultsJson(pooled))).toBe(JSON.stringify(resultsJson(inThread)));
  }, 60_000);

  it("with a pool executor, still lists failed steps in step order", async () => {
    const run = await runMmm(
      dataset,
      {
        ...OPTIONS,
        bootstrap: {
          ...OPTIONS.bootstrap,
          executor: async () => {
            throw new Error("pool died");
          },
        },
      },
      {},
      {
        ...realSteps,
        fit: fitOnce,
        diagnostics: () => {
          throw new Error("broken check");
        },
      }
    );
    expect(run.skipped.map((s) => s.step)).toEqual(["intervals", "diagnostics"]);
  }, 60_000);

  it("hands a provisional run to onFitted right after the fit, and the final run is unchanged by it", async () => {
    const steps = { ...realSteps, fit: fitOnce };
    const events: string[] = [];
    let provisional: MmmRun | null = null;
    const withHook = await runMmm(
      dataset,
      { ...OPTIONS, inputWarnings: ["Column x is constant."] },
      {
        onProgress: (stage) => events.push(stage),
        onFitted: (run) => {
          events.push("fitted");
          provisional = run;
        },
      },
      steps
    );
    const without = await runMmm(
      dataset,
      { ...OPTIONS, inputWarnings: ["Column x is constant."] },
      {},
      steps
    );
    const first = provisional as MmmRun | null;
    expect(first?.complete).toBe(false);
    expect(withHook.complete).toBe(true);
    // Point estimates only: the fit's own result, every later step still to come (null, not skipped).
    expect(first?.result).toBe(withHook.result);
    expect(first?.dataChecks).toEqual(withHook.dataChecks);
    expect([first?.intervals, first?.diagnostics, first?.budget, first?.health]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(first?.skipped).toEqual([]);
    expect(first?.warnings[0]).toBe("Column x is constant.");
    // Announced after the fit, before the bootstrap's first replicate.
    expect(events.indexOf("fitted")).toBeGreaterThan(events.indexOf("effects"));
    expect(events.indexOf("fitted")).toBeLessThan(events.indexOf("bootstrap"));
    expect(JSON.stringify(resultsJson(withHook))).toBe(JSON.stringify(resultsJson(without)));
  }, 60_000);

  it("does not call onFitted once cancelled during the fit", async () => {
    const signal = { aborted: false };
    const onFitted = jest.fn();
    const cancellingFit: RunSteps["fit"] = async (data, options, hooks) => {
      const result = await fitOnce(data, options, hooks);
      signal.aborted = true;
      return result;
    };
    await expect(
      runMmm(dataset, OPTIONS, { signal, onFitted }, { ...realSteps, fit: cancellingFit })
    ).rejects.toBeInstanceOf(CancelledError);
    expect(onFitted).not.toHaveBeenCalled();
  }, 60_000);

  it("states the settings it used, defaults filled in", () => {
    expect(resolveRunSettings({})).toEqual({
      replicates: 200,
      seed: 20240611,
      tuning: "auto",
      budgetTotal: null,
      budgetMinShare: 0.5,
      budgetMaxShare: 1.5,
      placebo: false,
    });
    expect(
      resolveRunSettings({ budget: { total: 900 }, bootstrap: { replicates: 0 } })
    ).toMatchObject({
      replicates: 0,
      budgetTotal: 900,
    });
  });
});
