import { readFileSync } from "fs";
import { join } from "path";

/** test/fixtures/transforms/transforms.json, written by test/fixtures/scripts/makeTransformFixtures.py. */
export interface TransformFixture {
  readonly inputs: { readonly spend: number[]; readonly pulse: number[] };
  readonly weibull: readonly {
    input: "spend" | "pulse";
    type: "cdf" | "pdf";
    shape: number;
    scale: number;
    maxLag: number;
    weights: number[];
    expected: number[];
  }[];
  readonly geometric: readonly {
    decay: number;
    maxLag: number | null;
    normalize: boolean;
    expected: number[];
  }[];
  readonly hill: readonly { halfSaturation: number; shape: number; expected: number[] }[];
  readonly logistic: readonly { steepness: number; expected: number[] }[];
}

export const transformFixture: TransformFixture = JSON.parse(
  readFileSync(join(__dirname, "../../../fixtures/transforms/transforms.json"), "utf8")
) as TransformFixture;
