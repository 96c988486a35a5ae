import Papa from "papaparse";
import { neutraliseFormula } from "../core/tables/neutraliseFormula";
import type { Table, TableCell } from "../core/tables/types";
import type { OutputFile } from "./writeOutputs";

/** A cell as CSV text: null as an empty field, text made safe to open in a spreadsheet, numbers at full precision. */
const csvCell = (value: TableCell): string | number | boolean =>
  value === null ? "" : typeof value === "string" ? neutraliseFormula(value) : value;

/**
 * Renders a table of the one table model as the runner's CSV file: the column keys as the header (machine-friendly
 * names), then the same rows and numbers as the sheet and the report (body, then the total row), dates as ISO text,
 * and text that could start a formula neutralised (OWASP). Written by papaparse (quoting, `\n` line ends).
 * @param table - one of `buildTables`'s tables.
 * @returns The file: the table's `fileName` and its text.
 * @example csvFromTable(budgetTable(plan)).name // => "budget.csv"
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function csvFromTable(table: Table): OutputFile {
  const rows = table.total ? [...table.rows, table.total] : table.rows;
  const text = Papa.unparse(
    {
      fields: table.columns.map((column) => neutraliseFormula(column.key)),
      data: rows.map((row) => row.map(csvCell)),
    },
    { newline: "\n" }
  );
  return { name: table.fileName, text: `${text}\n` };
}
