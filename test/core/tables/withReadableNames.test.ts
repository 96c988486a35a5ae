import { withReadableNames } from "../../../src/core/tables/withReadableNames";

describe("withReadableNames", () => {
  it("replaces raw and sentence spellings of each name, whole words only", () => {
    expect(
      withReadableNames("Tiktok spend and tiktok_spend move with tiktok_spend_2", ["tiktok_spend"])
    ).toBe("TikTok spend and TikTok spend move with tiktok_spend_2");
    expect(withReadableNames("sin_1 drifts", ["sin_1"])).toBe("Season (sine 1) drifts");
    expect(withReadableNames("no names here", [])).toBe("no names here");
  });
});
