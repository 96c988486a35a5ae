import { LIFT_TEST_HEADERS } from "../../core/experiments/constants";
import {
  EXPERIMENTS_EXAMPLE_NOTE,
  EXPERIMENTS_NOTE_GAP_COLUMNS,
  EXPERIMENTS_SHEET_NAME,
} from "../constants";
import { blockAddress, columnLetters } from "./a1";

/** Number format of the week columns: ISO dates read the same in every locale. */
const WEEK_FORMAT = "yyyy-mm-dd";

/**
 * Creates the "MMM Experiments" sheet: the lift-test header row as an Excel table (no rows: a made-up test must
 * never reach a fit), an example in a note cell right of it, and activates it. This is the add-in's only write to
 * the sheet; when it exists already, nothing is written and it is only activated. One Excel.run, two syncs.
 * @returns true when the sheet was created, false when it was there already (left as it was).
 * @throws {Error} Whatever Excel.run rejects with.
 * @example await addExperimentsSheet(); // => true; the sheet holds channel | start_week | … | path
 * @see https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
 */
export async function addExperimentsSheet(): Promise<boolean> {
  return Excel.run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(EXPERIMENTS_SHEET_NAME);
    existing.load("name");
    await context.sync();
    if (!existing.isNullObject) {
      existing.activate();
      await context.sync();
      return false;
    }
    const headers: string[] = Object.values(LIFT_TEST_HEADERS);
    const sheet = context.workbook.worksheets.add(EXPERIMENTS_SHEET_NAME);
    const header = sheet.getRange(blockAddress(1, headers.length));
    header.values = [headers];
    sheet.tables.add(header, true);
    // The first (empty) table row: typed dates show as dates; new rows inherit the format.
    for (const week of [
      LIFT_TEST_HEADERS.startWeek,
      LIFT_TEST_HEADERS.endWeek,
      LIFT_TEST_HEADERS.readoutEndWeek,
    ])
      sheet.getRange(`${columnLetters(headers.indexOf(week))}2`).numberFormat = [[WEEK_FORMAT]];
    const noteColumn = columnLetters(headers.length + EXPERIMENTS_NOTE_GAP_COLUMNS);
    sheet.getRange(`${noteColumn}1`).values = [[EXPERIMENTS_EXAMPLE_NOTE]];
    header.format.autofitColumns();
    sheet.activate();
    await context.sync();
    return true;
  });
}
