import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { installCustomFunctionsFake } from "./customFunctionsFake";
installCustomFunctionsFake();
import { elasticity, hill, lift, mediation, weibull } from "../../src/functions/functions";
import { logLinearLift } from "../../src/core/regression/logLinearLift";
import { logLogElasticity } from "../../src/core/regression/logLogElasticity";
import { simpleMediation } from "../../src/core/regression/simpleMediation";
import { weibullAdstock } from "../../src/core/transforms/adstock/weibullAdstock";
import { hillSaturation } from "../../src/core/transforms/saturation/hillSaturation";
import { scenarioFixture } from "../core/scenario/_helpers";

/** Property runs are cheap alone but share two cores with model fits in a full run: allow for that. */
const PROPERTY_TIMEOUT_MS = 30_000;

const fixture = scenarioFixture();
const column = (values: readonly number[]) => values.map((v) => [v]);
const row = (values: readonly number[]) => [Array.from(values)];
/** Expects an Excel error with this code whose message contains the text. */
const excelError = (code: string, text: string | RegExp) =>
  expect.objectContaining({ code, message: expect.stringMatching(text) });

describe("MMM.WEIBULL", () => {
  it("agrees with weibullAdstock and keeps the input's shape", () => {
    const spend = [100, 0, 0, 50, 0];
    const core = Array.from(
      weibullAdstock(spend, { shape: 1, scale: 0.5, maxLag: 4, type: "cdf" })
    );
    expect(weibull(column(spend), 1, 0.5)).toEqual(column(core));
    expect(weibull(row(spend), 1, 0.5, null as never, null as never)).toEqual(row(core));
    const pdf = Array.from(weibullAdstock(spend, { shape: 2, scale: 0.3, maxLag: 2, type: "pdf" }));
    expect(weibull(column(spend), 2, 0.3, 2, "PDF")).toEqual(column(pdf));
  });
  it("answers #VALUE! for an unknown type, a scale above 1 and a text cell", () => {
    expect(() => weibull([[1]], 1, 0.5, 0, "gamma")).toThrow(
      excelError("#VALUE!", /type must be one of "cdf", "pdf"/)
    );
    expect(() => weibull([[1]], 1, 2)).toThrow(excelError("#VALUE!", /scale/));
    expect(() => weibull([[1], ["x"]], 1, 0.5)).toThrow(excelError("#VALUE!", /position 2/));
  });
});

describe("MMM.HILL", () => {
  it("agrees with hillSaturation in the input's shape", () => {
    const spend = [0, 50, 100, 200];
    const core = Array.from(hillSaturation(spend, { halfSaturation: 100, shape: 2 }));
    expect(hill(row(spend), 100, 2)).toEqual(row(core));
    expect(hill(column(spend), 100, 2)[2]).toEqual([0.5]);
  });
  it("answers #VALUE! for a half-saturation of 0, a negative value and a 2-D block", () => {
    expect(() => hill([[1]], 0, 1)).toThrow(excelError("#VALUE!", /halfSaturation|half/i));
    expect(() => hill([[-1]], 1, 1)).toThrow(excelError("#VALUE!", /negative|0 or more|at least/i));
    expect(() =>
      hill(
        [
          [1, 2],
          [3, 4],
        ],
        1,
        1
      )
    ).toThrow(excelError("#VALUE!", /single row or a single column/));
  });
});

describe("MMM.ELASTICITY", () => {
  const controls = fixture.email.map((e) => [e]);
  it("agrees with logLogElasticity, alone and with the LINEST-like stats block", () => {
    const core = logLogElasticity(fixture.units, fixture.price, { controls: [fixture.email] });
    expect(elasticity(column(fixture.units), column(fixture.price), controls)).toEqual([
      [core.value],
    ]);
    expect(elasticity(column(fixture.units), column(fixture.price), controls, true)).toEqual([
      ["elasticity", "standard error", "t", "n"],
      [core.value, core.standardError, core.tValue, fixture.units.length],
    ]);
  });
  it("reads rows as well as columns, controls one per row", () => {
    const core = logLogElasticity(fixture.units, fixture.price, { controls: [fixture.email] });
    expect(elasticity(row(fixture.units), row(fixture.price), [fixture.email])).toEqual([
      [core.value],
    ]);
  });
  it("answers #VALUE! for a zero outcome, a negative price, unequal lengths and a control block of the wrong size", () => {
    expect(() => elasticity([[1], [0], [2]], [[1], [2], [3]])).toThrow(
      excelError("#VALUE!", /outcome must be above 0/)
    );
    expect(() => elasticity([[1], [2], [3]], [[1], [-2], [3]])).toThrow(
      excelError("#VALUE!", /price must be above 0/)
    );
    expect(() => elasticity([[1], [2], [3]], [[1], [2]])).toThrow(
      excelError("#VALUE!", /price has 2 values but outcome has 3/)
    );
    expect(() => elasticity([[1], [2], [3], [4]], [[1], [2], [3], [5]], [[1], [2]])).toThrow(
      excelError("#VALUE!", /controls has 2 rows × 1 columns; select 4 rows/)
    );
    expect(() =>
      elasticity([[1], [2], [3], [4]], [[1], [2], [3], [5]], [[1], [2], ["a"], [4]])
    ).toThrow(excelError("#VALUE!", /controls has "a" in control 1 at position 3/));
  });
});

describe("MMM.LIFT", () => {
  it("agrees with logLinearLift (exp(β) − 1)", () => {
    const core = logLinearLift(fixture.units, fixture.promo, { controls: [fixture.email] });
    expect(
      lift(
        column(fixture.units),
        column(fixture.promo),
        fixture.email.map((e) => [e])
      )
    ).toBe(core.value);
    expect(lift([[100], [110], [100], [110]], [[0], [1], [0], [1]])).toBeCloseTo(0.1, 12);
  });
  it("answers #VALUE! for a flag that is not 0/1 or never 1, and a blank outcome", () => {
    expect(() => lift([[1], [2], [3]], [[0], [2], [1]])).toThrow(
      excelError("#VALUE!", /flag must be 1/)
    );
    expect(() => lift([[1], [2], [3]], [[0], [0], [0]])).toThrow(
      excelError("#VALUE!", /flag is 0 in every week/)
    );
    expect(() => lift([[1], [""], [3]], [[0], [1], [0]])).toThrow(
      excelError("#VALUE!", /a blank cell at position 2/)
    );
  });
});

describe("MMM.MEDIATION", () => {
  const args = [
    column(fixture.spend),
    column(fixture.mediator),
    column(fixture.revenue),
    fixture.email.map((e) => [e]),
  ] as const;
  it("agrees with simpleMediation: direct, indirect, total and share mediated, with an optional label row", () => {
    const core = simpleMediation(fixture.spend, fixture.mediator, fixture.revenue, {
      controls: [fixture.email],
      decay: 0.4,
    });
    const numbers = [core.direct, core.indirect, core.total, core.shareMediated];
    expect(mediation(...args, 0.4)).toEqual([numbers]);
    expect(mediation(...args, 0.4, true)).toEqual([
      ["direct", "indirect", "total", "share mediated"],
      numbers,
    ]);
  });
  it("answers #VALUE! for a decay of 1 and unequal lengths", () => {
    expect(() => mediation(...args, 1)).toThrow(excelError("#VALUE!", /decay/));
    expect(() =>
      mediation(column(fixture.spend), column(fixture.mediator.slice(1)), column(fixture.revenue))
    ).toThrow(excelError("#VALUE!", /mediator has 59 values but treatment has 60/));
  });
});

describe("every worksheet function", () => {
  it(
    "throws nothing but a CustomFunctions.Error, whatever the cells hold",
    () => {
      const cell = fc.oneof(
        fc.double(),
        fc.string({ maxLength: 3 }),
        fc.boolean(),
        fc.constant(null),
        fc.constant("")
      );
      const range = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), {
        minLength: 1,
        maxLength: 6,
      });
      const scalar = fc.oneof(fc.double(), fc.constant(null));
      fc.assert(
        fc.property(range, range, range, scalar, scalar, (a, b, c, x, y) => {
          const calls = [
            () => weibull(a, x as number, y as number),
            () => hill(a, x as number, y as number),
            () => elasticity(a, b, c, true),
            () => lift(a, b, c),
            () => mediation(a, b, c, null as never, x as number),
          ];
          for (const call of calls) {
            try {
              call();
            } catch (error) {
              expect(error).toBeInstanceOf(CustomFunctions.Error);
            }
          }
        }),
        { numRuns: 200 }
      );
    },
    PROPERTY_TIMEOUT_MS
  );
});
