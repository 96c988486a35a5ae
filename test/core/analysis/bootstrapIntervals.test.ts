import { beforeAll, describe, expect, it } from "@jest/globals";
import { bootstrapIntervals } from "../../../src/core/analysis/bootstrapIntervals";
import { CancelledError, InvalidParameterError } from "../../../src/core/errors";
import { fitSimulated, type SimulatedFit } from "./fitSimulated";

/** Replicates in the tests: enough for stable 90% percentiles of a clean simulation, quick to run. */
const REPLICATES = 40;

let fit: SimulatedFit;
beforeAll(async () => {
  // The simulator's low-noise scenario (2% revenue noise): a clean case where intervals must be well behaved.
  fit = await fitSimulated({ seed: 104, noise: 0.02 });
}, 60_000);

describe("bootstrapIntervals", () => {
  it("gives identical intervals for the same seed", async () => {
    const a = await bootstrapIntervals(fit.dataset, fit.result, { replicates: 12, seed: 5 });
    const b = await bootstrapIntervals(fit.dataset, fit.result, { replicates: 12, seed: 5 });
    expect(b.observed).toEqual(a.observed);
    expect(b.predicted).toEqual(a.predicted);
    expect(b.elasticity).toEqual(a.elasticity);
    expect(Array.from(b.predictionBand.lower)).toEqual(Array.from(a.predictionBand.lower));
    const c = await bootstrapIntervals(fit.dataset, fit.result, { replicates: 12, seed: 6 });
    expect(c.observed).not.toEqual(a.observed);
  }, 60_000);

  it("throws CancelledError when the signal is aborted between chunks", async () => {
    const signal = { aborted: false };
    const run = bootstrapIntervals(
      fit.dataset,
      fit.result,
      { replicates: 40, seed: 1 },
      {
        signal,
        onProgress: () => {
          signal.aborted = true;
        },
      }
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  }, 60_000);

  it("reports progress as 'bootstrap done/total' ending at the total", async () => {
    const seen: string[] = [];
    await bootstrapIntervals(
      fit.dataset,
      fit.result,
      { replicates: 20, seed: 1 },
      { onProgress: (stage, done, total) => seen.push(`${stage} ${done}/${total}`) }
    );
    expect(seen).toEqual(["bootstrap 10/20", "bootstrap 20/20"]);
  }, 60_000);

  describe("on a clean simulated case", () => {
    let intervals: Awaited<ReturnType<typeof bootstrapIntervals>>;
    beforeAll(async () => {
      intervals = await bootstrapIntervals(fit.dataset, fit.result, {
        replicates: REPLICATES,
        seed: 11,
      });
    }, 120_000);

    it("contains the point estimate of every channel's total effect and ROAS", () => {
      for (const effect of fit.result.effects.channels) {
        const interval = intervals.observed.channels.find((c) => c.channel === effect.channel);
        expect(interval).toBeDefined();
        expect(effect.total).toBeGreaterThanOrEqual(interval!.total.lower);
        expect(effect.total).toBeLessThanOrEqual(interval!.total.upper);
        expect(effect.roas!).toBeGreaterThanOrEqual(interval!.roas!.lower);
        expect(effect.roas!).toBeLessThanOrEqual(interval!.roas!.upper);
      }
    });

    it("contains the point estimates of elasticity and promotion lift", () => {
      const elasticity = fit.result.elasticity.value!;
      expect(elasticity).toBeGreaterThanOrEqual(intervals.elasticity!.lower);
      expect(elasticity).toBeLessThanOrEqual(intervals.elasticity!.upper);
      const lift = fit.result.promoLift.value!;
      expect(lift).toBeGreaterThanOrEqual(intervals.promoLift.value!.lower);
      expect(lift).toBeLessThanOrEqual(intervals.promoLift.value!.upper);
    });

    it("gives intervals for both mediator variants and google's own effect", () => {
      expect(intervals.predicted).not.toBeNull();
      expect(intervals.observed.mediator?.channel).toBe("google_spend");
      expect(intervals.predicted!.channels).toHaveLength(4);
    });

    it("has a prediction band that covers most actual weeks", () => {
      // 90% band: at least 80% of the 104 weeks inside (allowing for 40 replicates' percentile noise).
      expect(intervals.predictionBand.coverage).toBeGreaterThanOrEqual(0.8);
      const band = intervals.predictionBand;
      for (let t = 0; t < band.lower.length; t++) {
        expect(band.lower[t]!).toBeLessThanOrEqual(band.upper[t]!);
      }
    });

    it("keeps one model per successful replicate and explains its method", () => {
      expect(intervals.replicateModels).toHaveLength(REPLICATES - intervals.failed);
      expect(intervals.method).toMatch(/re-runs the cross-validated search/);
    });
  });

  it("re-tunes by default on small data, seeded, and holds the shapes fixed on request", async () => {
    const options = { replicates: 12, seed: 9 };
    const fixed = await bootstrapIntervals(fit.dataset, fit.result, {
      ...options,
      tuning: "fixed",
    });
    const a = await bootstrapIntervals(fit.dataset, fit.result, options);
    const b = await bootstrapIntervals(fit.dataset, fit.result, { ...options, tuning: "retuned" });
    expect(a.tuning).toBe("retuned");
    expect(fixed.tuning).toBe("fixed");
    expect(b.observed).toEqual(a.observed);
    expect(a.observed).not.toEqual(fixed.observed);
    expect(a.method).toMatch(/re-runs the cross-validated search/);
    expect(fixed.method).toMatch(/held fixed/);
  }, 120_000);

  it("stops a re-tuned replicate mid-search when cancelled, not counting it as a failed refit", async () => {
    const signal = { aborted: false };
    let calls = 0;
    const watched = {
      get aborted() {
        calls++;
        // Abort inside the first replicate's search (the first check is at the first chunk boundary).
        if (calls === 3) signal.aborted = true;
        return signal.aborted;
      },
    };
    await expect(
      bootstrapIntervals(fit.dataset, fit.result, { replicates: 10, seed: 1 }, { signal: watched })
    ).rejects.toBeInstanceOf(CancelledError);
    expect(calls).toBeLessThan(20);
  }, 60_000);

  it("rejects fewer than two replicates and a level outside (0, 1)", async () => {
    await expect(
      bootstrapIntervals(fit.dataset, fit.result, { replicates: 1 })
    ).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(
      bootstrapIntervals(fit.dataset, fit.result, { replicates: 4, level: 1 })
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});
