import fc from "fast-check";
import { modelToXml, xmlToModel } from "../../src/workbookModel/modelXml";

describe("modelToXml / xmlToModel", () => {
  it("round-trip any text", () => {
    fc.assert(fc.property(fc.string(), (text) => xmlToModel(modelToXml(text)) === text));
  });
  it("return null for a document that is not a model part", () => {
    expect(xmlToModel("<other/>")).toBeNull();
  });
});
