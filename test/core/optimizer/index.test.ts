import { describe, expect, it } from "@jest/globals";
import * as optimizer from "../../../src/core/optimizer";

describe("optimizer barrel", () => {
  it("exports every public function of the folder", () => {
    for (const name of ["allocateBudget", "budgetScenario", "marginalRoas", "responseCurve"]) {
      expect(typeof (optimizer as Record<string, unknown>)[name]).toBe("function");
    }
  });
});
