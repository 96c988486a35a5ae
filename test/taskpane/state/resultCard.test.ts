import { ROAS_CONFIDENCE_RULE } from "../../../src/taskpane/constants";
import {
  resultCardCalibration,
  resultCardChannels,
  resultCardVerdict,
  roasConfidence,
} from "../../../src/taskpane/state/resultCard";
import type { MmmRun } from "../../../src/core/pipeline/types";
import { SAMPLE_HEALTH_FAIL, SAMPLE_OUTCOME } from "../fixtures/sampleResult";

describe("roasConfidence", () => {
  it("calls an interval tight up to the rule's tight width and wide from its wide width", () => {
    const roas = 2;
    const around = (relative: number) => ({ lower: roas - relative, upper: roas + relative });
    expect(roasConfidence(roas, around((ROAS_CONFIDENCE_RULE.tight * roas) / 2))).toBe("tight");
    expect(roasConfidence(roas, around(0.75 * roas * 0.5))).toBe("moderate");
    expect(roasConfidence(roas, around((ROAS_CONFIDENCE_RULE.wide * roas) / 2))).toBe("wide");
  });

  it("calls an interval that reaches 0 wide, and no interval unknown", () => {
    expect(roasConfidence(3, { lower: -0.1, upper: 3.2 })).toBe("wide");
    expect(roasConfidence(3, null)).toBe("unknown");
  });
});

describe("resultCardChannels", () => {
  it("reads ROAS, its interval and the share mediated's interval from the run", () => {
    const channel = SAMPLE_OUTCOME.result.effects.channels[0];
    if (!channel || channel.roas === null) throw new Error("fixture has no ROAS");
    const roas = { lower: channel.roas * 0.6, upper: channel.roas * 2 };
    const share = { lower: 0.1, upper: 0.4 };
    const run = {
      ...SAMPLE_OUTCOME,
      intervals: {
        observed: {
          channels: [{ channel: channel.channel, roas, shareMediated: share }],
          mediator: null,
        },
      },
    } as unknown as MmmRun;
    const first = resultCardChannels(run)[0];
    expect(first?.roas).toBe(channel.roas);
    expect(first?.roasInterval).toEqual(roas);
    expect(first?.shareInterval).toEqual(share);
    expect(first?.confidence).toBe("wide");
    expect(first?.note).toBe(
      `wide: the data cannot tell ${roas.lower.toFixed(1)} from ${roas.upper.toFixed(1)} — consider a lift test`
    );
  });
});

describe("resultCardVerdict", () => {
  it("reads the run's verdict and words each driver with readable names", () => {
    const driver = {
      ...SAMPLE_HEALTH_FAIL.drivers[0],
      title: "tiktok_spend is always on",
      finding: "tiktok_spend is spent every week.",
      recommendation: "",
      columns: ["tiktok_spend"],
    } as NonNullable<MmmRun["health"]>["drivers"][number];
    const run = { ...SAMPLE_OUTCOME, health: { ...SAMPLE_HEALTH_FAIL, drivers: [driver] } };
    expect(resultCardVerdict(run)).toEqual({
      status: "fail",
      summary: SAMPLE_HEALTH_FAIL.summary,
      drivers: ["TikTok spend is always on: TikTok spend is spent every week."],
    });
    expect(resultCardVerdict(SAMPLE_OUTCOME)).toBeNull();
  });
});

describe("resultCardCalibration", () => {
  it("is null without calibration and counts the run's calibrated tests otherwise", () => {
    expect(resultCardCalibration(SAMPLE_OUTCOME)).toBeNull();
    const test = {
      channel: "tiktok_spend",
      startWeek: "2024-01-07",
      endWeek: "2024-02-25",
      lift: 1,
      roas: null,
      standardError: 1,
      path: "total" as const,
    };
    const entry = { test, measured: 1, standardError: 1, before: 0, after: 1, spend: 1 };
    const run = (count: number): MmmRun => ({
      ...SAMPLE_OUTCOME,
      result: {
        ...SAMPLE_OUTCOME.result,
        calibration: { tests: Array(count).fill(entry), iterations: 1, method: "m" },
      },
    });
    expect(resultCardCalibration(run(1))).toMatch(
      /^The fit was calibrated with 1 lift test: the MMM Calibration sheet/
    );
    expect(resultCardCalibration(run(4))).toMatch(/calibrated with 4 lift tests:/);
  });
});
