import {
  PROGRESS_PHASE_WEIGHTS,
  overallFraction,
  progressAnnouncement,
  progressPhase,
  progressText,
  secondsLeft,
  timeLeftText,
} from "../../../src/taskpane/state/overallProgress";

const W = PROGRESS_PHASE_WEIGHTS;

describe("overallProgress", () => {
  it("weights add up to one whole bar", () => {
    expect(W.fit + W.bootstrap + W.analysis + W.write).toBeCloseTo(1, 12);
  });

  it("places each phase after the ones before it", () => {
    expect(progressPhase({ stage: "outcome search (additive)", done: 1, total: 4 }, false)).toBe(
      "fit"
    );
    expect(overallFraction({ stage: "outcome search", done: 1, total: 4 }, false)).toBeCloseTo(
      W.fit / 4,
      12
    );
    expect(overallFraction({ stage: "bootstrap", done: 100, total: 200 }, false)).toBeCloseTo(
      W.fit + W.bootstrap / 2,
      12
    );
    expect(overallFraction({ stage: "budget plan", done: 1, total: 1 }, false)).toBeCloseTo(
      W.fit + W.bootstrap + W.analysis,
      12
    );
    expect(overallFraction(null, true)).toBeCloseTo(1 - W.write, 12);
  });

  it("estimates the time left from the replicate rate, none before the first batch", () => {
    const progress = { stage: "bootstrap", done: 40, total: 200 };
    const tail = (W.analysis + W.write) / W.bootstrap;
    // 40 replicates in 8 s: 0.2 s each.
    expect(secondsLeft(progress, 2_000, 10_000)).toBeCloseTo(160 * 0.2 + 200 * 0.2 * tail, 9);
    expect(secondsLeft({ ...progress, done: 0 }, 2_000, 10_000)).toBeNull();
    expect(secondsLeft(progress, null, 10_000)).toBeNull();
    expect(secondsLeft({ stage: "diagnostics", done: 0, total: 1 }, 2_000, 10_000)).toBeNull();
  });

  it("words the time left in whole seconds, then steps of five", () => {
    expect([0.4, 3.2, 9.9, 10.1, 23.4, 61].map(timeLeftText)).toEqual([
      "less than a second left",
      "about 4 s left",
      "about 10 s left",
      "about 15 s left",
      "about 25 s left",
      "about 65 s left",
    ]);
  });

  it("says what runs; the live region leaves out each batch's count", () => {
    const progress = { stage: "bootstrap", done: 40, total: 200 };
    expect(progressText(progress, false, 12)).toBe(
      "Point estimates ready. Intervals: 40 of 200 replicates, about 15 s left."
    );
    expect(progressText(progress, false, null)).toBe(
      "Point estimates ready. Intervals: 40 of 200 replicates, estimating the time left."
    );
    expect(progressAnnouncement(progress, false, 12)).toBe(
      "Point estimates ready; computing intervals, about 15 s left."
    );
    expect(progressText({ stage: "mediator search", done: 1, total: 3 }, false, null)).toBe(
      "Fitting the model…"
    );
    expect(progressText(null, true, null)).toBe("Writing result sheets…");
  });
});
