import { CHART_SIZE, FORMAT_GENERAL } from "../constants";
import type { ChartSpec, SheetSpec } from "../sheets/SheetSpec";
import { blockAddress, columnLetters } from "./a1";

const CHART_TYPES: Readonly<Record<ChartSpec["kind"], "Line" | "AreaStacked" | "ColumnStacked">> = {
  line: "Line",
  stackedArea: "AreaStacked",
  stackedColumn: "ColumnStacked",
};

/**
 * Queues (does not sync) the writes that fill a new, empty worksheet from a SheetSpec: values, number formats,
 * an Excel table with header, frozen header row, autofit columns, conditional formats (status colours; ExcelApi 1.6)
 * and an optional native chart.
 * @param sheet - A worksheet the add-in has just added.
 * @param spec - What to write; `rows` may be empty (a header-only table gets one blank row from Excel).
 * @returns Nothing; the caller syncs once for all sheets.
 * @example queueSheetContent(context.workbook.worksheets.add("MMM Summary"), sheetFromTable(table)); // => queued
 * @see https://learn.microsoft.com/office/dev/add-ins/concepts/correlated-objects-pattern
 */
export function queueSheetContent(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const columns = spec.header.length;
  const rowCount = spec.rows.length + 1;
  const range = sheet.getRange(blockAddress(rowCount, columns));
  // Text that could start a formula was neutralised once, by sheetFromTable.
  range.values = [[...spec.header], ...spec.rows.map((row) => [...row])];
  // The header is text ("@") so a header such as "2024" stays a label; data rows take the spec's formats.
  const formats = spec.header.map((_, index) => spec.numberFormats[index] ?? FORMAT_GENERAL);
  range.numberFormat = [
    spec.header.map(() => "@"),
    ...spec.rows.map((_, r) =>
      formats.map((format, c) => spec.cellNumberFormats?.[r]?.[c] || format)
    ),
  ];
  sheet.tables.add(range, true);
  const notes = spec.notes ?? [];
  if (notes.length > 0) {
    // Below the table after one blank row, as text, so a note is read as a sentence and never as a formula.
    const first = rowCount + 2;
    const block = sheet.getRange(`A${first}:A${first + notes.length - 1}`);
    block.numberFormat = notes.map(() => ["@"]);
    block.values = notes.map((note) => [note]);
  }
  if (spec.rows.length > 0) {
    for (const rule of spec.conditionalFormats ?? []) {
      const letters = columnLetters(rule.column);
      // Body rows only: the header and the notes below stay plain.
      const cells = sheet.getRange(`${letters}2:${letters}${rowCount}`);
      const format = cells.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      format.cellValue.format.fill.color = rule.fill;
      format.cellValue.format.font.color = rule.fontColor;
      // A text operand is a quoted string in the rule's formula; doubled quotes escape a quote inside it.
      format.cellValue.rule = {
        formula1: `="${rule.equals.replace(/"/g, '""')}"`,
        operator: "EqualTo",
      };
    }
  }
  sheet.freezePanes.freezeRows(1);
  range.format.autofitColumns();
  if (spec.chart) {
    const { firstColumn, columnCount, kind, title } = spec.chart;
    const source = sheet.getRange(
      // The total row (if any) stays out of the chart: it is a sum, not a week.
      `${columnLetters(firstColumn)}1:${columnLetters(firstColumn + columnCount - 1)}${1 + (spec.chartRowCount ?? spec.rows.length)}`
    );
    const chart = sheet.charts.add(CHART_TYPES[kind], source, "Columns");
    chart.title.text = title;
    const left = columns + CHART_SIZE.columnGap;
    chart.setPosition(
      `${columnLetters(left)}2`,
      `${columnLetters(left + CHART_SIZE.widthColumns - 1)}${1 + CHART_SIZE.heightRows}`
    );
  }
}
