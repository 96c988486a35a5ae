import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { detectRoles } from "../../../src/core/data/detectRoles";

describe("detectRoles", () => {
  it("reads the assessment sheet's headers", () => {
    const headers = [
      "week",
      "facebook_spend",
      "google_spend",
      "tiktok_spend",
      "instagram_spend",
      "snapchat_spend",
      "social_followers",
      "average_price",
      "promotions",
      "emails_send",
      "sms_send",
      "revenue",
    ];
    expect(detectRoles(headers)).toEqual({
      date: "week",
      outcome: "revenue",
      mediator: "google_spend",
      social: ["facebook_spend", "tiktok_spend", "instagram_spend", "snapchat_spend"],
      controls: ["social_followers", "average_price", "promotions", "emails_send", "sms_send"],
    });
  });

  it("reads Robyn's conventions: DATE, _S spend, search_S as mediator, competitor_sales_B and events as controls", () => {
    const headers = [
      "DATE",
      "revenue",
      "tv_S",
      "facebook_I",
      "search_clicks_P",
      "search_S",
      "competitor_sales_B",
    ];
    expect(detectRoles([...headers, "facebook_S", "events", "newsletter"])).toEqual({
      date: "DATE",
      outcome: "revenue",
      mediator: "search_S",
      social: ["tv_S", "facebook_S"],
      controls: ["competitor_sales_B", "events", "newsletter"],
    });
  });

  it("reads Meridian's time, conversions, *_spend and *_control with no mediator", () => {
    const roles = detectRoles([
      "time",
      "conversions",
      "Channel0_spend",
      "Channel0_impression",
      "sentiment_score_control",
      "Promo",
    ]);
    expect(roles).toEqual({
      date: "time",
      outcome: "conversions",
      mediator: null,
      social: ["Channel0_spend"],
      controls: ["sentiment_score_control", "Promo"],
    });
  });

  it("reads PyMC-Marketing's date_week and y and leaves unnamed channels to the caller", () => {
    expect(detectRoles(["date_week", "y", "x1", "x2", "event_1", "dayofyear", "t"])).toEqual({
      date: "date_week",
      outcome: "y",
      mediator: null,
      social: [],
      controls: ["event_1"],
    });
  });

  it("ignores case, spaces and hyphens, and prefers date over week and revenue over sales", () => {
    const roles = detectRoles([
      "Week",
      " Date ",
      "Sales",
      "Revenue",
      "Paid Search Spend",
      "TV-Spend",
      "Avg Price",
    ]);
    expect(roles).toMatchObject({
      date: " Date ",
      outcome: "Revenue",
      mediator: "Paid Search Spend",
      social: ["TV-Spend"],
    });
    expect(roles.controls).toEqual(["Avg Price"]);
  });

  it("prefers date_week over a bare week, which may hold week numbers", () => {
    expect(detectRoles(["week", "date_week", "y", "tv_spend"]).date).toBe("date_week");
  });

  it("makes a second search column a social channel and competitor spend a control", () => {
    const roles = detectRoles([
      "date",
      "sales",
      "google_spend",
      "bing_search_spend",
      "competitor_spend",
    ]);
    expect(roles.mediator).toBe("google_spend");
    expect(roles.social).toEqual(["bing_search_spend"]);
    expect(roles.controls).toEqual(["competitor_spend"]);
  });

  it("returns empty date and outcome when nothing matches, and counts a repeated header once", () => {
    expect(detectRoles(["a", "b", "fb_spend", "fb_spend", ""])).toEqual({
      date: "",
      outcome: "",
      mediator: null,
      social: ["fb_spend"],
      controls: [],
    });
  });

  it("gives every header at most one role, whatever the headers", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom("week", "revenue", "x_spend", "google_spend", "price")
          )
        ),
        (headers) => {
          const roles = detectRoles(headers);
          const named = [
            roles.date,
            roles.outcome,
            roles.mediator ?? "",
            ...roles.social,
            ...roles.controls,
          ].filter((name) => name !== "");
          expect(new Set(named).size).toBe(named.length);
          for (const name of named) expect(headers).toContain(name);
        }
      )
    );
  });
});
