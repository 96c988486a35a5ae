import type { Series, SeriesLike } from "../../types";

/** intercept + X·β for a column-major design (the shared inner loop of every fit's fitted values). */
export function predictColumnMajor(
  data: Float64Array,
  rows: number,
  intercept: number,
  coefficients: SeriesLike
): Series {
  const out = new Float64Array(rows).fill(intercept);
  for (let j = 0; j < coefficients.length; j++) {
    const beta = coefficients[j] as number;
    if (beta === 0) continue;
    const offset = j * rows;
    for (let i = 0; i < rows; i++)
      out[i] = (out[i] as number) + beta * (data[offset + i] as number);
  }
  return out;
}
