import { describe, expect, it } from "@jest/globals";
import { drawPlausibleShapes } from "../../../../src/core/analysis/_internal/drawPlausibleShapes";
import type { ChannelShape, Hyperparameters } from "../../../../src/core/model/types";
import { replicateRandom } from "../../../../src/core/uncertainty/replicateRandom";

const channel = (name: string, decay: number) => ({
  channel: name,
  adstock: { kind: "geometric" as const, decay, maxLag: 13 },
  saturation: { kind: "hill" as const, halfSaturation: 100, shape: 1 },
  onOff: false,
});

const SETTINGS: Hyperparameters = {
  form: "additive",
  mediator: null,
  outcome: {
    stage: "outcome",
    channels: [channel("facebook_spend", 0.25), channel("tiktok_spend", 0.5)],
    activeWeeksOnly: false,
    alpha: 0.01,
    l1Ratio: 0,
    cvScore: 0,
  },
};

const shapes: ChannelShape[] = [0, 0.5, 0.85].map((decay) => ({
  adstock: { kind: "geometric", decay, maxLag: 13 },
  saturation: { kind: "hill", halfSaturation: 50 + 100 * decay, shape: 1 },
}));

describe("drawPlausibleShapes", () => {
  it("gives the listed channel one of its plausible shapes and leaves every other setting as it was", () => {
    const drawn = drawPlausibleShapes(SETTINGS, { facebook_spend: shapes }, replicateRandom(3, 0));
    const facebook = drawn.outcome.channels[0]!;
    expect(shapes).toContainEqual({ adstock: facebook.adstock, saturation: facebook.saturation });
    expect(facebook.onOff).toBe(false);
    expect(drawn.outcome.channels[1]).toEqual(SETTINGS.outcome.channels[1]);
    expect({ ...drawn, outcome: { ...drawn.outcome, channels: [] } }).toEqual({
      ...SETTINGS,
      outcome: { ...SETTINGS.outcome, channels: [] },
    });
  });

  it("is deterministic per stream and, over replicates, uses every shape", () => {
    const decayOf = (index: number) => {
      const drawn = drawPlausibleShapes(
        SETTINGS,
        { facebook_spend: shapes },
        replicateRandom(3, index)
      );
      const adstock = drawn.outcome.channels[0]!.adstock;
      return adstock.kind === "geometric" ? adstock.decay : -1;
    };
    expect(decayOf(5)).toBe(decayOf(5));
    const seen = new Set(Array.from({ length: 60 }, (_, index) => decayOf(index)));
    expect([...seen].sort()).toEqual([0, 0.5, 0.85]);
  });

  it("returns the settings unchanged without plausible shapes", () => {
    expect(drawPlausibleShapes(SETTINGS, {}, replicateRandom(3, 0))).toBe(SETTINGS);
    expect(drawPlausibleShapes(SETTINGS, { facebook_spend: [] }, replicateRandom(3, 0))).toBe(
      SETTINGS
    );
  });
});
