import { formatPValue, formatStatistic, humanName, humanPair } from "./_internal/formatValue";

/**
 * Every sentence the residual checks show, in one place (house style: wording apart from the checks). Each entry
 * gives a label for the table row and one message per situation; review and fail share the wording because the
 * status badge already says how serious it is.
 *
 * @example
 * DIAGNOSTIC_MESSAGES.durbinWatson.positive(0.9);
 * // => "Residuals are autocorrelated (Durbin–Watson 0.9): effects' intervals are likely too narrow. …"
 */
export const DIAGNOSTIC_MESSAGES = Object.freeze({
  durbinWatson: Object.freeze({
    label: "Autocorrelation (Durbin–Watson)",
    pass: (d: number) =>
      `No sign of week-to-week autocorrelation (Durbin–Watson ${formatStatistic(d)}; about 2 is ideal).`,
    positive: (d: number) =>
      `Residuals are autocorrelated (Durbin–Watson ${formatStatistic(d)}): effects' intervals are likely too ` +
      "narrow. Adding trend, seasonality, holidays or longer carry-over (adstock) usually helps.",
    negative: (d: number) =>
      `Residuals swing up and down from one week to the next (Durbin–Watson ${formatStatistic(d)}): the model ` +
      "may over-react to weekly changes, so its intervals are unreliable.",
  }),
  ljungBox: Object.freeze({
    label: (lags: number) => `Autocorrelation up to ${lags} weeks (Ljung–Box)`,
    pass: (lags: number, p: number) =>
      `No sign of autocorrelation over ${lags} weeks (Ljung–Box ${formatPValue(p)}).`,
    problem: (lags: number, p: number) =>
      `Residuals are related across the last ${lags} weeks (Ljung–Box ${formatPValue(p)}): effects' intervals ` +
      "are likely too narrow. A missing seasonal pattern or carry-over is the usual cause.",
  }),
  normality: Object.freeze({
    jarqueBeraLabel: "Normal residuals (Jarque–Bera)",
    shapiroWilkLabel: "Normal residuals (Shapiro–Wilk)",
    pass: (test: string, p: number) =>
      `Residuals look normally distributed (${test} ${formatPValue(p)}).`,
    problem: (test: string, p: number) =>
      `Residuals are not bell-shaped (${test} ${formatPValue(p)}): a few unusual weeks may drive the results. ` +
      "Check for outliers such as holidays, stock-outs or data errors.",
  }),
  breuschPagan: Object.freeze({
    label: "Constant error size (Breusch–Pagan)",
    pass: (p: number) =>
      `The model's errors are about the same size in all weeks (Breusch–Pagan ${formatPValue(p)}).`,
    problem: (p: number) =>
      `The size of the model's errors changes with spend and other inputs (Breusch–Pagan ${formatPValue(p)}): ` +
      "intervals may be too narrow in some weeks and too wide in others. Modelling revenue on a log scale often helps.",
  }),
  varianceInflation: Object.freeze({
    label: (feature: string) => `Overlap with other inputs: ${humanName(feature)} (VIF)`,
    pass: (feature: string, vif: number) =>
      `${humanName(feature)} moves largely on its own (VIF ${formatStatistic(vif)}).`,
    problem: (feature: string, partner: string | null, vif: number) =>
      partner === null
        ? `${humanName(feature)} moves together with the other inputs (VIF ${formatStatistic(vif)}): its separate effect is poorly determined.`
        : `${humanPair(feature, partner)} move together (VIF ${formatStatistic(vif)}): their separate effects ` +
          "are poorly determined. Varying one without the other (a test) or combining them helps.",
  }),
});
