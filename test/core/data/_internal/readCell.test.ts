import { describe, expect, it } from "@jest/globals";
import { readCell, safeText, showCell } from "../../../../src/core/data/_internal/readCell";

describe("readCell", () => {
  it.each([
    [12.5, { kind: "number", value: 12.5 }],
    [" 1e3 ", { kind: "number", value: 1000 }],
    ["", { kind: "blank" }],
    ["   ", { kind: "blank" }],
    [null, { kind: "blank" }],
    [undefined, { kind: "blank" }],
    ["#n/a", { kind: "error", text: "#N/A" }],
    [false, { kind: "boolean", value: false }],
    [Number.POSITIVE_INFINITY, { kind: "text", text: "Infinity" }],
    ["1,234", { kind: "text", text: "1,234" }],
    [new Date(Number.NaN), { kind: "text", text: "Invalid Date" }],
  ])("classifies %p", (value, expected) => {
    expect(readCell(value)).toEqual(expected);
  });
  it("keeps number text with a dot as text when the decimal separator is a comma", () => {
    expect(readCell("21.310", ",")).toEqual({ kind: "text", text: "21.310" });
    expect(readCell("21310", ",")).toEqual({ kind: "number", value: 21310 });
    expect(readCell("21.310")).toEqual({ kind: "number", value: 21.31 });
  });
  it("never throws, even for values that refuse to become text", () => {
    const hostile = {
      toString: () => {
        throw new Error("no");
      },
    };
    expect(readCell(hostile)).toEqual({ kind: "text", text: "(unreadable value)" });
    expect(safeText(Symbol("s"))).toBe("Symbol(s)");
    const trap = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error("trap");
        },
        get: () => {
          throw new Error("trap");
        },
      }
    );
    expect(readCell(trap).kind).toBe("text");
  });
  it("shows cells shortly for messages", () => {
    expect(showCell(readCell("x".repeat(60)))).toHaveLength(41);
    expect(showCell(readCell(true))).toBe("TRUE");
    expect(showCell(readCell(false))).toBe("FALSE");
    expect(showCell(readCell(""))).toBe("(blank)");
    expect(showCell(readCell(new Date(Date.UTC(2023, 8, 17))))).toBe("2023-09-17");
  });
});
