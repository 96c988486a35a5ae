import { describe, expect, it } from "@jest/globals";
import * as data from "../../../src/core/data";

describe("core/data barrel", () => {
  it("exports the ingestion entry points and constants", () => {
    expect(typeof data.toDataset).toBe("function");
    expect(typeof data.assertDataset).toBe("function");
    expect(typeof data.detectRoles).toBe("function");
    expect(data.DEFAULT_MIN_WEEKS).toBe(26);
    expect(Object.keys(data.issueMessages)).toContain("geo_panel");
    expect(data.DATE_NAMES).toContain("week");
  });
});
