import { OUTPUT_SHEETS_SETTING } from "../constants";

/** A sheet the add-in created earlier and that still exists. */
export interface OutputSheet {
  /** Excel's worksheet id (stable across renames). */
  readonly id: string;
  /** The sheet's current name. */
  readonly name: string;
}

/**
 * One output sheet as recorded when it was written: its id and the name it was given. A record from before names
 * were kept has `name: null`.
 */
export interface OutputSheetRecord {
  readonly id: string;
  readonly name: string | null;
}

/** Prefix of every output sheet's name: what an old record without a name must still carry to count as ours. */
const OUTPUT_NAME_PREFIX = "MMM ";

/**
 * Parses the stored list of output sheets (`[{ id, name }]`, or the older `[id]`); anything unreadable counts as
 * "none" (the add-in never deletes a sheet it cannot prove it created).
 * @param value - The setting's value (JSON).
 * @returns The records, possibly empty.
 * @example parseSheetRecords('[{"id":"{A1}","name":"MMM Summary"}]') // => [{ id: "{A1}", name: "MMM Summary" }]
 */
export function parseSheetRecords(value: unknown): readonly OutputSheetRecord[] {
  try {
    const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((entry: unknown): OutputSheetRecord[] => {
      if (typeof entry === "string") return [{ id: entry, name: null }];
      if (typeof entry === "object" && entry !== null) {
        const { id, name } = entry as { id?: unknown; name?: unknown };
        if (typeof id === "string") return [{ id, name: typeof name === "string" ? name : null }];
      }
      return [];
    });
  } catch {
    return [];
  }
}

/**
 * The workbook's sheets that are still the add-in's output: recorded by id AND still carrying the name the add-in
 * gave them. A sheet the user renamed ("My budget notes") has been adopted: it counts as the user's and is never
 * replaced or deleted.
 * @param sheets - The workbook's sheets (id and current name).
 * @param records - The stored records.
 * @returns The sheets the add-in may offer to replace.
 * @example ownedOutputSheets([{ id: "a", name: "My notes" }], [{ id: "a", name: "MMM Budget" }]) // => []
 */
export function ownedOutputSheets(
  sheets: readonly OutputSheet[],
  records: readonly OutputSheetRecord[]
): readonly OutputSheet[] {
  return sheets.filter((sheet) =>
    records.some(
      (record) =>
        record.id === sheet.id &&
        (record.name === null
          ? sheet.name.startsWith(OUTPUT_NAME_PREFIX)
          : record.name === sheet.name)
    )
  );
}

/**
 * Lists the sheets the add-in wrote on an earlier fit that are still in the workbook under the name it gave
 * them, so the pane can ask before replacing them (renamed ones are the user's now). One `context.sync()`.
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
    const records = setting.isNullObject ? [] : parseSheetRecords(setting.value);
    return ownedOutputSheets(
      worksheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name })),
      records
    );
  });
}
