import { describe, expect, it } from "@jest/globals";
import { installCustomFunctionsFake } from "./customFunctionsFake";
installCustomFunctionsFake();
import { InvalidParameterError, ModelNotFittedError, NumericalError } from "../../src/core/errors";
import { toExcelError } from "../../src/functions/toExcelError";

describe("toExcelError", () => {
  it("maps bad input to #VALUE!, no model to #N/A and numerical failure to #NUM!", () => {
    expect(toExcelError(new InvalidParameterError("decay", "decay is 2"))).toMatchObject({
      code: "#VALUE!",
      message: "decay is 2",
    });
    expect(toExcelError(new ModelNotFittedError("fit first"))).toMatchObject({
      code: "#N/A",
      message: "fit first",
    });
    expect(toExcelError(new NumericalError("singular"))).toMatchObject({ code: "#NUM!" });
  });

  it("passes an Excel error through unchanged and wraps anything else as #VALUE!", () => {
    const own = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero, "no spend");
    expect(toExcelError(own)).toBe(own);
    expect(toExcelError("oops")).toMatchObject({ code: "#VALUE!", message: "oops" });
  });
});
