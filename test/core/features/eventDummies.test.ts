import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { eventDummies } from "../../../src/core/features/eventDummies";

describe("eventDummies", () => {
  it("copies a 0/1 flag into a named column", () => {
    const flag = [0, 1, 0, 1];
    const result = eventDummies(flag, "promotions");
    expect(result.names).toEqual(["promotions"]);
    expect(Array.from(result.columns[0] as Float64Array)).toEqual(flag);
  });
  it("gives no column for a flag that never changes", () => {
    expect(eventDummies([0, 0, 0], "promotions").names).toEqual([]);
    expect(eventDummies([1, 1], "promotions").columns).toEqual([]);
  });
  it("rejects values other than 0 and 1, naming the column and week", () => {
    expect(() => eventDummies([0, 2, 1], "promotions")).toThrow(InvalidParameterError);
    expect(() => eventDummies([0, 0.5], "promotions")).toThrow(/'promotions'.*week 2 has 0.5/);
    expect(() => eventDummies([0, Number.NaN], "promotions")).toThrow(InvalidParameterError);
  });
});
