import type { ColumnRoleEntry } from "../../core/data/types";
import type { ColumnRole, ColumnRoles } from "../../core/types";

/** Roles only one column can have; giving one to a column takes it from the other. */
const SINGLE_ROLES: ReadonlySet<ColumnRole> = new Set(["date", "outcome", "mediator"]);

/**
 * Gives a column a new role. Date, outcome and mediator belong to one column each, so the column that had the role
 * before becomes "ignored".
 * @param entries - Every column with its role: `[columns]` (not modified).
 * @param columnIndex - 0-based index of the column to change.
 * @param role - The new role.
 * @returns The entries after the change.
 * @example changeColumnRole([{header:"a",columnIndex:0,role:"outcome"},{header:"b",columnIndex:1,role:"control"}], 1, "outcome")
 * // => [{ header: "a", columnIndex: 0, role: "ignored" }, { header: "b", columnIndex: 1, role: "outcome" }]
 */
export function changeColumnRole(
  entries: readonly ColumnRoleEntry[],
  columnIndex: number,
  role: ColumnRole
): readonly ColumnRoleEntry[] {
  return entries.map((entry) => {
    if (entry.columnIndex === columnIndex) return { ...entry, role };
    if (SINGLE_ROLES.has(role) && entry.role === role) return { ...entry, role: "ignored" };
    return entry;
  });
}

/**
 * Turns per-column roles into the ColumnRoles toDataset takes, so the user's choices win over detection.
 * A missing mediator means a single-stage model (`mediator: null`); a missing date or outcome is passed as ""
 * so ingestion reports it as a missing column.
 * @param entries - Every column with its role: `[columns]`.
 * @returns Roles for `toDataset(grid, { roles })`.
 * @example rolesFromColumns([{ header: "week", columnIndex: 0, role: "date" }]).date // => "week"
 */
export function rolesFromColumns(entries: readonly ColumnRoleEntry[]): ColumnRoles {
  const first = (role: ColumnRole): string | undefined =>
    entries.find((entry) => entry.role === role)?.header;
  const all = (role: ColumnRole): string[] =>
    entries.filter((entry) => entry.role === role).map((entry) => entry.header);
  return {
    date: first("date") ?? "",
    outcome: first("outcome") ?? "",
    mediator: first("mediator") ?? null,
    social: all("social"),
    controls: all("control"),
  };
}
