import type { ColumnUnit } from "./types";

/**
 * Excel number format of each unit. Money carries `$` because the data carry no currency code and a bare number
 * would hide that it is an amount ($ matches the sample data); percents with one decimal read naturally for shares
 * and changes; ROAS and other ratios with two decimals (1.84); ISO dates are unambiguous in every locale;
 * statistics with 4 decimals are enough for elasticities, coefficients and p-values.
 */
export const UNIT_NUMBER_FORMATS: Readonly<Record<ColumnUnit, string>> = {
  currency: "$#,##0",
  "currency/week": "$#,##0",
  ratio: "0.00",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  count: "#,##0",
  number: "0.0000",
  text: "General",
  boolean: "General",
};

/** Units whose cells add up, so a total row holds their sum (a sum of ratios or percents means nothing). */
export const ADDITIVE_UNITS: readonly ColumnUnit[] = ["currency", "currency/week", "count"];

/** Prefix of every sheet name, so a user tells the add-in's output apart at a glance. */
export const TABLE_TITLE_PREFIX = "MMM";

/** Label of the first cell of a total row. */
export const TOTAL_LABEL = "Total";

/**
 * A contribution total smaller than this share of the fitted total is shown as 0. Parts measured against their own
 * mean (trend, seasonality, controls) sum to exactly 0 over the weeks; what is left is rounding noise, which differs in
 * the last bits between JavaScript engines (the pane's Chromium and the runner's Node) and would read as
 * "−0.0000000000296" on one surface and "−0.00000000000773" on another.
 */
export const ZERO_SUM_TOLERANCE = 1e-9;

/**
 * Why the observed-mediator variant is the headline: stage 2 sees the mediator as it was actually spent, which is
 * the standard causal-mediation estimate (indirect effect = the revenue change carried by the mediator change that
 * social spend causes; Imai, Keele & Tingley 2010).
 */
export const HEADLINE_VARIANT_REASON =
  "it is the standard causal-mediation estimate: stage 2 sees the mediator as it was actually spent, and the " +
  "indirect effect is the revenue carried by the change in the mediator that social spend causes";

/** What the predicted-mediator variant is for: a check that the split does not hinge on the mediator's own noise. */
export const PREDICTED_VARIANT_PURPOSE =
  "a sensitivity check: stage 2 is fed stage 1's cross-fitted prediction of the mediator instead of the observed " +
  "one; when its totals differ much from the headline's, read the direct/indirect split with care";

/** How each variant is read, as the Effects table's Reading column says it. */
export const VARIANT_READING = { observed: "headline", predicted: "sensitivity check" } as const;

/**
 * Words whose own spelling a readable name keeps (brands and acronyms a marketer writes this way): the names of
 * channels and controls are snake_case in data (`tiktok_spend`), and "Tiktok spend" reads as a typo.
 */
export const READABLE_WORDS: Readonly<Record<string, string>> = {
  tiktok: "TikTok",
  facebook: "Facebook",
  instagram: "Instagram",
  youtube: "YouTube",
  linkedin: "LinkedIn",
  google: "Google",
  snapchat: "Snapchat",
  pinterest: "Pinterest",
  twitter: "Twitter",
  meta: "Meta",
  sms: "SMS",
  tv: "TV",
  ctv: "CTV",
  ooh: "OOH",
  seo: "SEO",
  sem: "SEM",
  ppc: "PPC",
  roas: "ROAS",
};

/** Order a table lists statuses in: what needs action first. */
export const STATUS_ORDER = { fail: 0, review: 1, pass: 2 } as const;
