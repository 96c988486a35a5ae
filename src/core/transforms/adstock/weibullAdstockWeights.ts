import { InvalidParameterError } from "../../errors";
import type { Series } from "../../types";
import { MAX_LAG_BOUND, WEIBULL_SCALE_BOUND, WEIBULL_SHAPE_BOUND } from "../constants";
import { checkParameter } from "../parameterBound";

/** Parameters of Weibull adstock (Robyn's `adstock_weibull`). */
export interface WeibullAdstockParams {
  /** Weibull shape k ≥ 0; 0 means no effect at all (every weight 0), as in Robyn. */
  readonly shape: number;
  /** Scale as a share of the carry-over window, in [0, 1] (Robyn's relative scale). */
  readonly scale: number;
  /** Weeks of carry-over after the spend week; the window holds maxLag + 1 weeks (Robyn's `windlen`). */
  readonly maxLag: number;
  /** `cdf`: decay from 1 by Weibull survival, peak in the spend week; `pdf`: normalised density, peak may lag. */
  readonly type: "cdf" | "pdf";
}

/**
 * The lag weights of Weibull adstock, exactly as Robyn's `adstock_weibull` builds them.
 *
 * With window length L = maxLag + 1 and the absolute scale λ = round(quantile(1..L, scale)) (linear quantile,
 * ties to even, as R's `quantile` type 7 and `round`):
 * - `cdf`: w = cumprod([1, 1 − F(1), …, 1 − F(L−1)]) with F the Weibull(k, λ) CDF, so w[0] = 1 and weights fall;
 * - `pdf`: d = [f(1), …, f(L)] with f the Weibull(k, λ) density, then w = (d − min d) / (max d − min d), or
 *   [1, 0, …, 0] when d is constant.
 * shape = 0 gives all-zero weights. Costs O(maxLag).
 *
 * @param params - shape ≥ 0, scale in [0, 1], maxLag whole ≥ 0, type
 * @returns weight of each lag 0..maxLag: `[maxLag + 1]`
 * @throws {InvalidParameterError} when a parameter is outside its range or `type` is not `cdf`/`pdf`
 * @example
 * weibullAdstockWeights({ shape: 1, scale: 0.5, maxLag: 2, type: "cdf" }); // => Float64Array [1, 0.6065…, 0.2231…]
 * @see facebookexperimental/Robyn R/R/transformation.R, `adstock_weibull`
 */
export function weibullAdstockWeights(params: WeibullAdstockParams): Series {
  const { shape, scale, maxLag, type } = params;
  checkParameter("shape", shape, WEIBULL_SHAPE_BOUND);
  checkParameter("scale", scale, WEIBULL_SCALE_BOUND);
  checkParameter("maxLag", maxLag, MAX_LAG_BOUND);
  if (!Number.isFinite(maxLag)) {
    throw new InvalidParameterError(
      "maxLag",
      "maxLag must be a finite number of weeks for Weibull adstock."
    );
  }
  if (type !== "cdf" && type !== "pdf") {
    throw new InvalidParameterError("type", `type must be "cdf" or "pdf" (got ${String(type)}).`);
  }
  const length = maxLag + 1;
  const weights = new Float64Array(length);
  if (shape === 0) return weights;
  const lambda = absoluteScale(scale, length);
  if (type === "cdf") {
    let product = 1;
    weights[0] = 1;
    for (let lag = 1; lag < length; lag++) {
      // 1 − F(lag) is the Weibull survival exp(−(lag/λ)^k).
      product *= Math.exp(-Math.pow(lag / lambda, shape));
      weights[lag] = product;
    }
    return weights;
  }
  let low = Infinity;
  let high = -Infinity;
  for (let lag = 0; lag < length; lag++) {
    const density = weibullDensity(lag + 1, shape, lambda);
    weights[lag] = density;
    low = Math.min(low, density);
    high = Math.max(high, density);
  }
  if (high - low === 0) {
    weights.fill(0);
    weights[0] = 1;
    return weights;
  }
  for (let lag = 0; lag < length; lag++)
    weights[lag] = ((weights[lag] as number) - low) / (high - low);
  return weights;
}

/** Robyn's scaleTrans: round(quantile(1:length, scale)) with R's type-7 quantile and round-half-even. */
function absoluteScale(scale: number, length: number): number {
  const position = (length - 1) * scale;
  const below = Math.floor(position);
  return roundHalfEven(1 + below + (position - below));
}

function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Weibull density f(x) = k/λ (x/λ)^{k−1} exp(−(x/λ)^k) for x > 0. */
function weibullDensity(x: number, shape: number, lambda: number): number {
  const z = x / lambda;
  return (shape / lambda) * Math.pow(z, shape - 1) * Math.exp(-Math.pow(z, shape));
}
