import { EXPERIMENTS_SHEET_NAME } from "../constants";

/** The cells of the "MMM Experiments" sheet as plain data, with where they sit so issues can name real cells. */
export interface ExperimentsSheetData {
  /** Sheet-qualified address of the block read, e.g. `'MMM Experiments'!A1:G3`. */
  readonly address: string;
  /** Cell values as Excel returns them (dates are serial numbers), header row first: `[rows][columns]`. */
  readonly values: readonly (readonly unknown[])[];
  /** 1-based sheet row and column of the top-left cell. */
  readonly origin: { readonly row: number; readonly column: number };
}

/** The plain data of a loaded range. */
const dataOf = (range: Excel.Range): ExperimentsSheetData => ({
  address: range.address,
  values: range.values,
  origin: { row: range.rowIndex + 1, column: range.columnIndex + 1 },
});

/**
 * Reads the user's "MMM Experiments" sheet: the Excel table on it (header and rows, and any rows typed just under
 * it) when there is one, else its used range. Only reads; the sheet is the user's input.
 * @returns The block, or null when the workbook has no such sheet.
 * @throws {Error} Whatever Excel.run rejects with.
 * @example await readExperimentsSheet(); // => { address: "'MMM Experiments'!A1:G3", values: [...], origin: { row: 1, column: 1 } }
 * @see https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitemornullobject-member(1)
 */
export async function readExperimentsSheet(): Promise<ExperimentsSheetData | null> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(EXPERIMENTS_SHEET_NAME);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) return null;
    // Values only: table formatting or a cleared cell's format would otherwise stretch the block.
    const used = sheet.getUsedRange(true);
    used.load("address, values, rowIndex, columnIndex, rowCount");
    const tables = used.getTables(false);
    const tableCount = tables.getCount();
    await context.sync();
    // getCount returns a ClientResult that the sync above filled in (the lint rule cannot see that).
    // eslint-disable-next-line office-addins/load-object-before-read
    if (tableCount.value === 0) return dataOf(used);
    const table = tables.getFirst().getRange();
    table.load("rowIndex, columnIndex, rowCount, columnCount");
    await context.sync();
    // The table's columns down to the last used row: rows typed just under a table that did not grow (Excel's
    // "include new rows" AutoCorrect turned off) are read too, never silently left out of the fit.
    const lastRow = Math.max(table.rowIndex + table.rowCount, used.rowIndex + used.rowCount);
    const block = sheet.getRangeByIndexes(
      table.rowIndex,
      table.columnIndex,
      lastRow - table.rowIndex,
      table.columnCount
    );
    block.load("address, values, rowIndex, columnIndex, rowCount");
    await context.sync();
    return dataOf(block);
  });
}
