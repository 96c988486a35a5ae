import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../../src/core/errors";
import { checkSimulationOptions } from "../../../../src/core/simulate/_internal/checkSimulationOptions";
import { resolveSimulationOptions } from "../../../../src/core/simulate/resolveSimulationOptions";

describe("checkSimulationOptions", () => {
  const valid = resolveSimulationOptions();

  it("accepts the defaults", () => {
    expect(() => checkSimulationOptions(valid, ["revenue"])).not.toThrow();
  });
  it("refuses a channel named like a fixed column, naming the channel", () => {
    const clash = { ...valid, channels: [{ ...valid.channels[0]!, name: "revenue" }] };
    expect(() => checkSimulationOptions(clash, ["revenue"])).toThrow(InvalidParameterError);
    expect(() => checkSimulationOptions(clash, ["revenue"])).toThrow(/channels.revenue/);
  });
});
