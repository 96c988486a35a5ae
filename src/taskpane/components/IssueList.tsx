import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

/** Issues shown at once; the rest are summarised (a pane of 100 red bars helps nobody). */
const MAX_SHOWN = 12;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  body: { overflowWrap: "anywhere" },
});

/** One issue with the sheet-qualified cell it points at (null when it names none). */
export interface IssueItem {
  /** A data issue (ValidationIssue) or a lift-test issue: its code, severity and message. */
  readonly issue: {
    readonly code: string;
    readonly severity: "error" | "warning";
    readonly message: string;
  };
  readonly address: string | null;
}

/** Props of IssueList. */
export interface IssueListProps {
  readonly items: readonly IssueItem[];
  readonly onGoToCell: (address: string) => void;
  /** Accessible name of the list. @defaultValue "Problems in the data" */
  readonly label?: string;
}

/**
 * Ingestion issues, one MessageBar each (errors red, warnings amber), with "Go to cell" when the issue names a cell.
 * @param props - See IssueListProps.
 * @returns The list, or null when there are no issues.
 * @example <IssueList items={[{ issue, address: "Sheet1!D17" }]} onGoToCell={selectCell} />
 */
export function IssueList(props: IssueListProps): React.ReactElement | null {
  const styles = useStyles();
  if (props.items.length === 0) return null;
  const shown = props.items.slice(0, MAX_SHOWN);
  return (
    <div className={styles.root} role="list" aria-label={props.label ?? "Problems in the data"}>
      {shown.map(({ issue, address }, index) => (
        <div role="listitem" key={`${issue.code}-${index}`}>
          <MessageBar intent={issue.severity === "error" ? "error" : "warning"} layout="multiline">
            <MessageBarBody className={styles.body}>{issue.message}</MessageBarBody>
            {address && (
              <MessageBarActions>
                <Button
                  size="small"
                  aria-label={`Go to cell ${address}`}
                  onClick={() => props.onGoToCell(address)}
                >
                  Go to cell
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        </div>
      ))}
      {props.items.length > MAX_SHOWN && (
        <Caption1>{props.items.length - MAX_SHOWN} more problems not shown.</Caption1>
      )}
    </div>
  );
}
