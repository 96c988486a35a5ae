import { expect } from "@jest/globals";
/** Tolerances of the validation tests, each with the reason for its size. */

/** Metrics against scikit-learn: both sides sum in double precision, so they agree far beyond 1e-12 (the brief's bar). */
export const TOLERANCE_SKLEARN_RELATIVE = 1e-12;

/**
 * Asserts `actual` is within `relative` of `expected` relative to |expected| (absolute when expected is 0);
 * NaN matches NaN only.
 *
 * @param actual - value computed by the code under test
 * @param expected - reference value
 * @param relative - largest allowed relative difference
 */
export function expectClose(actual: number, expected: number, relative: number): void {
  if (Number.isNaN(expected)) {
    expect(actual).toBeNaN();
    return;
  }
  const allowed = relative * Math.max(Math.abs(expected), Number.MIN_VALUE);
  const difference = Math.abs(actual - expected);
  if (!(difference <= allowed) && !(expected === 0 && difference <= relative)) {
    throw new Error(
      `expected ${actual} to be within ${relative} (relative) of ${expected}; difference ${difference}`
    );
  }
}
