import { describe, expect, it } from "@jest/globals";
import { memoByColumn, memoByPosition } from "../../../../src/core/model/_internal/featureMemo";
import { buildFeatures } from "../../../../src/core/model/_internal/buildFeatures";
import type { FeatureSpec } from "../../../../src/core/model/types";

describe("memoByColumn", () => {
  it("builds a feature once per column object and key", () => {
    const column = Float64Array.from([1, 2, 3]);
    let builds = 0;
    const build = () => {
      builds++;
      return column.map((x) => 2 * x);
    };
    const first = memoByColumn(column, "double", build);
    expect(memoByColumn(column, "double", build)).toBe(first);
    expect(builds).toBe(1);
    // Another key, or an equal column that is another array (a counterfactual's copy), builds again.
    memoByColumn(column, "triple", build);
    memoByColumn(Float64Array.from(column), "double", build);
    expect(builds).toBe(3);
  });
});

describe("memoByPosition", () => {
  it("returns the same column for the same key", () => {
    let builds = 0;
    const build = () => {
      builds++;
      return new Float64Array(4).fill(builds);
    };
    const key = `test|${Math.random()}`;
    expect(memoByPosition(key, build)).toBe(memoByPosition(key, build));
    expect(builds).toBe(1);
  });
});

describe("buildFeatures with the memo", () => {
  const spend = Float64Array.from([0, 10, 20, 0, 5, 40]);
  const media: FeatureSpec = {
    kind: "media",
    name: "tv",
    column: "tv",
    adstock: { kind: "geometric", decay: 0.5, maxLag: 13 },
    saturation: { kind: "none" },
    scale: 10,
  } as FeatureSpec;

  it("gives the same values as a fresh build and follows a replaced column", () => {
    const [first] = buildFeatures([media], { tv: spend }, { offset: 0 });
    const [again] = buildFeatures([media], { tv: spend }, { offset: 0 });
    expect(again).toBe(first);
    const zeroed = new Float64Array(spend.length);
    const [counterfactual] = buildFeatures([media], { tv: zeroed }, { offset: 0 });
    expect(Array.from(counterfactual as Float64Array)).toEqual([0, 0, 0, 0, 0, 0]);
    expect((first as Float64Array)[1]).toBeCloseTo(1, 12);
  });
});
