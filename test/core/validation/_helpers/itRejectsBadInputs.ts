import { expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../../src/core/errors";
import type { SeriesLike } from "../../../../src/core/types";

/**
 * Declares the input checks every metric shares: length mismatch, empty series and non-finite values all throw
 * InvalidParameterError naming the parameter.
 *
 * @param metric - the metric under test
 */
export function itRejectsBadInputs(
  metric: (actual: SeriesLike, predicted: SeriesLike) => unknown
): void {
  function parameterOf(call: () => unknown): string {
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidParameterError);
      return (error as InvalidParameterError).parameter;
    }
    throw new Error("expected an InvalidParameterError");
  }
  it("rejects series of different lengths", () => {
    expect(parameterOf(() => metric([1, 2, 3], [1, 2]))).toBe("predicted");
  });
  it("rejects empty series", () => {
    expect(parameterOf(() => metric([], []))).toBe("actual");
  });
  it("rejects a non-finite value, naming the series", () => {
    expect(parameterOf(() => metric([1, Number.NaN], [1, 2]))).toBe("actual");
    expect(parameterOf(() => metric([1, 2], [1, Infinity]))).toBe("predicted");
  });
}
