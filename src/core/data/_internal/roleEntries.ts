import type { ColumnRole, ColumnRoles } from "../../types";
import type { ColumnRoleEntry } from "../types";

/**
 * Every column left to right with the role it plays; a repeated header takes its role at its first column only,
 * and blank headers are ignored.
 */
export function roleEntries(headers: readonly string[], roles: ColumnRoles): ColumnRoleEntry[] {
  const roleOf = new Map<string, ColumnRole>();
  const assign = (names: readonly string[], role: ColumnRole): void =>
    names.forEach((name) => roleOf.has(name) || roleOf.set(name, role));
  assign([roles.date], "date");
  assign([roles.outcome], "outcome");
  assign(roles.mediator === null ? [] : [roles.mediator], "mediator");
  assign(roles.social, "social");
  assign(roles.controls, "control");
  return headers.map((header, columnIndex) => {
    const first = header !== "" && headers.indexOf(header) === columnIndex;
    return { header, columnIndex, role: (first ? roleOf.get(header) : undefined) ?? "ignored" };
  });
}
