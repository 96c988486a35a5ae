import type { ValidationIssue } from "../../errors";
import type { ColumnName, ColumnRoles } from "../../types";
import { issueMessages } from "../messages";
import { normalizeHeader } from "./normalizeHeader";
import { cellIssue, sheetRow, type SheetFrame } from "./SheetFrame";

type RoleField = keyof ColumnRoles;

/** Fields in the order that wins a conflict, with the words messages use for them. */
const ROLE_WORDS: Readonly<Record<RoleField, string>> = {
  date: "date (week) column",
  outcome: "outcome column (e.g. revenue)",
  mediator: "mediator column (e.g. google_spend)",
  social: "social spend channel",
  controls: "control column",
};
const FIELDS: readonly RoleField[] = ["date", "outcome", "mediator", "social", "controls"];

/** Roles as far as they could be resolved, and the problems met on the way. */
export interface ResolvedRoles {
  readonly roles: ColumnRoles;
  readonly issues: readonly ValidationIssue[];
}

function namesOf(value: ColumnRoles[RoleField] | undefined): readonly string[] {
  if (value === undefined || value === null) return [];
  return typeof value === "string" ? (value === "" ? [] : [value]) : value;
}

/**
 * Merges the caller's roles over the detected ones: each field given wins, headers it claims leave the detected
 * fields, a header named twice is a `role_conflict` (kept in its first role), a header that does not exist is a
 * `missing_column`, and a table without date, outcome or any spend channel gets a `missing_column` too.
 */
export function resolveRoles(
  frame: SheetFrame,
  detected: ColumnRoles,
  explicit: Partial<ColumnRoles>
): ResolvedRoles {
  const issues: ValidationIssue[] = [];
  const headerRow = sheetRow(frame, frame.headerIndex);
  const byName = new Map<string, string>();
  for (const header of [...frame.headers].reverse()) byName.set(normalizeHeader(header), header);
  const find = (name: string): string | undefined =>
    frame.headers.includes(name) ? name : byName.get(normalizeHeader(name));

  const chosen = new Map<RoleField, string[]>();
  const claims = new Map<string, RoleField[]>();
  for (const field of FIELDS) {
    if (!(field in explicit) || explicit[field] === undefined) continue;
    const found: string[] = [];
    for (const name of namesOf(explicit[field])) {
      const header = find(name);
      if (header === undefined || header === "") {
        const message = issueMessages.missing_column({
          role: ROLE_WORDS[field],
          requested: name,
          headers: frame.headers,
        });
        issues.push({
          code: "missing_column",
          severity: "error",
          column: name,
          row: headerRow,
          message,
        });
        continue;
      }
      const fields = claims.get(header) ?? [];
      if (fields.includes(field)) continue;
      if (fields.length === 0) found.push(header);
      claims.set(header, [...fields, field]);
    }
    chosen.set(field, found);
  }
  for (const [header, fields] of claims) {
    if (fields.length < 2) continue;
    const roles = fields.map((field) => ROLE_WORDS[field]);
    issues.push(
      cellIssue(frame, "role_conflict", frame.headers.indexOf(header), frame.headerIndex, { roles })
    );
  }
  const pick = (field: RoleField): ColumnName[] =>
    chosen.get(field) ?? namesOf(detected[field]).filter((name) => !claims.has(name));
  const roles: ColumnRoles = {
    date: pick("date")[0] ?? "",
    outcome: pick("outcome")[0] ?? "",
    mediator: pick("mediator")[0] ?? null,
    social: pick("social"),
    controls: pick("controls"),
  };
  const required: [RoleField, boolean][] = [
    ["date", roles.date === ""],
    ["outcome", roles.outcome === ""],
    ["social", roles.social.length === 0],
    // A mediator is the point of the model: its absence must be a choice (mediator: null), never a silent fallback.
    ["mediator", roles.mediator === null && explicit.mediator !== null],
  ];
  for (const [field, absent] of required) {
    if (!absent || (chosen.has(field) && namesOf(explicit[field]).length > 0)) continue;
    const message = issueMessages.missing_column({
      role: ROLE_WORDS[field],
      headers: frame.headers,
    });
    const singleStageHint =
      field === "mediator"
        ? " For a plain single-stage model without a mediator, set the mediator to none (mediator: null)."
        : "";
    issues.push({
      code: "missing_column",
      severity: "error",
      row: headerRow,
      message: message + singleStageHint,
    });
  }
  return { roles, issues };
}
