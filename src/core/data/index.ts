/**
 * Table ingestion: a 2-D grid of cell values as Excel (or `readCsvGrid`) hands them → a typed weekly `Dataset`,
 * or every problem found, each naming the sheet row, header and cell. `toDataset` is the entry point;
 * `detectRoles` is what the task pane shows before the user adjusts roles.
 *
 * To add a check: add its code to `ValidationIssueCode` (src/core/errors.ts), its wording to `messages.ts`, the
 * check in `_internal/`, a call in `toDataset.ts`, and a test asserting code, row and column.
 * To recognise more header names: extend `rolePatterns.ts` and `test/core/data/detectRoles.test.ts`.
 */
export { assertDataset } from "./assertDataset";
export * from "./constants";
export { detectRoles } from "./detectRoles";
export { issueMessages, moreCellsMessage, type CellPlace, type MessageParams } from "./messages";
export * from "./rolePatterns";
export { toDataset } from "./toDataset";
export type {
  ColumnRoleEntry,
  IngestionFailure,
  IngestionResult,
  IngestionSuccess,
  ToDatasetOptions,
} from "./types";
