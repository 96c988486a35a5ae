/** Defaults of the calendar features (trend, seasonality, events). */

/**
 * Weeks in an average year: 365.25 / 7 = 52.18. The default Fourier period for weekly data, so the yearly cycle
 * does not drift by a day and a quarter each year as a 52-week period would (Prophet uses 365.25 days too).
 */
export const WEEKS_PER_YEAR = 52.18;

/**
 * Default number of sin/cos pairs of the yearly seasonality: 2 pairs (4 columns) capture a main and a half-year
 * cycle without eating many degrees of freedom from two years of weekly data (Robyn/Prophet use more on daily data).
 */
export const DEFAULT_FOURIER_ORDER = 2;
