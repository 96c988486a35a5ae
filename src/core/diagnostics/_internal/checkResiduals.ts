import { InvalidParameterError } from "../../errors";
import type { Series, SeriesLike } from "../../types";

/**
 * Copies residuals into a Float64Array after checking that there are at least `minimumLength` finite values and
 * that they are not all equal (a test of their shape would divide by zero).
 */
export function checkResiduals(
  residuals: SeriesLike,
  minimumLength: number,
  testName: string
): Series {
  const n = residuals.length;
  if (n < minimumLength) {
    throw new InvalidParameterError(
      "residuals",
      `${testName} needs at least ${minimumLength} residuals (got ${n}).`
    );
  }
  const out = Float64Array.from(residuals);
  const bad = out.findIndex((value) => !Number.isFinite(value));
  if (bad >= 0) {
    throw new InvalidParameterError(
      "residuals",
      `${testName} needs finite residuals; week ${bad + 1} is ${String(out[bad])}.`
    );
  }
  const first = out[0] as number;
  if (out.every((value) => value === first)) {
    throw new InvalidParameterError(
      "residuals",
      `${testName} cannot run: all residuals are equal (${first}), so there is no variation to test.`
    );
  }
  return out;
}
