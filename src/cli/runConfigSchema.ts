import { z } from "zod";
import type { FitOptions } from "../core/model/types";
import type { ColumnRoles } from "../core/types";
import type { BootstrapTuning } from "../core/analysis/types";

/**
 * The fit options a --config file may set: every `FitOptions` field except `fitTime`, which the runner owns (it is
 * left out of the outputs unless `--stamp-time` is given, so the same data and seed give the same bytes).
 */
export type ConfigFitOptions = Omit<FitOptions, "fitTime">;

/** Each field's `describe()` text is the "allowed" part of its error message, so it is written for the user. */
const columnHeader = z.string().describe("a column header (text)");
const columnHeaders = z
  .array(columnHeader)
  .describe('a list of column headers, e.g. ["tiktok_spend"]');
const yesNo = z.boolean().describe("true or false (without quotes)");
const wholeNumberFrom = (least: number) =>
  z.number().int().min(least).describe(`a whole number, at least ${least}`);

/**
 * One schema per `FitOptions` key. `satisfies` makes a key added to `FitOptions` without a schema here a compile
 * error, so the config can never silently ignore a new option.
 */
const fitShape = {
  form: z
    .enum(["auto", "additive", "multiplicative"])
    .describe(`"auto", "additive" or "multiplicative"`),
  directPaths: yesNo,
  nonNegativeMedia: yesNo,
  holdoutShare: z
    .number()
    .min(0)
    .lt(1)
    .describe("a share of the weeks from 0 up to (not including) 1, e.g. 0.2"),
  cvFolds: wholeNumberFrom(1)
    .nullable()
    .describe("a whole number, at least 1, or null for automatic"),
  crossFitBlocks: wholeNumberFrom(2),
  priceColumn: columnHeader.nullable().describe("a column header (text), or null for none"),
  promotionColumn: columnHeader.nullable().describe("a column header (text), or null for none"),
  interactions: z
    .array(z.strictObject({ left: columnHeader, right: columnHeader }))
    .describe(`a list of {"left": header, "right": header} pairs`),
  outliers: z
    .strictObject({
      method: z.enum(["iqr", "robustZ"]).describe(`"iqr" or "robustZ"`),
      cap: yesNo,
    })
    .partial({ cap: true })
    .nullable()
    .describe(`{"method": "iqr" | "robustZ", "cap": true | false}, or null for off`),
  controlLags: z
    .record(z.string(), wholeNumberFrom(1).describe("a whole number of weeks, at least 1"))
    .describe(`an object of control column → weeks of lag, e.g. {"emails_send": 1}`),
  fourierOrder: wholeNumberFrom(0),
  seasonPeriod: z.number().gt(1).describe("a number of weeks above 1, e.g. 52.18"),
  priceCutoff: z.enum(["auto", "never"]).describe(`"auto" or "never"`),
  onOff: z.enum(["auto", "never"]).describe(`"auto" or "never"`),
  variantDisagreement: z.number().gt(0).describe("a number above 0, e.g. 0.5"),
  finalFit: z.enum(["all", "train"]).describe(`"all" or "train"`),
  liftTests: z
    .array(
      z.strictObject({
        channel: columnHeader,
        startWeek: z.string().describe('an ISO date, e.g. "2024-03-03"'),
        endWeek: z.string().describe('an ISO date, e.g. "2024-04-21"'),
        readoutEndWeek: z
          .string()
          .describe('an ISO date on or after endWeek, e.g. "2024-05-12" (absent = endWeek)')
          .optional(),
        lift: z.number().nullable().describe("incremental revenue over the test weeks, or null"),
        roas: z.number().nullable().describe("incremental revenue per unit of spend, or null"),
        standardError: z.number().gt(0).describe("a standard error above 0"),
        path: z.enum(["total", "direct"]).describe(`"total" or "direct"`),
        row: z.number().int().optional(),
      })
    )
    .describe(
      `a list of {"channel", "startWeek", "endWeek", "readoutEndWeek" (optional), "lift" | "roas", ` +
        `"standardError", "path"} objects`
    ),
  liftTestShapes: yesNo,
  contributionBase: z
    .record(z.string(), z.number().describe("a number in the column's units, e.g. 99"))
    .describe(`an object of control column → reference value, e.g. {"average_price": 99}`),
} satisfies { readonly [Key in keyof Required<ConfigFitOptions>]: z.ZodType };

const tunings = ["auto", "retuned", "fixed"] as const satisfies readonly BootstrapTuning[];

const rolesShape = {
  date: columnHeader,
  outcome: columnHeader,
  mediator: columnHeader
    .nullable()
    .describe("a column header (text), or null for a single-stage model"),
  social: columnHeaders,
  controls: columnHeaders,
} satisfies { readonly [Key in keyof ColumnRoles]: z.ZodType };

/** The whole --config file. Strict objects everywhere: an unknown key is an error, never ignored. */
export const runConfigSchema = z.strictObject({
  roles: z
    .strictObject(rolesShape)
    .partial()
    .describe(`an object such as {"mediator": "search_S"}`)
    .optional(),
  dateOrder: z.enum(["dayFirst", "monthFirst"]).describe(`"dayFirst" or "monthFirst"`).optional(),
  decimalSeparator: z
    .enum([".", ","])
    .describe(`"." (1,234.5) or "," (1.234,5, as German or French exports write numbers)`)
    .optional(),
  fit: z.strictObject(fitShape).partial().describe("an object of fit options").optional(),
  bootstrap: z
    .strictObject({
      replicates: wholeNumberFrom(0),
      tuning: z.enum(tunings).describe(`"auto", "retuned" or "fixed"`),
    })
    .partial()
    .describe(`an object such as {"replicates": 200, "tuning": "auto"}`)
    .optional(),
  budget: z
    .strictObject({
      total: z
        .number()
        .gt(0)
        .nullable()
        .describe("a weekly amount above 0, or null to keep the current total"),
      minShare: z.number().min(0).describe("a fraction of current spend, e.g. 0.5"),
      maxShare: z.number().min(0).describe("a fraction of current spend, e.g. 1.5"),
    })
    .partial()
    .describe(`an object such as {"total": 20000, "minShare": 0.5, "maxShare": 1.5}`)
    .optional(),
});

/** What the schema accepts. */
export type RunConfigInput = z.infer<typeof runConfigSchema>;

/** Fails to compile unless what the schema accepts is a valid `ConfigFitOptions`, so the two cannot drift apart. */
type CheckedFitOptions<Input extends ConfigFitOptions> = Input;

/** The `fit` part as the schema accepts it (checked against `FitOptions`). */
export type ConfigFitInput = CheckedFitOptions<NonNullable<RunConfigInput["fit"]>>;
