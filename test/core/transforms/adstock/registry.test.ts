import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { InvalidParameterError } from "../../../../src/core/errors";
import {
  ADSTOCK_KINDS,
  type AdstockSpec,
} from "../../../../src/core/transforms/adstock/adstockSpec";
import { applyAdstock } from "../../../../src/core/transforms/adstock/applyAdstock";
import { parseAdstockSpec } from "../../../../src/core/transforms/adstock/parseAdstockSpec";
import { adstockRegistry } from "../../../../src/core/transforms/adstock/registry";
import { expectClose } from "../_helpers/expectClose";

const spend = [120, 0, 0, 80, 40, 0, 0, 0, 200, 10, 0, 0];

describe.each(ADSTOCK_KINDS)("the %s adstock", (kind) => {
  const entry = adstockRegistry[kind];
  const spec = entry.defaults as AdstockSpec;

  it("is registered under its own kind with defaults of that kind", () => {
    expect(entry.kind).toBe(kind);
    expect(spec.kind).toBe(kind);
  });
  it("keeps the length of the series", () => {
    expect(applyAdstock(spend, spec)).toHaveLength(spend.length);
  });
  it("gives the same values through the registry function and applyAdstock", () => {
    const viaRegistry = (entry.fn as (v: ArrayLike<number>, s: AdstockSpec) => Float64Array)(
      spend,
      spec
    );
    expect(Array.from(viaRegistry)).toEqual(Array.from(applyAdstock(spend, spec)));
  });
  it("never turns non-negative spend negative", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 40 }), (x) =>
        applyAdstock(x, spec).every((v) => v >= 0)
      )
    );
  });
  it("is linear in its input", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1e4, noNaN: true }),
            fc.double({ min: 0, max: 1e4, noNaN: true })
          ),
          {
            minLength: 1,
            maxLength: 30,
          }
        ),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (pairs, factor) => {
          const a = pairs.map((p) => p[0]);
          const b = pairs.map((p) => p[1]);
          const combined = applyAdstock(
            a.map((v, i) => factor * v + (b[i] as number)),
            spec
          );
          const fa = applyAdstock(a, spec);
          const fb = applyAdstock(b, spec);
          const expected = Array.from(fa, (v, i) => factor * v + (fb[i] as number));
          expectClose(combined, expected, 1e-9);
        }
      )
    );
  });
  it("survives a JSON round trip of its spec", () => {
    const copy = parseAdstockSpec(JSON.parse(JSON.stringify(spec)));
    expect(copy).toEqual(spec);
    expect(Array.from(applyAdstock(spend, copy))).toEqual(Array.from(applyAdstock(spend, spec)));
  });
  it("rejects every parameter outside its bounds", () => {
    for (const [field, bound] of Object.entries(entry.bounds)) {
      const outside = [Number.NaN, bound.lower - 1];
      if (Number.isFinite(bound.upper)) outside.push(bound.upper + 1);
      if (!bound.lowerInclusive) outside.push(bound.lower);
      if (!bound.upperInclusive) outside.push(bound.upper);
      for (const value of outside) {
        const bad = { ...spec, [field]: value } as AdstockSpec;
        expect(() => applyAdstock(spend, bad)).toThrow(InvalidParameterError);
        expect(() => parseAdstockSpec(bad)).toThrow(InvalidParameterError);
      }
    }
  });
  it("has search ranges inside its valid bounds", () => {
    for (const bound of Object.values(entry.bounds)) {
      expect(bound.searchLower).toBeGreaterThanOrEqual(bound.lower);
      expect(bound.searchUpper).toBeLessThanOrEqual(bound.upper);
      expect(bound.searchLower).toBeLessThan(bound.searchUpper);
    }
  });
});

describe("the none adstock", () => {
  it("is the identity", () => {
    expect(Array.from(applyAdstock(spend, { kind: "none" }))).toEqual(spend);
  });
});

describe("geometric adstock with normalize", () => {
  it("keeps total spend except for what falls past the end of the series", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.integer({ min: 0, max: 8 }),
        (x, decay, maxLag) => {
          const padded = [...x, ...new Array<number>(maxLag).fill(0)];
          const out = applyAdstock(padded, { kind: "geometric", decay, maxLag, normalize: true });
          const total = x.reduce((a, b) => a + b, 0);
          const kept = out.reduce((a, b) => a + b, 0);
          expect(Math.abs(kept - total)).toBeLessThanOrEqual(1e-9 * Math.max(1, total));
        }
      )
    );
  });
});

describe("applyAdstock and parseAdstockSpec", () => {
  it("reject an unknown kind and list the valid ones", () => {
    const bogus = { kind: "exponential" } as unknown as AdstockSpec;
    expect(() => applyAdstock(spend, bogus)).toThrow(/geometric, weibullCdf, weibullPdf, none/);
    expect(() => parseAdstockSpec(bogus)).toThrow(InvalidParameterError);
    expect(() => parseAdstockSpec(null)).toThrow(InvalidParameterError);
  });
  it("read an infinite maxLag stored by JSON as null", () => {
    const spec: AdstockSpec = { kind: "geometric", decay: 0.4, maxLag: Infinity };
    expect(parseAdstockSpec(JSON.parse(JSON.stringify(spec)))).toEqual(spec);
  });
  it("reject a missing number and a non-boolean normalize", () => {
    expect(() => parseAdstockSpec({ kind: "weibullCdf", shape: 1, maxLag: 3 })).toThrow(
      InvalidParameterError
    );
    expect(() => parseAdstockSpec({ kind: "geometric", decay: 0.1, normalize: "yes" })).toThrow(
      InvalidParameterError
    );
  });
  it("drop fields the kind does not know", () => {
    expect(parseAdstockSpec({ kind: "geometric", decay: 0.1, colour: "red" })).toEqual({
      kind: "geometric",
      decay: 0.1,
    });
  });
});
