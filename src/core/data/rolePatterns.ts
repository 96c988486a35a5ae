/**
 * The header names `detectRoles` recognises, after lower-casing and turning spaces and hyphens into `_`.
 * Sources: this project's sheet (week, revenue, `*_spend`, google_spend), Robyn's conventions (`DATE`, `*_S`
 * spend, competitor_sales_B, newsletter, events), Meridian's (`time`, conversions, `*_control`, Promo) and
 * PyMC-Marketing's (`date_week`, `y`).
 */

/**
 * Date column names, best first; the first that a header matches wins. Names saying "date" come before a bare
 * `week`, which in some sheets holds a week number (1–52) beside the real date.
 */
export const DATE_NAMES: readonly string[] = [
  "date",
  "date_week",
  "week_date",
  "week_start",
  "week_starting",
  "week_commencing",
  "week_ending",
  "week",
  "ds",
  "time",
  "period",
];

/** Outcome (KPI) column names, best first. */
export const OUTCOME_NAMES: readonly string[] = [
  "revenue",
  "sales",
  "conversions",
  "y",
  "kpi",
  "total_revenue",
  "total_sales",
  "net_sales",
  "net_revenue",
  "orders",
];

/**
 * A spend column: `*_spend`, `*_cost(s)`, `*_investment`, `*_budget` (`TikTok Cost`, `Instagram Investment`,
 * `Facebook Spend`) or Robyn's `*_S`.
 */
export const SPEND_PATTERN = /(?:^|_)(?:spend|spends|cost|costs|investment|invest|budget)$|_s$/;

/**
 * A spend column that is the search mediator: google_spend, search_S, `Search spend`, `*google*_cost`, or named
 * for search advertising alone (`Paid Search`, `Google Ads`, `SEM`, `AdWords`), since such a column holds spend.
 */
export const MEDIATOR_PATTERN =
  /(?:google|search|adwords|(?:^|_)sem(?:_|$)).*(?:spend|cost|costs|investment|budget|_s$)|(?:spend|cost).*(?:google|search)|^(?:paid_search|search|google|google_ads|google_adwords|adwords|sem|search_ads|search_engine_marketing)$/;

/**
 * A header that looks like spend anywhere in its name; such a column left without a role gets a warning that
 * says so, since dropping a channel silently biases every other channel's effect.
 */
export const SPEND_LIKE_PATTERN = /spend|cost|invest|budget|(?:^|_)s$/;

/** Control (non-media driver) column names matched exactly. */
export const CONTROL_NAMES: readonly string[] = [
  "price",
  "average_price",
  "avg_price",
  "promotions",
  "promotion",
  "promo",
  "promos",
  "discount",
  "emails_send",
  "email_send",
  "emails_sent",
  "emails",
  "sms_send",
  "sms_sent",
  "sms",
  "social_followers",
  "followers",
  "newsletter",
  "newsletters",
  "holiday",
  "holidays",
  "event",
  "events",
  "temperature",
  "weather",
];

/** Control columns matched by pattern: events numbered (event_1), competitor figures, Meridian's `*_control`. */
export const CONTROL_PATTERN = /^events?_?\d+$|competitor|_control$|price|promo|holiday/;

/** Columns that split a table into geographies (a geo panel), which the add-in does not take. */
export const GEO_NAMES: readonly string[] = [
  "geo",
  "geos",
  "geo_id",
  "geo_name",
  "geography",
  "region",
  "dma",
  "market",
  "state",
  "country",
  "territory",
  "city",
  "store",
];
