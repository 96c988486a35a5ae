import { describe, expect, it } from "@jest/globals";
import { applyAdstock } from "../../../../src/core/transforms/adstock/applyAdstock";
import { weibullAdstock } from "../../../../src/core/transforms/adstock/weibullAdstock";

describe("applyAdstock", () => {
  it("passes maxLag and normalize through to geometric adstock", () => {
    expect(
      Array.from(applyAdstock([100, 0, 0], { kind: "geometric", decay: 0.5, maxLag: 1 }))
    ).toEqual([100, 50, 0]);
    const normalised = applyAdstock([90, 0, 0], {
      kind: "geometric",
      decay: 0.5,
      maxLag: 2,
      normalize: true,
    });
    expect(normalised.reduce((a, b) => a + b, 0)).toBeCloseTo(90, 12);
  });
  it("picks the Weibull form from the kind", () => {
    const params = { shape: 3, scale: 0.3, maxLag: 6 };
    expect(applyAdstock([1, 0, 0, 0], { kind: "weibullPdf", ...params })).toEqual(
      weibullAdstock([1, 0, 0, 0], { ...params, type: "pdf" })
    );
    expect(applyAdstock([1, 0, 0, 0], { kind: "weibullCdf", ...params })).toEqual(
      weibullAdstock([1, 0, 0, 0], { ...params, type: "cdf" })
    );
  });
});
