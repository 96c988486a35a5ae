import { createRandom } from "../../../../src/core/random/createRandom";
import type { Dataset } from "../../../../src/core/types";

/** Options of the small local generator (a stand-in until src/core/simulate lands). */
export interface SmallSimulationOptions {
  readonly weeks?: number;
  readonly seed?: number;
  /** Share of weeks with no mediator spend. */
  readonly mediatorZeroShare?: number;
  /** Noise sd as a share of mean revenue. */
  readonly noise?: number;
  readonly directPaths?: boolean;
  readonly mediator?: boolean;
}

/** A dataset with known effects: totals and indirect parts per channel by the model's own counterfactual rule. */
export interface SmallSimulation {
  readonly dataset: Dataset;
  readonly truth: Readonly<Record<string, { total: number; indirect: number; spend: number }>>;
}

const SOCIAL = ["facebook_spend", "tiktok_spend", "instagram_spend", "snapchat_spend"];

function adstock(values: Float64Array, decay: number): Float64Array {
  const out = new Float64Array(values.length);
  let carry = 0;
  values.forEach((value, t) => {
    carry = value + decay * carry;
    out[t] = carry;
  });
  return out;
}

const hill = (x: number, k: number) => (x <= 0 ? 0 : x / (x + k));

/**
 * Weekly data from a known two-stage process: google = 300 + Σ 0.25·adstock(social) (+ noise, switched off in a
 * share of weeks); revenue = 20000 + Σ direct_c · hill(adstock(social_c)) + 40000 · hill(adstock(google)) + price,
 * promotions + noise.
 */
export function smallSimulation(options: SmallSimulationOptions = {}): SmallSimulation {
  const n = options.weeks ?? 104;
  const random = createRandom(options.seed ?? 7);
  const normal = () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const zeroShare = options.mediatorZeroShare ?? 0.3;
  const withMediator = options.mediator ?? true;
  const direct = options.directPaths ?? true;
  const social: Record<string, Float64Array> = {};
  SOCIAL.forEach((name, c) => {
    social[name] = Float64Array.from({ length: n }, () =>
      random() < 0.25 * (c % 2) ? 0 : (2000 + 1000 * c) * (0.5 + random())
    );
  });
  const mediatorOn = Float64Array.from({ length: n }, () => (random() < zeroShare ? 0 : 1));
  const mediatorNoise = Float64Array.from({ length: n }, () => 1 + 0.1 * normal());
  const price = Float64Array.from({ length: n }, () => 100 + 5 * normal());
  const promotions = Float64Array.from({ length: n }, () => (random() < 0.2 ? 1 : 0));
  const noise = Float64Array.from({ length: n }, () => normal());
  const directWeights = [12000, 8000, 15000, 5000];
  const decays = [0.3, 0.5, 0.2, 0.4];
  const googleFrom = (columns: Record<string, Float64Array>) => {
    const out = new Float64Array(n).fill(300);
    SOCIAL.forEach((name, c) => {
      const stock = adstock(columns[name] as Float64Array, decays[c] as number);
      for (let t = 0; t < n; t++) out[t] = (out[t] as number) + 0.25 * (stock[t] as number);
    });
    return out.map((value, t) => value * (mediatorOn[t] as number) * (mediatorNoise[t] as number));
  };
  const revenueFrom = (columns: Record<string, Float64Array>, google: Float64Array) => {
    const out = new Float64Array(n);
    const googleStock = adstock(google, 0.3);
    SOCIAL.forEach((name, c) => {
      const stock = adstock(columns[name] as Float64Array, decays[c] as number);
      const k = 3000 + 1500 * c;
      for (let t = 0; t < n; t++)
        out[t] =
          (out[t] as number) +
          (direct ? (directWeights[c] as number) * hill(stock[t] as number, k) : 0);
    });
    for (let t = 0; t < n; t++) {
      out[t] =
        (out[t] as number) +
        20000 +
        (withMediator ? 40000 * hill(googleStock[t] as number, 2500) : 0) -
        150 * ((price[t] as number) - 100) +
        4000 * (promotions[t] as number);
    }
    return out;
  };
  const google = googleFrom(social);
  const clean = revenueFrom(social, google);
  const meanRevenue = clean.reduce((a, b) => a + b, 0) / n;
  const revenue = clean.map(
    (value, t) => value + (options.noise ?? 0.04) * meanRevenue * (noise[t] as number)
  );
  const truth: Record<string, { total: number; indirect: number; spend: number }> = {};
  const sum = (values: Float64Array) => values.reduce((a, b) => a + b, 0);
  for (const name of SOCIAL) {
    const zeroed = { ...social, [name]: new Float64Array(n) };
    const googleZero = withMediator ? googleFrom(zeroed) : google;
    const total = sum(clean) - sum(revenueFrom(zeroed, googleZero));
    const indirect = withMediator ? sum(clean) - sum(revenueFrom(social, googleZero)) : 0;
    truth[name] = { total, indirect, spend: sum(social[name] as Float64Array) };
  }
  const start = Date.UTC(2023, 0, 1);
  const weeks = Array.from({ length: n }, (_, t) =>
    new Date(start + t * 7 * 86400000).toISOString().slice(0, 10)
  );
  const columns: Record<string, Float64Array> = {
    ...social,
    ...(withMediator ? { google_spend: google } : {}),
    average_price: price,
    promotions,
    revenue,
  };
  return {
    dataset: {
      weeks,
      roles: {
        date: "week",
        outcome: "revenue",
        mediator: withMediator ? "google_spend" : null,
        social: SOCIAL,
        controls: ["average_price", "promotions"],
      },
      columns,
      sourceRows: weeks.map((_, t) => t + 2),
      headers: ["week", ...Object.keys(columns)],
    },
    truth,
  };
}
