import { OUTPUT_SHEETS_SETTING } from "../constants";

/** A sheet the add-in created earlier and that still exists. */
export interface OutputSheet {
  /** Excel's worksheet id (stable across renames). */
  readonly id: string;
  /** The sheet's current name. */
  readonly name: string;
}

/**
 * Parses the stored list of output sheet ids; anything unreadable counts as "none" (the add-in never
 * deletes a sheet it cannot prove it created).
 * @param value - The setting's value (a JSON array of ids).
 * @returns The ids, possibly empty.
 * @example parseSheetIds('["{A1}","{B2}"]') // => ["{A1}", "{B2}"]
 */
export function parseSheetIds(value: unknown): readonly string[] {
  try {
    const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Lists the sheets the add-in wrote on an earlier fit that are still in the workbook, so the pane can ask
 * before replacing them. One `context.sync()`.
 * @returns The add-in's output sheets (empty when there are none).
 * @throws {Error} Whatever Excel.run rejects with.
 * @example await listOutputSheets(); // => [{ id: "{…}", name: "MMM Summary" }, …]
 * @see https://learn.microsoft.com/javascript/api/excel/excel.settingcollection
 */
export async function listOutputSheets(): Promise<readonly OutputSheet[]> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name, items/id");
    const setting = context.workbook.settings.getItemOrNullObject(OUTPUT_SHEETS_SETTING);
    setting.load("value");
    await context.sync();
    const ids = setting.isNullObject ? [] : parseSheetIds(setting.value);
    return worksheets.items
      .filter((sheet) => ids.includes(sheet.id))
      .map((sheet) => ({ id: sheet.id, name: sheet.name }));
  });
}
