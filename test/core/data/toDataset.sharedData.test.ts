// Ingestion of the real assessment sheet and of public example data sets (read from ../shared when present).
import { describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { readCsvGrid } from "../../../src/cli/readCsvGrid";
import { toDataset } from "../../../src/core/data/toDataset";
import type {
  IngestionResult,
  IngestionSuccess,
  ToDatasetOptions,
} from "../../../src/core/data/types";

const dataDir = join(__dirname, "../../../../shared/data");
const publicDir = join(dataDir, "public");

/** `it` when the file exists, otherwise `it.skip` with a note saying why. */
function whenPresent(path: string): typeof it.skip {
  if (existsSync(path)) return it;
  process.stdout.write(`skipping ingestion test: ${path} is absent\n`);
  return it.skip;
}

function ingest(path: string, options?: ToDatasetOptions): IngestionResult {
  return toDataset(readCsvGrid(readFileSync(path, "utf8")), options);
}

function passed(result: IngestionResult): IngestionSuccess {
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result;
}

describe("toDataset on the assessment sheet", () => {
  const path = join(dataDir, "mmm_weekly_assessment.csv");
  whenPresent(path)(
    "reads 104 weeks, 4 social channels, the google_spend mediator and 5 controls without error",
    () => {
      const result = passed(ingest(path));
      const { dataset } = result;
      expect(dataset.weeks).toHaveLength(104);
      expect(dataset.weeks[0]).toBe("2023-09-17");
      expect(dataset.roles.social).toEqual([
        "facebook_spend",
        "tiktok_spend",
        "instagram_spend",
        "snapchat_spend",
      ]);
      expect(dataset.roles.mediator).toBe("google_spend");
      expect(dataset.roles.outcome).toBe("revenue");
      expect(dataset.roles.controls).toEqual([
        "social_followers",
        "average_price",
        "promotions",
        "emails_send",
        "sms_send",
      ]);
      expect(result.warnings.filter((issue) => issue.severity === "error")).toEqual([]);
      // First data row of the CSV: revenue 83124.16, facebook_spend 6030.8.
      expect(dataset.columns.revenue?.[0]).toBe(83124.16);
      expect(dataset.columns.facebook_spend?.[0]).toBe(6030.8);
      expect(dataset.sourceRows[0]).toBe(2);
    }
  );
});

describe("toDataset on public example data sets", () => {
  const robyn = join(publicDir, "robyn_dt_simulated_weekly.csv");
  whenPresent(robyn)(
    "accepts Robyn's weekly data with search_S as mediator and the _S channels as social",
    () => {
      const roles = {
        date: "DATE",
        outcome: "revenue",
        mediator: "search_S",
        social: ["tv_S", "ooh_S", "print_S", "facebook_S"],
        controls: ["competitor_sales_B", "newsletter"],
      };
      const result = passed(ingest(robyn, { roles }));
      expect(result.dataset.weeks).toHaveLength(208);
      expect(result.dataset.roles).toEqual(roles);
      expect(result.columnRoles.find((entry) => entry.header === "events")?.role).toBe("ignored");
    }
  );
  whenPresent(robyn)(
    "detects Robyn's roles from its headers and leaves the text events column ignored",
    () => {
      const result = passed(ingest(robyn));
      expect(result.detectedRoles.mediator).toBe("search_S");
      expect(result.detectedRoles.controls).toEqual(["competitor_sales_B", "newsletter"]);
    }
  );

  const national = join(publicDir, "meridian_national_media.csv");
  whenPresent(national)(
    "accepts Meridian's national media data as a plain MMM (time column, no mediator)",
    () => {
      const roles = {
        date: "time",
        outcome: "conversions",
        mediator: null,
        social: ["Channel0_spend", "Channel1_spend", "Channel2_spend", "Channel3_spend"],
        controls: ["competitor_activity_score_control", "sentiment_score_control"],
      };
      const result = passed(ingest(national, { roles }));
      expect(result.dataset.weeks).toHaveLength(156);
      expect(result.dataset.roles.mediator).toBeNull();
      expect(result.detectedRoles).toEqual(roles);
    }
  );

  const allChannels = join(publicDir, "meridian_national_all_channels.csv");
  whenPresent(allChannels)(
    "accepts Meridian's national all-channels data with 5 paid channels and Promo",
    () => {
      const result = passed(ingest(allChannels, { roles: { mediator: null } }));
      expect(result.dataset.weeks).toHaveLength(156);
      expect(result.dataset.roles.social).toHaveLength(5);
      expect(result.dataset.roles.controls).toContain("Promo");
    }
  );

  const pymc = join(publicDir, "pymc_mmm_example.csv");
  whenPresent(pymc)(
    "accepts PyMC-Marketing's example with y as outcome and x1, x2 as channels",
    () => {
      const roles = {
        outcome: "y",
        mediator: null,
        social: ["x1", "x2"],
        controls: ["event_1", "event_2"],
      };
      const result = passed(ingest(pymc, { roles }));
      expect(result.dataset.weeks).toHaveLength(179);
      expect(result.dataset.roles.date).toBe("date_week");
    }
  );
  whenPresent(pymc)(
    "says which role is missing when PyMC-Marketing's channels are not named",
    () => {
      const result = ingest(pymc);
      expect(result.ok).toBe(false);
      // Neither the channels nor a mediator can be recognised from x1/x2: both are asked for.
      const errors = result.ok ? [] : result.issues.filter((issue) => issue.severity === "error");
      expect(errors.map((issue) => issue.code)).toEqual(["missing_column", "missing_column"]);
    }
  );

  const geo = join(publicDir, "meridian_geo_media.csv");
  whenPresent(geo)("refuses Meridian's geo panel with one geo_panel issue", () => {
    const result = ingest(geo, { roles: { mediator: null } });
    expect(result.ok).toBe(false);
    // Its impression and population columns have no role: warned about, not refused.
    const issues = result.ok ? [] : result.issues.filter((issue) => issue.severity === "error");
    expect(
      issues.map((issue) => ({ code: issue.code, row: issue.row, column: issue.column }))
    ).toEqual([{ code: "geo_panel", row: 1, column: "geo" }]);
    expect(issues[0]?.message).toContain("20 values");
  });
});
