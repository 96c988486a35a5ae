import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Dropdown,
  Field,
  Option,
  SpinButton,
  Switch,
  makeStyles,
  tokens,
  type SpinButtonOnChangeData,
} from "@fluentui/react-components";
import type { BootstrapTuning } from "../../core/analysis/types";
import { OPTION_LIMITS } from "../constants";
import type { FitFormOptions } from "../state/paneState";

const TUNINGS: readonly BootstrapTuning[] = ["auto", "retuned", "fixed"];

/** What each bootstrap tuning is called in the pane. */
const TUNING_LABELS: Readonly<Record<BootstrapTuning, string>> = {
  auto: "Auto (re-tune on small data)",
  retuned: "Re-tune in every replicate",
  fixed: "Hold fixed (faster, narrower)",
};

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  spin: { width: "100%", minWidth: "0" },
});

/** Props of OptionsPanel. */
export interface OptionsPanelProps {
  readonly options: FitFormOptions;
  readonly disabled: boolean;
  readonly onChange: (options: Partial<FitFormOptions>) => void;
}

/** The number a SpinButton change carries (typed text arrives in displayValue), or null when it is not one. */
function spinValue(data: SpinButtonOnChangeData): number | null {
  const value =
    data.value ?? (data.displayValue === undefined ? null : Number.parseFloat(data.displayValue));
  return value === null || Number.isNaN(value) ? null : value;
}

/**
 * The fit's options in a collapsed Accordion: holdout share, CV folds, direct social paths, bootstrap replicates and
 * whether they re-tune the curve shapes, seed, budget total and per-channel bounds. Every control has a label and works from the keyboard.
 * @param props - See OptionsPanelProps.
 * @returns The accordion.
 * @example <OptionsPanel options={DEFAULT_FORM_OPTIONS} disabled={false} onChange={update} />
 */
export function OptionsPanel({
  options,
  disabled,
  onChange,
}: OptionsPanelProps): React.ReactElement {
  const styles = useStyles();
  const number =
    (apply: (value: number) => Partial<FitFormOptions>) =>
    (_: unknown, data: SpinButtonOnChangeData): void => {
      const value = spinValue(data);
      if (value !== null) onChange(apply(value));
    };
  // Fields where an emptied box means "automatic" (null) rather than an invalid entry.
  const numberOrEmpty =
    (apply: (value: number | null) => Partial<FitFormOptions>) =>
    (_: unknown, data: SpinButtonOnChangeData): void => {
      if (data.displayValue === "") onChange(apply(null));
      else number(apply)(_, data);
    };
  return (
    <Accordion collapsible>
      <AccordionItem value="options">
        <AccordionHeader>2. Options</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Field
            label="Holdout share (% of last weeks)"
            hint="Scored once at the end; 0 turns the holdout off."
          >
            <SpinButton
              className={styles.spin}
              value={Math.round(options.holdoutShare * 100)}
              min={OPTION_LIMITS.holdoutShare.min * 100}
              max={OPTION_LIMITS.holdoutShare.max * 100}
              step={5}
              disabled={disabled}
              onChange={number((value) => ({ holdoutShare: value / 100 }))}
            />
          </Field>
          <Field
            label="Cross-validation folds"
            hint="Empty = automatic: 4, more on data over three years so each test block spans a quarter."
          >
            <SpinButton
              className={styles.spin}
              value={options.cvFolds}
              min={OPTION_LIMITS.cvFolds.min}
              max={OPTION_LIMITS.cvFolds.max}
              disabled={disabled}
              onChange={numberOrEmpty((value) => ({
                cvFolds: value === null ? null : Math.round(value),
              }))}
            />
          </Field>
          <Switch
            label="Direct social → revenue paths"
            checked={options.directPaths}
            disabled={disabled}
            onChange={(_, data) => onChange({ directPaths: data.checked })}
          />
          <Switch
            label="Fit without a mediator (single stage)"
            checked={options.allowSingleStage}
            disabled={disabled}
            onChange={(_, data) => onChange({ allowSingleStage: data.checked })}
          />
          <Field label="Bootstrap replicates" hint="0 = no uncertainty intervals.">
            <SpinButton
              className={styles.spin}
              value={options.bootstrapReplicates}
              min={OPTION_LIMITS.bootstrapReplicates.min}
              max={OPTION_LIMITS.bootstrapReplicates.max}
              step={50}
              disabled={disabled}
              onChange={number((value) => ({ bootstrapReplicates: Math.round(value) }))}
            />
          </Field>
          <Field
            label="Curve shapes in the bootstrap"
            hint="Re-tuning includes the uncertainty of carry-over and saturation; Auto re-tunes up to 1,600 weeks × channels."
          >
            <Dropdown
              aria-label="Curve shapes in the bootstrap"
              value={TUNING_LABELS[options.bootstrapTuning]}
              selectedOptions={[options.bootstrapTuning]}
              disabled={disabled || options.bootstrapReplicates < 2}
              onOptionSelect={(_, data) => {
                if (data.optionValue)
                  onChange({ bootstrapTuning: data.optionValue as BootstrapTuning });
              }}
            >
              {TUNINGS.map((tuning) => (
                <Option key={tuning} value={tuning}>
                  {TUNING_LABELS[tuning]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label="Seed">
            <SpinButton
              className={styles.spin}
              value={options.seed}
              min={0}
              disabled={disabled}
              onChange={number((value) => ({ seed: Math.round(value) }))}
            />
          </Field>
          <Field label="Weekly budget total" hint="Empty = keep the current total.">
            <SpinButton
              className={styles.spin}
              value={options.budgetTotal}
              min={0}
              step={1000}
              disabled={disabled}
              onChange={numberOrEmpty((value) => ({ budgetTotal: value }))}
            />
          </Field>
          <Field label="Lowest spend per channel (share of current)">
            <SpinButton
              className={styles.spin}
              value={options.budgetMin}
              min={0}
              max={options.budgetMax}
              step={0.1}
              disabled={disabled}
              onChange={number((value) => ({ budgetMin: value }))}
            />
          </Field>
          <Field label="Highest spend per channel (share of current)">
            <SpinButton
              className={styles.spin}
              value={options.budgetMax}
              min={options.budgetMin}
              step={0.1}
              disabled={disabled}
              onChange={number((value) => ({ budgetMax: value }))}
            />
          </Field>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
