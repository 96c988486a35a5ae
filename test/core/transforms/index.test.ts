import { describe, expect, it } from "@jest/globals";
import * as transforms from "../../../src/core/transforms";

describe("the transforms barrel", () => {
  it("exports every transform, spec helper and registry", () => {
    for (const name of [
      "geometricAdstock",
      "weibullAdstock",
      "weibullAdstockWeights",
      "noAdstock",
      "applyAdstock",
      "parseAdstockSpec",
      "hillSaturation",
      "logisticSaturation",
      "noSaturation",
      "applySaturation",
      "parseSaturationSpec",
      "log1pTransform",
      "lagSeries",
      "checkParameter",
      "isWithinBound",
    ]) {
      expect(typeof (transforms as Record<string, unknown>)[name]).toBe("function");
    }
    expect(transforms.ADSTOCK_KINDS).toEqual(Object.keys(transforms.adstockRegistry));
    expect(transforms.SATURATION_KINDS).toEqual(Object.keys(transforms.saturationRegistry));
  });
});
