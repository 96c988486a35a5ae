import { describe, expect, it } from "@jest/globals";
import { readChoice } from "../../src/functions/readChoice";

describe("readChoice", () => {
  it("ignores case and spaces and falls back when omitted or blank", () => {
    expect(readChoice(" Direct ", "path", ["total", "direct"], "total")).toBe("direct");
    expect(readChoice(null, "path", ["total", "direct"], "total")).toBe("total");
    expect(readChoice("", "path", ["total", "direct"], "total")).toBe("total");
  });
  it("lists the choices for anything else", () => {
    expect(() => readChoice(3, "path", ["total", "direct"], "total")).toThrow(
      /path must be one of "total", "direct" \(got "3"\)/
    );
  });
});
