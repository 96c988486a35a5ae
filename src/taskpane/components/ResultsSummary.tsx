/* global HTMLHeadingElement */
import * as React from "react";
import { Badge, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ResultCardChannel, ResultCardVerdict } from "../state/resultCard";
import type { SummaryFigures } from "../state/selectors";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    margin: "0",
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
});

/** Badge colour and word per verdict: words as well as colour, so the badge reads without colour vision. */
const VERDICT_BADGE = {
  pass: { color: "success", text: "Pass" },
  review: { color: "warning", text: "Review" },
  fail: { color: "danger", text: "Fail" },
} as const;

const percent = (value: number | null): string =>
  value === null || !Number.isFinite(value) ? "n/a" : `${(value * 100).toFixed(1)}%`;
const decimal = (value: number | null, digits = 2): string =>
  value === null || !Number.isFinite(value) ? "n/a" : value.toFixed(digits);
const range = (
  interval: { lower: number; upper: number } | null,
  show: (value: number) => string
): string => (interval ? ` (90%: ${show(interval.lower)}–${show(interval.upper)})` : "");

/** Props of ResultsSummary. */
export interface ResultsSummaryProps {
  readonly figures: SummaryFigures;
  /** The run's health verdict with its drivers in plain words (resultCardVerdict), or null when none was made. */
  readonly verdict: ResultCardVerdict | null;
  /** ROAS and share mediated per channel with their intervals and confidence notes (resultCardChannels). */
  readonly channels: readonly ResultCardChannel[];
  /** Largest recommended budget move in words, or null when no budget was computed. */
  readonly topBudgetMove: string | null;
  /**
   * Whether these are point estimates only (a provisional run): "running" while intervals, diagnostics and the
   * budget plan are still being computed, "stopped" when the run ended without them (cancelled or failed).
   * @defaultValue null (a complete run)
   */
  readonly provisional?: "running" | "stopped" | null;
  /** The calibration line (resultCardCalibration), or null when the fit had no lift tests. @defaultValue null */
  readonly calibration?: string | null;
  /** The heading, so the pane can move focus to it when the result is ready. */
  readonly headingRef?: React.Ref<HTMLHeadingElement>;
}

/** What the card says while it shows point estimates only. */
const PROVISIONAL_NOTE = {
  running:
    "Point estimates. Intervals, diagnostics, the health verdict and the budget plan are still being computed; this card and the MMM sheets update when they are ready.",
  stopped:
    "Point estimates only: the run ended before intervals, diagnostics, the health verdict and the budget plan were computed. Fit again for them.",
} as const;

/**
 * The key figures of a fit, headed by the health verdict (a Pass/Review/Fail badge, its sentence and the findings
 * that drive it): holdout R², MAPE and WAPE of both stages, per channel its ROAS with the 90% interval and
 * a plain-language confidence note and its share mediated with the interval, price elasticity, promo lift and the top
 * budget move. Details are on the MMM sheets.
 * @param props - See ResultsSummaryProps.
 * @returns The summary.
 * @example <ResultsSummary figures={summaryFigures(result)} verdict={resultCardVerdict(run)} topBudgetMove={null} />
 */
export function ResultsSummary({
  figures,
  verdict,
  channels,
  topBudgetMove,
  provisional = null,
  calibration = null,
  headingRef,
}: ResultsSummaryProps): React.ReactElement {
  const styles = useStyles();
  const pending =
    provisional === null ? null : provisional === "running" ? "coming" : "not computed";
  return (
    <section
      className={styles.root}
      aria-labelledby="results-title"
      aria-busy={provisional === "running"}
      data-testid="result-card"
      data-provisional={provisional ?? "no"}
    >
      <Text as="h2" weight="semibold" id="results-title" tabIndex={-1} ref={headingRef}>
        {provisional === null ? "3. Results" : "3. Results: point estimates"}
      </Text>
      {provisional !== null && (
        <Text italic data-testid="provisional-note">
          {PROVISIONAL_NOTE[provisional]}
        </Text>
      )}
      {pending !== null ? (
        <Text data-testid="verdict">Health verdict: {pending}.</Text>
      ) : verdict ? (
        <div data-testid="verdict" data-status={verdict.status}>
          <Text>
            Health verdict:{" "}
            <Badge appearance="filled" color={VERDICT_BADGE[verdict.status].color}>
              {VERDICT_BADGE[verdict.status].text}
            </Badge>{" "}
            {verdict.summary}
          </Text>
          {verdict.drivers.length > 0 && (
            <ul className={styles.list} aria-label="What the verdict rests on">
              {verdict.drivers.map((driver) => (
                <li key={driver}>
                  <Caption1>{driver}</Caption1>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <Text data-testid="verdict">Health verdict: not assessed (see the warnings).</Text>
      )}
      {calibration && <Text data-testid="calibration-line">{calibration}</Text>}
      <ul className={styles.list} aria-label="Holdout scores">
        {figures.stages.map((stage) => (
          <li key={stage.label}>
            <Text>
              {stage.label}: holdout R² {decimal(stage.r2)}, MAPE {percent(stage.mape)}, WAPE{" "}
              {percent(stage.wape)}
            </Text>
          </li>
        ))}
      </ul>
      <ul className={styles.list} aria-label="ROAS per channel">
        {channels.map((line) => (
          <li key={line.channel} data-testid="roas-line" data-confidence={line.confidence}>
            <Text>
              {line.channel}: ROAS {decimal(line.roas)}
              {range(line.roasInterval, (v) => decimal(v))}
            </Text>
            <br />
            <Caption1>{line.note}</Caption1>
            {line.shareMediated !== null && (
              <>
                <br />
                <Caption1>
                  {percent(line.shareMediated)} via the mediator
                  {range(line.shareInterval, percent)}
                </Caption1>
              </>
            )}
          </li>
        ))}
      </ul>
      <Text>Price elasticity: {decimal(figures.elasticity)}</Text>
      <Text>Promotion lift: {percent(figures.promoLift)}</Text>
      <Text>
        Top budget move:{" "}
        {topBudgetMove ?? (pending === null ? "not computed for this fit" : pending)}
      </Text>
      <Caption1>Full tables and charts are on the MMM sheets.</Caption1>
    </section>
  );
}
