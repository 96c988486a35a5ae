/** Householder QR of a column-major matrix with R's "limited pivoting": aliased columns are set aside, in order. */
export interface LimitedPivotQr {
  /** Number of columns kept (the numerical rank). */
  readonly rank: number;
  /** Original indices of the kept columns, in order: column k of R belongs to `kept[k]`. */
  readonly kept: readonly number[];
  /** Original indices of the aliased columns (linear combinations of earlier ones). */
  readonly aliased: readonly number[];
  /** R, `rank × rank` upper triangular, row-major. */
  readonly upper: Float64Array;
  /** Applies Qᵀ to a copy of a `[rows]` vector. */
  readonly applyQTranspose: (vector: Float64Array) => Float64Array;
}

/**
 * Factors A = QR column by column in the original order, as LINPACK dqrdc2 (the QR behind R's `lm`): a column whose
 * remaining norm, after the earlier kept columns are projected out, is at most `tolerance` times its own norm is
 * aliased and skipped. Earlier columns are therefore always preferred, which keeps the intercept and the first of two
 * duplicates. O(n·m²). Hand-written because ml-matrix's QrDecomposition has no pivoting and cannot flag aliased
 * columns.
 */
export function limitedPivotQr(
  data: Float64Array,
  rows: number,
  columns: number,
  tolerance: number
): LimitedPivotQr {
  const work = new Float64Array(data);
  const kept: number[] = [];
  const aliased: number[] = [];
  const reflectors: { readonly vector: Float64Array; readonly scale: number }[] = [];
  const diagonal: number[] = [];
  for (let c = 0; c < columns; c++) {
    const offset = c * rows;
    let fullSquares = 0;
    for (let i = 0; i < rows; i++) fullSquares += (data[offset + i] as number) ** 2;
    const k = kept.length;
    let squares = 0;
    for (let i = k; i < rows; i++) squares += (work[offset + i] as number) ** 2;
    const norm = Math.sqrt(squares);
    if (fullSquares === 0 || norm <= tolerance * Math.sqrt(fullSquares)) {
      aliased.push(c);
      continue;
    }
    const head = work[offset + k] as number;
    const alpha = head >= 0 ? -norm : norm;
    const vector = new Float64Array(rows - k);
    for (let i = k; i < rows; i++) vector[i - k] = work[offset + i] as number;
    vector[0] = head - alpha;
    let vectorSquares = 0;
    for (let i = 0; i < vector.length; i++) vectorSquares += (vector[i] as number) ** 2;
    const scale = 2 / vectorSquares;
    for (let later = c + 1; later < columns; later++) {
      const laterOffset = later * rows + k;
      let dot = 0;
      for (let i = 0; i < vector.length; i++)
        dot += (vector[i] as number) * (work[laterOffset + i] as number);
      const factor = scale * dot;
      for (let i = 0; i < vector.length; i++) {
        work[laterOffset + i] = (work[laterOffset + i] as number) - factor * (vector[i] as number);
      }
    }
    reflectors.push({ vector, scale });
    diagonal.push(alpha);
    kept.push(c);
  }
  const rank = kept.length;
  const upper = new Float64Array(rank * rank);
  kept.forEach((column, k) => {
    for (let i = 0; i < k; i++) upper[i * rank + k] = work[column * rows + i] as number;
    upper[k * rank + k] = diagonal[k] as number;
  });
  const applyQTranspose = (input: Float64Array): Float64Array => {
    const out = new Float64Array(input);
    reflectors.forEach(({ vector, scale }, k) => {
      let dot = 0;
      for (let i = 0; i < vector.length; i++) dot += (vector[i] as number) * (out[k + i] as number);
      const factor = scale * dot;
      for (let i = 0; i < vector.length; i++)
        out[k + i] = (out[k + i] as number) - factor * (vector[i] as number);
    });
    return out;
  };
  return { rank, kept, aliased, upper, applyQTranspose };
}
