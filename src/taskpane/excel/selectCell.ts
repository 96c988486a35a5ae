import { splitAddress } from "./a1";

/**
 * Activates the sheet of a cell and selects the cell ("Go to cell" next to an ingestion issue).
 * @param address - Sheet-qualified address, e.g. `Sheet1!D17` or `'My data'!B3:B9`.
 * @returns Resolves once Excel has selected the cell (one `context.sync()`).
 * @throws {Error} When the address names no sheet, or the sheet no longer exists.
 * @example await selectCell("Sheet1!D17"); // => D17 on Sheet1 is selected
 * @see https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-select-member(1)
 */
export async function selectCell(address: string): Promise<void> {
  const { sheetName, cell } = splitAddress(address);
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(cell).select();
    await context.sync();
  });
}
