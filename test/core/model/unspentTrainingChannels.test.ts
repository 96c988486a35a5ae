import { unspentTrainingChannels } from "../../../src/core/model/unspentTrainingChannels";
import type { Dataset } from "../../../src/core/types";

function dataset(columns: Record<string, number[]>): Dataset {
  const periods = Object.values(columns)[0]?.length ?? 0;
  const weeks = Array.from(
    { length: periods },
    (_, i) => `2024-01-${String(i + 1).padStart(2, "0")}`
  );
  return {
    weeks,
    roles: {
      date: "week",
      outcome: "revenue",
      mediator: "google_spend",
      social: ["facebook_spend", "tiktok_spend"],
      controls: [],
    },
    columns: Object.fromEntries(
      Object.entries(columns).map(([name, values]) => [name, Float64Array.from(values)])
    ),
    sourceRows: weeks.map((_, i) => i + 2),
    headers: ["week", ...Object.keys(columns)],
  };
}

const spent = [5, 6, 7, 8, 9, 5, 6, 7, 8, 9];

describe("unspentTrainingChannels", () => {
  it("names a channel spent only in the holdout, with its training and holdout weeks", () => {
    // 10 weeks, share 0.2: weeks 1-8 train, 9-10 holdout.
    const found = unspentTrainingChannels(
      dataset({
        revenue: spent,
        google_spend: spent,
        facebook_spend: spent,
        tiktok_spend: [0, 0, 0, 0, 0, 0, 0, 0, 0, 4],
      }),
      { holdoutShare: 0.2 }
    );
    expect(found.channels).toEqual(["tiktok_spend"]);
    expect(found.warning).toMatch(
      /^tiktok_spend has no spend in any of the 8 training weeks \(2024-01-01 to 2024-01-08\) but spend in 1 of the 2 holdout weeks \(2024-01-10\)\. .*leave it out of budget decisions/
    );
  });

  it("finds nothing when every channel has training spend, or a channel is never spent", () => {
    const found = unspentTrainingChannels(
      dataset({
        revenue: spent,
        google_spend: spent,
        facebook_spend: [0, 0, 0, 0, 0, 0, 0, 1, 0, 0],
        tiktok_spend: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      })
    );
    expect(found).toEqual({ channels: [], warning: null });
  });

  it("follows the holdout share: the same spend counts as training with a smaller holdout", () => {
    const columns = {
      revenue: spent,
      google_spend: [0, 0, 0, 0, 0, 0, 0, 0, 3, 3],
      facebook_spend: spent,
      tiktok_spend: spent,
    };
    expect(unspentTrainingChannels(dataset(columns), { holdoutShare: 0.2 }).channels).toEqual([
      "google_spend",
    ]);
    expect(unspentTrainingChannels(dataset(columns), { holdoutShare: 0.1 }).channels).toEqual([]);
    expect(unspentTrainingChannels(dataset(columns), { holdoutShare: 0 }).channels).toEqual([]);
  });
});
