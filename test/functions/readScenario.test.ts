import { beforeAll, describe, expect, it } from "@jest/globals";
import type { FittedModel } from "../../src/core/model/types";
import { readScenario } from "../../src/functions/readScenario";
import { fittedFixture } from "./_helpers/fittedModel";

let model: FittedModel;
beforeAll(async () => {
  model = (await fittedFixture()).result.model;
}, 60_000);

describe("readScenario", () => {
  it("reads named columns under the header row and skips the date column", () => {
    const scenario = readScenario(
      [
        ["week", " tiktok_spend "],
        ["2025-09-14", 5],
        ["2025-09-21", 6],
      ],
      model
    );
    expect(scenario).toEqual({ columns: { tiktok_spend: Float64Array.from([5, 6]) }, periods: 2 });
  });
  it("lists the model's columns for an unknown header and names the cell of a non-number", () => {
    expect(() => readScenario([["tv"], [1]], model)).toThrow(
      /'tv', which the model does not use; .*facebook_spend, .*average_price/
    );
    expect(() => readScenario([["tiktok_spend"], [1], [""]], model)).toThrow(
      /a blank cell in column 'tiktok_spend', week 2/
    );
  });
});
