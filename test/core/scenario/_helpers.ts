import { readFileSync } from "node:fs";
import { join } from "node:path";

/** statsmodels answers written by test/fixtures/scripts/makeScenarioFixtures.py. */
export interface ScenarioFixture {
  readonly units: number[];
  readonly price: number[];
  readonly email: number[];
  readonly promo: number[];
  readonly elasticity: {
    value: number;
    standardError: number;
    tValue: number;
    pValue: number;
    r2: number;
  };
  readonly elasticityNoControls: { value: number; standardError: number };
  readonly lift: { coefficient: number; standardError: number; value: number };
  readonly spend: number[];
  readonly mediator: number[];
  readonly revenue: number[];
  readonly decay: number;
  readonly mediation: {
    a: number;
    b: number;
    cPrime: number;
    adstockedTotal: number;
    direct: number;
    indirect: number;
    total: number;
  };
}

/** Reads the fixture (committed JSON; Python is not needed to run the tests). */
export function scenarioFixture(): ScenarioFixture {
  const path = join(__dirname, "..", "..", "fixtures", "scenario", "estimates.json");
  return JSON.parse(readFileSync(path, "utf8")) as ScenarioFixture;
}

/** Relative agreement with statsmodels: both solve the same least squares by QR in double precision. */
export const RELATIVE_TOLERANCE = 1e-8;

/** Asserts |actual − expected| ≤ tolerance · max(1, |expected|). */
export function expectClose(
  actual: number,
  expected: number,
  tolerance = RELATIVE_TOLERANCE
): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected))
  );
}
