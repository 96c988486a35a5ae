import type { ValidationIssue } from "../core/errors";

/** Ingestion issues as lines for a terminal: errors first, then warnings. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  const ordered = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1
  );
  return ordered
    .map((issue) => `  ${issue.severity === "error" ? "error" : "warning"}: ${issue.message}`)
    .join("\n");
}
