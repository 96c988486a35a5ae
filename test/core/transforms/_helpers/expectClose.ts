import { expect } from "@jest/globals";
/** Tolerances for the transform tests, named so each comparison says how exact it claims to be. */

/** Same formula in a different order of floating-point operations (JS vs numpy/scipy). */
export const TOLERANCE_FORMULA = 1e-10;

/** Relative closeness of two series: |a − e| ≤ tol · max(1, |e|) element by element. */
export function expectClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  tolerance: number
): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i] as number;
    const e = expected[i] as number;
    const error = Math.abs(a - e) / Math.max(1, Math.abs(e));
    if (!(error <= tolerance)) {
      throw new Error(
        `element ${i}: got ${a}, expected ${e} (relative error ${error} > ${tolerance})`
      );
    }
  }
}
