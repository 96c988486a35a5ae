/**
 * Reads what the user selected: the selected range, the whole Excel table when the selection lies in one, or the
 * block of filled cells around a single selected cell (Excel's current region, as Ctrl+A picks it).
 */

/** The selected block as plain data, with where it sits so ingestion issues can name real cells. */
export interface SelectionData {
  /** Sheet-qualified address, e.g. `Sheet1!A1:K105`. */
  readonly address: string;
  readonly sheetName: string;
  /** Cell values as Excel returns them (dates are serial numbers): `[rows][columns]`. */
  readonly values: readonly (readonly unknown[])[];
  /** Number format of every cell (lets dates be told apart from numbers): `[rows][columns]`. */
  readonly numberFormats: readonly (readonly string[])[];
  /** 1-based sheet row and column of the top-left cell (what toDataset's `origin` expects). */
  readonly origin: { readonly row: number; readonly column: number };
  /** Name of the Excel table the selection was expanded to, or null when the plain selection was used. */
  readonly tableName: string | null;
  /** True when one selected cell was expanded to the filled block around it. */
  readonly expandedFromCell?: boolean;
}

/** The plain data of a loaded range. */
function selectionOf(
  range: Excel.Range,
  tableName: string | null,
  expandedFromCell: boolean
): SelectionData {
  const address = range.address;
  const bang = address.lastIndexOf("!");
  const rawSheet = bang >= 0 ? address.slice(0, bang) : "";
  const sheetName =
    rawSheet.startsWith("'") && rawSheet.endsWith("'")
      ? rawSheet.slice(1, -1).replace(/''/g, "'")
      : rawSheet;
  return {
    address,
    sheetName,
    values: range.values,
    numberFormats: range.numberFormat,
    origin: { row: range.rowIndex + 1, column: range.columnIndex + 1 },
    tableName,
    ...(expandedFromCell ? { expandedFromCell } : {}),
  };
}

/**
 * Reads the selection (or the table or filled block around it) in at most two `context.sync()` calls.
 * The user's cells are only read, never written.
 * @returns The values, number formats, address and origin of the block.
 * @throws {Error} Whatever Excel.run rejects with (e.g. no workbook).
 * @example const selection = await readSelection(); // => { address: "Sheet1!A1:K105", origin: { row: 1, column: 1 }, ... }
 * @see https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getsurroundingregion-member(1)
 */
export async function readSelection(): Promise<SelectionData> {
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load("address, values, numberFormat, rowIndex, columnIndex, rowCount, columnCount");
    const tables = selected.getTables(false);
    const tableCount = tables.getCount();
    await context.sync();
    // getCount returns a ClientResult that the sync above filled in (the lint rule cannot see that).
    // eslint-disable-next-line office-addins/load-object-before-read
    if (tableCount.value > 0) {
      // A selection inside a table means "this table": header and every row, even if only one cell was selected.
      const table = tables.getFirst();
      table.load("name");
      const range = table.getRange();
      range.load("address, values, numberFormat, rowIndex, columnIndex");
      await context.sync();
      return selectionOf(range, table.name, false);
    }
    if (selected.rowCount === 1 && selected.columnCount === 1) {
      // One cell of a plain block means "this block" (ExcelApi 1.7), as Ctrl+A would select it.
      const region = selected.getSurroundingRegion();
      region.load("address, values, numberFormat, rowIndex, columnIndex");
      await context.sync();
      return selectionOf(region, null, true);
    }
    return selectionOf(selected, null, false);
  });
}

/**
 * Reads again the block an earlier `readSelection` returned — the same table (with any rows added since) or the
 * same address — so a fit always sees the cells as they are when Fit is pressed. One `context.sync()`.
 * @param previous - What readSelection returned when the user pressed Use selection.
 * @returns The block's current values and formats.
 * @throws {Error} Whatever Excel.run rejects with (e.g. the sheet or table was deleted).
 * @example const now = await rereadSelection(selection); // => same address, current values
 */
export async function rereadSelection(previous: SelectionData): Promise<SelectionData> {
  return Excel.run(async (context) => {
    const bang = previous.address.lastIndexOf("!");
    const range = previous.tableName
      ? context.workbook.tables.getItem(previous.tableName).getRange()
      : context.workbook.worksheets
          .getItem(previous.sheetName)
          .getRange(previous.address.slice(bang + 1));
    range.load("address, values, numberFormat, rowIndex, columnIndex");
    await context.sync();
    return selectionOf(range, previous.tableName, previous.expandedFromCell ?? false);
  });
}
