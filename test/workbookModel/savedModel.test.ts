import { beforeAll, describe, expect, it } from "@jest/globals";
import { serializeModel } from "../../src/core/model/serializeModel";
import type { MmmResult } from "../../src/core/model/types";
import { readSavedModel, savedModelJson } from "../../src/workbookModel/savedModel";
import { fittedFixture } from "../functions/_helpers/fittedModel";

let result: MmmResult;
beforeAll(async () => {
  result = (await fittedFixture()).result;
}, 60_000);

describe("savedModelJson and readSavedModel", () => {
  it("round-trip the model with its effects and holdout scores", () => {
    const saved = readSavedModel(savedModelJson(result));
    expect(saved.model).toEqual(JSON.parse(serializeModel(result.model)));
    expect(saved.effects).toEqual(JSON.parse(JSON.stringify(result.effects)));
    expect(saved.holdout?.r2).toBe(result.metrics.stage2.holdout?.r2);
    expect(saved.holdoutStart).toBe(result.data.holdoutStart);
  });

  it("read a bare mmm-model/1 model (what the pane saved before) with no effects or scores", () => {
    const saved = readSavedModel(serializeModel(result.model));
    expect(saved.model.schema).toBe("mmm-model/1");
    expect(saved.effects).toBeNull();
    expect(saved.holdout).toBeNull();
  });

  it("reject text that is not JSON or not a model, saying why", () => {
    expect(() => readSavedModel("{")).toThrow(/not valid JSON/);
    expect(() => readSavedModel('{"schema":"mmm-workbook-model/1","model":null}')).toThrow(
      /cannot be read/
    );
  });
});
