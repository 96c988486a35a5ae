import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { InvalidParameterError } from "../../../../src/core/errors";
import { applySaturation } from "../../../../src/core/transforms/saturation/applySaturation";
import { parseSaturationSpec } from "../../../../src/core/transforms/saturation/parseSaturationSpec";
import { saturationRegistry } from "../../../../src/core/transforms/saturation/registry";
import {
  SATURATION_KINDS,
  type SaturationSpec,
} from "../../../../src/core/transforms/saturation/saturationSpec";

const spend = [0, 0.2, 1, 3, 0.5, 10, 0];

describe.each(SATURATION_KINDS)("the %s saturation", (kind) => {
  const entry = saturationRegistry[kind];
  const spec = entry.defaults as SaturationSpec;

  it("is registered under its own kind with defaults of that kind", () => {
    expect(entry.kind).toBe(kind);
    expect(spec.kind).toBe(kind);
  });
  it("keeps the length of the series and maps 0 to 0", () => {
    const out = applySaturation(spend, spec);
    expect(out).toHaveLength(spend.length);
    expect(out[0]).toBe(0);
  });
  it("gives the same values through the registry function and applySaturation", () => {
    const viaRegistry = (entry.fn as (v: ArrayLike<number>, s: SaturationSpec) => Float64Array)(
      spend,
      spec
    );
    expect(Array.from(viaRegistry)).toEqual(Array.from(applySaturation(spend, spec)));
  });
  it("is non-negative and non-decreasing on non-negative input", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 40 }),
        (x) => {
          const sorted = [...x].sort((a, b) => a - b);
          const out = applySaturation(sorted, spec);
          return out.every((v, i) => v >= 0 && (i === 0 || v >= (out[i - 1] as number)));
        }
      )
    );
  });
  it("survives a JSON round trip of its spec", () => {
    const copy = parseSaturationSpec(JSON.parse(JSON.stringify(spec)));
    expect(copy).toEqual(spec);
    expect(Array.from(applySaturation(spend, copy))).toEqual(
      Array.from(applySaturation(spend, spec))
    );
  });
  it("rejects every parameter outside its bounds", () => {
    for (const [field, bound] of Object.entries(entry.bounds)) {
      const outside = [Number.NaN, bound.lower - 1];
      if (Number.isFinite(bound.upper)) outside.push(bound.upper + 1);
      if (!bound.lowerInclusive) outside.push(bound.lower);
      for (const value of outside) {
        const bad = { ...spec, [field]: value } as SaturationSpec;
        expect(() => applySaturation(spend, bad)).toThrow(InvalidParameterError);
        expect(() => parseSaturationSpec(bad)).toThrow(InvalidParameterError);
      }
    }
  });
  it("has search ranges inside its valid bounds", () => {
    for (const bound of Object.values(entry.bounds)) {
      expect(bound.searchLower).toBeGreaterThanOrEqual(bound.lower);
      expect(bound.searchUpper).toBeLessThanOrEqual(bound.upper);
    }
  });
});

describe("the none saturation", () => {
  it("is the identity", () => {
    expect(Array.from(applySaturation(spend, { kind: "none" }))).toEqual(spend);
  });
});

describe("applySaturation and parseSaturationSpec", () => {
  it("reject an unknown kind and list the valid ones", () => {
    const bogus = { kind: "sigmoid" } as unknown as SaturationSpec;
    expect(() => applySaturation(spend, bogus)).toThrow(/hill, logistic, none/);
    expect(() => parseSaturationSpec(bogus)).toThrow(InvalidParameterError);
    expect(() => parseSaturationSpec(undefined)).toThrow(InvalidParameterError);
  });
});
