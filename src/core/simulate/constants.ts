/**
 * Defaults of the sample-data simulator. The scales follow the real assessment data
 * (/work/shared/data/mmm_weekly_assessment.csv, 104 weeks from 2023-09-17): facebook always on at about 5,300 a
 * week; tiktok, instagram and snapchat on in about 40% of weeks; google at 0 in 59 of 104 weeks; revenue about
 * 49,000 a week; average price about 100; promotions in 22 of 104 weeks; about 120,000 emails and 23,600 SMS a week.
 */

/** Default simulation length: 104 weeks, the length of the real data. */
export const DEFAULT_WEEKS = 104;

/** Shortest simulation accepted: half a year; below that adstock and seasonality cannot be told apart. */
export const MIN_WEEKS = 26;

/** Longest simulation accepted: ten years of weeks, far beyond any benchmark scenario (they use 104–260). */
export const MAX_WEEKS = 520;

/** Default first week: 2023-09-17, a Sunday and the first week of the real data. */
export const DEFAULT_START_DATE = "2023-09-17";

/** Default seed, so `simulateMmmData()` is reproducible without arguments. */
export const DEFAULT_SEED = 20240611;

/** Revenue noise sd as a fraction of revenue: 4%, a typical out-of-sample error of a good weekly MMM. */
export const DEFAULT_REVENUE_NOISE = 0.04;

/** Google noise sd on the log scale: 5%, so google follows social spend closely but not exactly. */
export const DEFAULT_GOOGLE_NOISE = 0.05;

/**
 * Default price elasticity of revenue: −1.2, a moderate value. Bijmolt, van Heerde & Pieters (2005) report a mean
 * sales elasticity of −2.62 across studies, i.e. a revenue elasticity of about −1.6.
 */
export const DEFAULT_PRICE_ELASTICITY = -1.2;

/** Default fractional revenue lift in a promotion week: 15%. */
export const DEFAULT_PROMO_LIFT = 0.15;

/** Share of weeks with a promotion: 22 of 104 in the real data. */
export const DEFAULT_PROMO_SHARE = 0.21;

/** Price cut in promotion weeks: 5%, so price and promotions are correlated as in practice. */
export const PROMO_PRICE_CUT = 0.05;

/** Reference price level (currency units), as in the real data's mean of 100. */
export const PRICE_LEVEL = 100;

/** Week-to-week price variation (sd of an AR(1) on the log scale), about the real data's 87–113 range. */
export const PRICE_VARIATION = 0.04;

/** Share of google weeks switched off by the exogenous flag: 59 of 104 in the real data. */
export const DEFAULT_GOOGLE_OFF_SHARE = 0.57;

/** Default revenue intercept (currency per week) before trend, seasonality, media and CRM. */
export const DEFAULT_INTERCEPT = 30000;

/** Default trend: base revenue rises by 3,000 a week from the first to the last week (10% of the intercept). */
export const DEFAULT_TREND = 3000;

/** Default amplitude of yearly seasonality in revenue units (10% of the intercept). */
export const DEFAULT_SEASONALITY = 3000;

/** Default revenue per email sent (currency); with about 120,000 emails a week, about 3,000 a week. */
export const DEFAULT_EMAIL_EFFECT = 0.025;

/** Default revenue per SMS sent (currency); with about 23,600 SMS a week, about 1,900 a week. */
export const DEFAULT_SMS_EFFECT = 0.08;

/** Mean weekly emails, as in the real data. */
export const EMAIL_LEVEL = 120000;

/** Mean weekly SMS, as in the real data. */
export const SMS_LEVEL = 23600;

/** Week-to-week variation of CRM sends (sd on the log scale), about the real data's spread. */
export const CRM_VARIATION = 0.2;

/** Followers at the first week and their mean weekly growth, about the real data's 0–143,000 over two years. */
export const FOLLOWERS_START = 20000;

/** Mean weekly growth of followers. */
export const FOLLOWERS_GROWTH = 1200;

/** Default carry-over window of the true geometric adstock: 12 weeks (0.7^13 ≈ 1% is left beyond it). */
export const DEFAULT_ADSTOCK_MAX_LAG = 12;

/** Default mean length of a flighting burst, in weeks. */
export const DEFAULT_BURST_WEEKS = 6;

/** Week-to-week spend variation within a burst (sd of log spend). */
export const SPEND_VARIATION = 0.25;

/** Relative step of the central difference used for the true price elasticity: ±1% of every price. */
export const ELASTICITY_STEP = 0.01;

/** Default window of `expectedRevenue`: the last 13 weeks (a quarter), where budget plans are usually judged. */
export const DEFAULT_EXPECTED_REVENUE_WEEKS = 13;

/** Smallest allowed 1 + ε of the revenue noise, so a freak draw never makes revenue negative. */
export const MIN_NOISE_FACTOR = 0.1;

/**
 * Standard error of a simulated lift test as a fraction of its true lift: 20% is a typical well-powered geo
 * experiment (a 90% interval of about ±33% of the lift); tests much noisier than that barely move a fit.
 */
export const DEFAULT_LIFT_TEST_RELATIVE_SE = 0.2;
