import * as React from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ColumnRoleEntry } from "../../core/data/types";
import type { ColumnRole } from "../../core/types";

/** Roles offered in every column's Dropdown, with the words shown to the user. */
const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  date: "Date",
  outcome: "Outcome",
  mediator: "Mediator",
  social: "Social",
  control: "Control",
  ignored: "Ignored",
};
const ROLES = Object.keys(ROLE_LABELS) as ColumnRole[];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  facts: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  roles: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  header: { overflowWrap: "anywhere" },
  dropdown: { minWidth: "0", width: "100%" },
});

/** Props of DataStep. */
export interface DataStepProps {
  /** Sheet-qualified address of the data, or null before the first read. */
  readonly address: string | null;
  /** Weeks in the dataset, or null when ingestion failed. */
  readonly weeks: number | null;
  readonly columns: readonly ColumnRoleEntry[];
  readonly busy: boolean;
  readonly onUseSelection: () => void;
  readonly onRoleChange: (columnIndex: number, role: ColumnRole) => void;
}

/**
 * The Data step: a "Use selection" button, the address and number of weeks read, and a role Dropdown per column.
 * @param props - See DataStepProps.
 * @returns The step's elements.
 * @example <DataStep address="Data!A1:K105" weeks={104} columns={entries} busy={false} onUseSelection={read} onRoleChange={change} />
 */
export function DataStep(props: DataStepProps): React.ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="data-step-title">
      <Text as="h2" weight="semibold" id="data-step-title">
        1. Data
      </Text>
      <Caption1>
        Select your weekly table (or one cell inside an Excel table), then press Use selection.
      </Caption1>
      <Button onClick={props.onUseSelection} disabled={props.busy}>
        Use selection
      </Button>
      {props.address && (
        <div className={styles.facts}>
          <Text>
            Data: <strong>{props.address}</strong>
          </Text>
          <Text>{props.weeks === null ? "Weeks: not readable yet" : `Weeks: ${props.weeks}`}</Text>
        </div>
      )}
      {props.columns.length > 0 && (
        <div className={styles.roles} role="group" aria-label="Column roles">
          {props.columns.map((column) => (
            <React.Fragment key={column.columnIndex}>
              <Text className={styles.header} id={`role-label-${column.columnIndex}`}>
                {column.header || `(column ${column.columnIndex + 1})`}
              </Text>
              <Dropdown
                className={styles.dropdown}
                aria-labelledby={`role-label-${column.columnIndex}`}
                value={ROLE_LABELS[column.role]}
                selectedOptions={[column.role]}
                disabled={props.busy}
                onOptionSelect={(_, data) => {
                  if (data.optionValue && data.optionValue !== column.role)
                    props.onRoleChange(column.columnIndex, data.optionValue as ColumnRole);
                }}
              >
                {ROLES.map((role) => (
                  <Option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </Option>
                ))}
              </Dropdown>
            </React.Fragment>
          ))}
        </div>
      )}
    </section>
  );
}
