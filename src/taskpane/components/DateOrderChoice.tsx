import * as React from "react";
import { Field, Radio, RadioGroup } from "@fluentui/react-components";

/** How dd/mm or mm/dd date text is read. */
export type DateOrder = "dayFirst" | "monthFirst";

/** Props of DateOrderChoice. */
export interface DateOrderChoiceProps {
  /** The current answer, or null before the user has chosen. */
  readonly value: DateOrder | null;
  readonly disabled: boolean;
  readonly onChange: (value: DateOrder) => void;
}

/**
 * Asks how to read date text such as 03/04/2024 when no day above 12 settles it (the README's promise: "ambiguous →
 * you are asked which"). Shown while the question is open and after it was answered, so the answer can be changed.
 * @param props - See DateOrderChoiceProps.
 * @returns The question with two choices.
 * @example <DateOrderChoice value={null} disabled={false} onChange={setOrder} />
 */
export function DateOrderChoice({
  value,
  disabled,
  onChange,
}: DateOrderChoiceProps): React.ReactElement {
  return (
    <Field
      label="How are the dates written?"
      hint="Dates such as 03/04/2024 can be read two ways; pick how your file writes them."
    >
      <RadioGroup
        data-testid="date-order"
        value={value ?? ""}
        disabled={disabled}
        onChange={(_event, data) => onChange(data.value as DateOrder)}
      >
        <Radio value="dayFirst" label="Day first (17/09/2023 = 17 September)" />
        <Radio value="monthFirst" label="Month first (09/17/2023 = September 17)" />
      </RadioGroup>
    </Field>
  );
}
