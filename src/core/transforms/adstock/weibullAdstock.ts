import { toFloat64 } from "../_internal/toFloat64";
import type { Series, SeriesLike } from "../../types";
import { weibullAdstockWeights, type WeibullAdstockParams } from "./weibullAdstockWeights";

/**
 * Weibull adstock: carry-over with a flexible decay rate (CDF form) or a delayed peak (PDF form), as in Robyn.
 *
 * out[t] = Σ_{l=0..min(maxLag, t)} w[l] · x[t−l], with w from {@link weibullAdstockWeights}. Robyn's default window
 * is the whole series (`windlen = length(x)`), which is `maxLag = values.length − 1` here; a shorter window makes
 * the relative `scale` refer to that shorter window. The weights are not normalised (as in Robyn): w[0] = 1 in the
 * CDF form and max w = 1 in the PDF form. Costs O(n · maxLag).
 *
 * @param values - weekly spend, oldest first: `[periods]`
 * @param params - shape ≥ 0, scale in [0, 1] relative to the window, maxLag whole ≥ 0, type `cdf` | `pdf`
 * @returns adstocked series: `[periods]`
 * @throws {InvalidParameterError} when a parameter is outside its range
 * @example
 * weibullAdstock([100, 0, 0], { shape: 1, scale: 0.5, maxLag: 2, type: "cdf" }); // => Float64Array [100, 60.65…, 22.31…]
 * @see facebookexperimental/Robyn R/R/transformation.R, `adstock_weibull`
 */
export function weibullAdstock(values: SeriesLike, params: WeibullAdstockParams): Series {
  const weights = weibullAdstockWeights(params);
  const x = toFloat64(values);
  const n = x.length;
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const reach = Math.min(weights.length - 1, t);
    let sum = 0;
    for (let lag = 0; lag <= reach; lag++) sum += (weights[lag] as number) * (x[t - lag] as number);
    out[t] = sum;
  }
  return out;
}
