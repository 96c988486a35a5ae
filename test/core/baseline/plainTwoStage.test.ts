import { readFileSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "@jest/globals";
import { plainTwoStage } from "../../../src/core/baseline/plainTwoStage";
import { InvalidParameterError } from "../../../src/core/errors";
import type { ColumnRoles, Dataset } from "../../../src/core/types";

interface Fixture {
  readonly weeks: number;
  readonly columns: Record<string, number[]>;
  readonly stage1: { intercept: number; coefficients: number[] };
  readonly stage2: { intercept: number; coefficients: number[] };
  readonly channels: {
    channel: string;
    spend: number;
    indirect: number;
    direct: number;
    total: number;
    shareMediated: number;
    roas: number;
  }[];
}

// Source: scikit-learn StandardScaler + ElasticNet(alpha=1, l1_ratio=0.5), test/fixtures/scripts/makeBaselineFixtures.py
const fixture = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/baseline/plainTwoStage.json"), "utf8")
) as Fixture;

const ROLES: ColumnRoles = {
  date: "week",
  outcome: "revenue",
  mediator: "google_spend",
  social: ["facebook_spend", "tiktok_spend"],
  controls: ["average_price", "promotions"],
};

function dataset(columns: Record<string, ArrayLike<number>>, roles: ColumnRoles): Dataset {
  const n = (columns[roles.outcome] as ArrayLike<number>).length;
  const weeks = Array.from({ length: n }, (_, t) =>
    new Date(Date.UTC(2024, 0, 7 + 7 * t)).toISOString().slice(0, 10)
  );
  return {
    weeks,
    roles,
    columns: Object.fromEntries(
      Object.entries(columns).map(([name, values]) => [name, Float64Array.from(values)])
    ),
    sourceRows: weeks.map((_, t) => t + 2),
    headers: ["week", ...Object.keys(columns)],
  };
}

/** Recursive adstock with decay 0.5, written out for the hand-made cases. */
function adstock(values: readonly number[]): number[] {
  let carry = 0;
  return values.map((value) => (carry = value + 0.5 * carry));
}

describe("plainTwoStage", () => {
  const tight = { tolerance: 1e-12, maxIterations: 100000 };
  const result = plainTwoStage(dataset(fixture.columns, ROLES), tight);

  it("matches scikit-learn's coefficients in both stages", () => {
    expect(result.mediatorFit?.intercept).toBeCloseTo(fixture.stage1.intercept, 4);
    fixture.stage1.coefficients.forEach((value, j) =>
      expect(result.mediatorFit?.coefficients[j]).toBeCloseTo(value, 7)
    );
    expect(result.outcomeFit.intercept).toBeCloseTo(fixture.stage2.intercept, 3);
    fixture.stage2.coefficients.forEach((value, j) =>
      expect(result.outcomeFit.coefficients[j]).toBeCloseTo(value, 5)
    );
    expect(result.outcomeFeatures).toEqual([
      "google_spend",
      "facebook_spend",
      "tiktok_spend",
      "average_price",
      "promotions",
    ]);
  });

  it("reads effects as coefficient products, as the scikit-learn script does", () => {
    fixture.channels.forEach((expected, c) => {
      const actual = result.channels[c];
      expect(actual?.channel).toBe(expected.channel);
      expect(actual?.spend).toBeCloseTo(expected.spend, 6);
      expect((actual?.total ?? 0) / expected.total).toBeCloseTo(1, 6);
      expect((actual?.indirect ?? 0) / expected.indirect).toBeCloseTo(1, 6);
      expect(actual?.shareMediated).toBeCloseTo(expected.shareMediated, 6);
      expect(actual?.roas).toBeCloseTo(expected.roas, 6);
    });
  });

  it("recovers the direct effects exactly from noise-free linear data with no penalty and no mediator", () => {
    const x = [100, 0, 300, 50, 0, 200, 400, 0, 0, 150, 250, 80];
    const z = [0, 200, 0, 100, 300, 0, 50, 250, 100, 0, 60, 20];
    const ax = adstock(x);
    const az = adstock(z);
    // revenue = 500 + 5·adstock(x) + 2·adstock(z), so direct = 5·Σadstock(x) and 2·Σadstock(z).
    const revenue = ax.map((value, t) => 500 + 5 * value + 2 * (az[t] as number));
    const roles: ColumnRoles = {
      ...ROLES,
      mediator: null,
      social: ["x_spend", "z_spend"],
      controls: [],
    };
    const fit = plainTwoStage(dataset({ x_spend: x, z_spend: z, revenue }, roles), {
      alpha: 0,
      tolerance: 1e-14,
      maxIterations: 100000,
    });
    const sumX = ax.reduce((s, v) => s + v, 0);
    const sumZ = az.reduce((s, v) => s + v, 0);
    expect(fit.channels[0]?.direct).toBeCloseTo(5 * sumX, 4);
    expect(fit.channels[1]?.direct).toBeCloseTo(2 * sumZ, 4);
    expect(fit.channels[1]?.roas).toBeCloseTo((2 * sumZ) / 1080, 8);
  });

  it("multiplies stage 1's channel coefficient by stage 2's mediator coefficient for the indirect part", () => {
    const a = result.mediatorFit?.coefficients[1] as number;
    const b = result.outcomeFit.coefficients[0] as number;
    const carried = adstock(fixture.columns.tiktok_spend as number[]).reduce((s, v) => s + v, 0);
    expect(result.channels[1]?.indirect).toBeCloseTo(a * b * carried, 6);
    expect(result.channels[1]?.direct).toBeCloseTo(
      (result.outcomeFit.coefficients[2] as number) * carried,
      6
    );
  });

  it("gives a single stage with no indirect effect when there is no mediator", () => {
    const roles: ColumnRoles = { ...ROLES, mediator: null };
    const single = plainTwoStage(dataset(fixture.columns, roles));
    expect(single.mediatorFit).toBeNull();
    expect(single.outcomeFeatures[0]).toBe("facebook_spend");
    single.channels.forEach((channel) => {
      expect(channel.indirect).toBe(0);
      expect(channel.total).toBe(channel.direct);
    });
  });

  it("does not modify the dataset's columns", () => {
    const input = dataset(fixture.columns, ROLES);
    const before = Array.from(input.columns.facebook_spend as Float64Array);
    plainTwoStage(input);
    expect(Array.from(input.columns.facebook_spend as Float64Array)).toEqual(before);
  });

  it("rejects data with no social channel", () => {
    const roles: ColumnRoles = { ...ROLES, social: [] };
    expect(() => plainTwoStage(dataset(fixture.columns, roles))).toThrow(InvalidParameterError);
  });
});
