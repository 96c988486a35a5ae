import { describe, expect, it } from "@jest/globals";
import { resolveTuning } from "../../../../src/core/analysis/_internal/resolveTuning";
import { RETUNE_AUTO_MAX_CELLS } from "../../../../src/core/analysis/constants";

const dataOf = (weeks: number, social: number, mediator: boolean) => ({
  weeks: Array.from({ length: weeks }, (_, t) => `w${t}`),
  roles: {
    date: "week",
    outcome: "revenue",
    mediator: mediator ? "google_spend" : null,
    social: Array.from({ length: social }, (_, i) => `s${i}`),
    controls: [],
  },
});

describe("resolveTuning", () => {
  it("re-tunes 104 weeks × 4 social channels and a mediator, holds 520 × 12 fixed", () => {
    expect(resolveTuning("auto", dataOf(104, 4, true))).toBe("retuned");
    expect(resolveTuning("auto", dataOf(520, 12, true))).toBe("fixed");
  });

  it("counts the mediator as a searched channel, at the boundary", () => {
    const weeks = RETUNE_AUTO_MAX_CELLS / 5;
    expect(resolveTuning("auto", dataOf(weeks, 4, true))).toBe("retuned");
    expect(resolveTuning("auto", dataOf(weeks + 1, 4, true))).toBe("fixed");
    expect(resolveTuning("auto", dataOf(weeks + 1, 4, false))).toBe("retuned");
  });

  it("keeps an explicit choice whatever the size", () => {
    expect(resolveTuning("retuned", dataOf(520, 12, true))).toBe("retuned");
    expect(resolveTuning("fixed", dataOf(52, 1, false))).toBe("fixed");
  });
});
