import type { ColumnRoleEntry, IngestionResult } from "../../core/data/types";
import { toDataset } from "../../core/data/toDataset";
import type { SelectionData } from "../excel/readSelection";
import { rolesFromColumns } from "./changeColumnRole";

/**
 * Runs ingestion on the selected grid with the user's role choices. With `allowSingleStage` and no mediator column
 * (none detected, none chosen), the grid is read as a plain single-stage MMM (`mediator: null`); otherwise a
 * missing mediator stays an issue, because the add-in exists to split social effects into direct and mediated.
 * @param selection - What readSelection returned (values, origin, sheet name).
 * @param entries - The columns' roles as the user set them, or null to use the detected roles.
 * @param allowSingleStage - The Options switch "Fit without a mediator".
 * @param dateOrder - The user's answer to "day or month first?", or null to infer it from the column.
 * @returns toDataset's result.
 * @example ingestSelection(selection, null, false).ok // => true for the sample data
 * @see ../../core/data/toDataset.ts
 */
export function ingestSelection(
  selection: SelectionData,
  entries: readonly ColumnRoleEntry[] | null,
  allowSingleStage: boolean,
  dateOrder: "dayFirst" | "monthFirst" | null = null
): IngestionResult {
  const base = {
    origin: selection.origin,
    sheetName: selection.sheetName,
    ...(dateOrder === null ? {} : { dateOrder }),
  };
  const roles = entries ? rolesFromColumns(entries) : undefined;
  const first = toDataset(selection.values, roles ? { ...base, roles } : base);
  const noMediator = roles ? roles.mediator === null : first.detectedRoles?.mediator === null;
  if (first.ok || !allowSingleStage || !noMediator) return first;
  return toDataset(selection.values, { ...base, roles: { ...(roles ?? {}), mediator: null } });
}
