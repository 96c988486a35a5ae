import { describe, expect, it } from "@jest/globals";
import * as uncertainty from "../../../src/core/uncertainty";

describe("uncertainty barrel", () => {
  it("exports every public function of the folder", () => {
    for (const name of [
      "defaultBlockLength",
      "movingBlockIndices",
      "percentileInterval",
      "quantile",
      "replicateSeed",
      "resampleSeries",
      "runReplicates",
      "summarizeReplicates",
      "yieldToEventLoop",
    ]) {
      expect(typeof (uncertainty as Record<string, unknown>)[name]).toBe("function");
    }
  });
});
