import { closestName } from "../../src/cli/closestName";

describe("closestName", () => {
  it("suggests the allowed name one letter away", () => {
    expect(closestName("holdoutShar", ["form", "holdoutShare", "cvFolds"])).toBe("holdoutShare");
  });
  it("ignores case", () => {
    expect(closestName("CVFOLDS", ["form", "cvFolds"])).toBe("cvFolds");
  });
  it("suggests nothing when no name is close", () => {
    expect(closestName("colour", ["form", "cvFolds"])).toBeNull();
  });
});
