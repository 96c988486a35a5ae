import { describe, expect, it } from "@jest/globals";
import { compareVariants } from "../../../src/core/attribution/compareVariants";
import type { Effects } from "../../../src/core/model/types";

const effects = (variant: Effects["variant"], total: number): Effects => ({
  variant,
  channels: [
    {
      channel: "tiktok_spend",
      spend: 100,
      total,
      direct: 0,
      indirect: total,
      shareMediated: 1,
      roas: total / 100,
      roasMediated: total / 100,
      inducedMediatorSpend: 0,
      netRoas: total / 100,
    },
  ],
  mediator: { channel: "google_spend", spend: 50, total: 10, roas: 0.2 },
});

describe("compareVariants", () => {
  it("warns in plain words when point estimates differ beyond the threshold", () => {
    const warnings = compareVariants(effects("observed", 100), effects("predicted", 300));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("google_spend follows demand");
  });

  it("stays silent when the estimates are close", () => {
    expect(compareVariants(effects("observed", 100), effects("predicted", 120))).toEqual([]);
  });

  it("uses intervals when given: overlapping intervals agree whatever the point estimates", () => {
    const intervals = {
      tiktok_spend: { observed: { lower: 50, upper: 200 }, predicted: { lower: 150, upper: 400 } },
    };
    expect(
      compareVariants(effects("observed", 100), effects("predicted", 300), { intervals })
    ).toEqual([]);
    const apart = {
      tiktok_spend: { observed: { lower: 50, upper: 120 }, predicted: { lower: 150, upper: 400 } },
    };
    expect(
      compareVariants(effects("observed", 100), effects("predicted", 300), { intervals: apart })
    ).toHaveLength(1);
  });
});
