import { readableName } from "../../../src/core/tables/readableName";

describe("readableName", () => {
  it.each([
    ["tiktok_spend", "TikTok spend"],
    ["facebook_spend", "Facebook spend"],
    ["sin_1", "Season (sine 1)"],
    ["cos_12", "Season (cosine 12)"],
    ["sms_send", "SMS send"],
    ["average_price", "Average price"],
    ["trend", "Trend"],
    ["Revenue", "Revenue"],
    ["sine_1", "Sine 1"],
  ])("%s reads as %s", (feature, expected) => {
    expect(readableName(feature)).toBe(expected);
  });
});
