/**
 * The three renderers of the one table model agree on a real run: the task pane's sheet, the runner's CSV and the
 * report's table show the same labels, the same rows and the same numbers, and neither the sheet nor the CSV lets a
 * data column named like a formula through.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import Papa from "papaparse";
import { csvFromTable } from "../../src/cli/csvFromTable";
import { formatTableCell, tableHtml } from "../../src/report/tableHtml";
import { buildReport } from "../../src/report/buildReport";
import { escapeHtml } from "../../src/report/escapeHtml";
import { buildTables } from "../../src/core/tables/buildTables";
import type { Table, TableCell } from "../../src/core/tables/types";
import { excelSerialToIso } from "../../src/taskpane/sheets/excelDate";
import { sheetFromTable } from "../../src/taskpane/sheets/sheetFromTable";
import type { CellValue } from "../../src/taskpane/sheets/SheetSpec";
import { INJECTED_HEADER, smallRun } from "../core/tables/smallRun";

let tables: readonly Table[];
let report: string;

beforeAll(async () => {
  const { run, dataset, weeks } = await smallRun();
  tables = buildTables(run, weeks);
  report = await buildReport({ dataset, result: run.result, analysis: run });
}, 120_000);

/** A sheet cell read back as the table cell it came from (serial → ISO date, "" → null, apostrophe dropped). */
function fromSheet(value: CellValue, isDate: boolean): TableCell {
  if (value === "") return null;
  if (isDate && typeof value === "number") return excelSerialToIso(value);
  if (typeof value === "string" && value.startsWith("'")) return value.slice(1);
  return value;
}

/** A CSV field read back as a table cell (numbers parsed at full precision, "" → null, apostrophe dropped). */
function fromCsv(text: string, like: TableCell): TableCell {
  if (text === "") return null;
  if (typeof like === "number") return Number(text);
  if (typeof like === "boolean") return text === "true";
  return text.startsWith("'") ? text.slice(1) : text;
}

describe("sheet, CSV and report render the same table", () => {
  it("writes the same rows and numbers to the sheet and the CSV", () => {
    for (const table of tables) {
      const sheet = sheetFromTable(table);
      const csv = Papa.parse<string[]>(csvFromTable(table).text.trim()).data;
      const expected = table.total ? [...table.rows, table.total] : table.rows;
      expect(sheet.rows).toHaveLength(expected.length);
      expect(csv).toHaveLength(expected.length + 1);
      expected.forEach((row, r) => {
        const isDate = (c: number) =>
          (table.cellUnits?.[r]?.[c] ?? table.columns[c]?.unit) === "date";
        const sheetRow = sheet.rows[r]?.map((value, c) => fromSheet(value, isDate(c)));
        const csvRow = csv[r + 1]?.map((text, c) => fromCsv(text, row[c] ?? null));
        expect(sheetRow).toEqual(row);
        expect(csvRow).toEqual(row);
      });
      expect(sheet.header.map((label) => label.replace(/^'/, ""))).toEqual(
        table.columns.map((c) => c.label)
      );
      expect(csv[0]?.map((key) => key.replace(/^'/, ""))).toEqual(table.columns.map((c) => c.key));
    }
  });

  it("shows the same labels and numbers in the report's table", () => {
    for (const table of tables) {
      const html = tableHtml(table);
      for (const column of table.columns)
        expect(html).toContain(`>${escapeHtml(column.label)}</th>`);
      const rows = table.total ? [...table.rows, table.total] : table.rows;
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const unit = table.cellUnits?.[r]?.[c] ?? table.columns[c]?.unit ?? "text";
          expect(html).toContain(`>${escapeHtml(formatTableCell(value, unit))}</t`);
        })
      );
    }
  });

  it("puts the Effects, Budget and Sensitivity tables' labels, numbers and notes into report.html", () => {
    for (const id of ["effects", "budget", "sensitivity"] as const) {
      const table = tables.find((t) => t.id === id) as Table;
      for (const note of table.notes) expect(report).toContain(escapeHtml(note));
      const roas = table.columns.findIndex((c) => c.key === "roas" || c.key === "change_share");
      expect(report).toContain(`>${escapeHtml(table.columns[roas]?.label ?? "?")}</th>`);
      for (const row of table.rows) {
        const value = row[roas] ?? null;
        expect(report).toContain(
          `>${formatTableCell(value, table.columns[roas]?.unit ?? "text")}</td>`
        );
      }
    }
  });

  it("neutralises a data column named like a formula on the sheet and in the CSV", () => {
    const contributions = tables.find((t) => t.id === "contributions") as Table;
    const sheet = sheetFromTable(contributions);
    const csv = csvFromTable(contributions).text.split("\n")[0] ?? "";
    expect(sheet.header.some((h) => h.startsWith(`'${INJECTED_HEADER}`))).toBe(true);
    expect(sheet.header.some((h) => h.startsWith(INJECTED_HEADER))).toBe(false);
    const header = Papa.parse<string[]>(csv).data[0] ?? [];
    expect(header).toContain(`'${INJECTED_HEADER}`);
    expect(header).not.toContain(INJECTED_HEADER);
  });
});
