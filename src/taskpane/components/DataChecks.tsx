import * as React from "react";
import { Badge, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DataCheckLine } from "../state/dataCheckLines";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: {
    margin: "0",
    paddingLeft: "0",
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  line: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  // A long check would otherwise squeeze the badge narrower than its word.
  badge: { flexShrink: 0 },
  text: { overflowWrap: "anywhere", flexGrow: 1, minWidth: 0 },
});

/** Props of DataChecks. */
export interface DataChecksProps {
  /** The before-fit checks that need a look (dataCheckLines), fail first. */
  readonly lines: readonly DataCheckLine[];
}

/**
 * The Data step's before-fit checks: one line per check to review or failing, with a Review/Fail badge (words, not
 * only colour) and the check in plain words. Shown as soon as the selection is read; nothing when all pass.
 * @param props - See DataChecksProps.
 * @returns The list, or null when no check needs a look.
 * @example <DataChecks lines={dataCheckLines(state.ingestion, state.options)} />
 */
export function DataChecks({ lines }: DataChecksProps): React.ReactElement | null {
  const styles = useStyles();
  if (lines.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="data-checks-title">
      <Text weight="semibold" id="data-checks-title">
        What the data can answer
      </Text>
      <ul className={styles.list} aria-label="Data checks">
        {lines.map((line) => (
          <li key={line.id} className={styles.line} data-status={line.status}>
            <Badge
              className={styles.badge}
              appearance="tint"
              color={line.status === "fail" ? "danger" : "warning"}
              shape="rounded"
            >
              {line.status === "fail" ? "Fail" : "Review"}
            </Badge>
            <Caption1 className={styles.text}>{line.text}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
