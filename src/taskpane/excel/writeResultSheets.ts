import type { DashboardSpec } from "../../core/charts/types";
import { OUTPUT_SHEETS_SETTING } from "../constants";
import type { SheetSpec } from "../sheets/SheetSpec";
import { ownedOutputSheets, parseSheetRecords, type OutputSheet } from "./outputSheets";
import { queueDashboard } from "./queueDashboard";
import { queueSheetContent } from "./writeSheetContent";
import { uniqueSheetName } from "./uniqueSheetName";
import { WriteFailedError } from "./WriteFailedError";

/** How to treat the add-in's output from an earlier fit. */
export interface WriteResultSheetsOptions {
  /**
   * true: delete the add-in's previous output sheets (only after the user confirmed) and take their names;
   * false: keep them and write beside them ("MMM Summary (2)").
   * @defaultValue false
   */
  readonly replacePrevious?: boolean;
  /**
   * Ids of output sheets this fit already wrote (its provisional point estimates): replaced by the new sheets,
   * whatever replacePrevious says, so the final write leaves no duplicates. Only sheets that are still the add-in's
   * (recorded and not renamed by the user) are ever touched. @defaultValue none
   */
  readonly replaceIds?: readonly string[];
  /**
   * The dashboard sheet (native charts over its own data blocks), written first in the same batch and activated;
   * it is output like the others (recorded, replaced by the next fit). Absent: no dashboard.
   */
  readonly dashboard?: { readonly name: string; readonly spec: DashboardSpec };
}

/** What was written. */
export interface WriteReport {
  /** The new sheets in writing order, with their final names. */
  readonly sheets: readonly OutputSheet[];
  /** Names of earlier output sheets that were deleted (empty unless replacePrevious). */
  readonly replaced: readonly string[];
  /** How many `context.sync()` round trips the write took (3 on success). */
  readonly syncCount: number;
}

/**
 * Writes every result sheet in one batch: a sync to learn existing names and earlier output, one sync that adds and
 * fills all sheets, and one that swaps out earlier output, renames and records the new sheet ids. Nothing the user
 * wrote is touched: only sheets this call adds, and (when confirmed) sheets an earlier fit added, change. If the fill
 * fails, the sheets it added are deleted again and the thrown WriteFailedError says so; earlier output is only deleted
 * after the new sheets are in place.
 * @param sheets - Every sheet to write, all computed before this call (the first sheet written is activated at the end).
 * @param options - See WriteResultSheetsOptions.
 * @returns The written sheets and the number of syncs.
 * @throws {WriteFailedError} When Excel rejects the write (after removing what was written).
 * @example await writeResultSheets(resultSheets(run, dataset.weeks), { replacePrevious: true }); // => { sheets: [...], syncCount: 3 }
 * @see https://learn.microsoft.com/office/dev/add-ins/concepts/correlated-objects-pattern
 */
export async function writeResultSheets(
  sheets: readonly SheetSpec[],
  options: WriteResultSheetsOptions = {}
): Promise<WriteReport> {
  let syncCount = 0;
  const added: string[] = [];
  let filled = false;
  try {
    return await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name, items/id");
      const setting = context.workbook.settings.getItemOrNullObject(OUTPUT_SHEETS_SETTING);
      setting.load("value");
      syncCount += 1;
      await context.sync();

      const records = setting.isNullObject ? [] : parseSheetRecords(setting.value);
      const owned = new Set(
        ownedOutputSheets(
          worksheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name })),
          records
        ).map((sheet) => sheet.id)
      );
      const previous = worksheets.items.filter((sheet) => owned.has(sheet.id));
      const replaceIds = new Set(options.replaceIds ?? []);
      const replaced = previous.filter(
        (sheet) => options.replacePrevious === true || replaceIds.has(sheet.id)
      );
      const replacedList = replaced.map((sheet) => sheet.name);
      const replacedNames = new Set(replacedList.map((name) => name.toLowerCase()));
      const allTaken = new Set(worksheets.items.map((sheet) => sheet.name.toLowerCase()));
      // Final names may reuse the names of output being replaced; while both exist the new sheet has a temporary name.
      const finalTaken = new Set([...allTaken].filter((name) => !replacedNames.has(name)));
      const dashboard = options.dashboard;
      const entries = [
        ...(dashboard
          ? [
              {
                name: dashboard.name,
                fill: (sheet: Excel.Worksheet) => queueDashboard(sheet, dashboard.spec),
              },
            ]
          : []),
        ...sheets.map((spec) => ({
          name: spec.name,
          fill: (sheet: Excel.Worksheet) => queueSheetContent(sheet, spec),
        })),
      ];
      const plan = entries.map((spec) => {
        const finalName = uniqueSheetName(spec.name, finalTaken);
        finalTaken.add(finalName.toLowerCase());
        const writeName = allTaken.has(finalName.toLowerCase())
          ? uniqueSheetName(finalName, allTaken)
          : finalName;
        allTaken.add(writeName.toLowerCase());
        return { spec, finalName, writeName };
      });

      const written = plan.map(({ spec, writeName }) => {
        const sheet = worksheets.add(writeName);
        added.push(writeName);
        spec.fill(sheet);
        sheet.load("id, name");
        return sheet;
      });
      syncCount += 1;
      await context.sync();
      filled = true;

      for (const sheet of replaced) sheet.delete();
      written.forEach((sheet, index) => {
        const planned = plan[index];
        if (planned && planned.finalName !== planned.writeName) sheet.name = planned.finalName;
      });
      const kept = previous
        .filter((sheet) => !replaced.includes(sheet))
        .map((sheet) => ({ id: sheet.id, name: sheet.name }));
      const newRecords = [
        ...kept,
        ...written.map((sheet, index) => ({
          id: sheet.id,
          name: plan[index]?.finalName ?? sheet.name,
        })),
      ];
      context.workbook.settings.add(OUTPUT_SHEETS_SETTING, JSON.stringify(newRecords));
      written[0]?.activate();
      syncCount += 1;
      await context.sync();
      return {
        sheets: written.map((sheet, index) => ({
          id: sheet.id,
          name: plan[index]?.finalName ?? sheet.name,
        })),
        replaced: replacedList,
        syncCount,
      };
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (filled) {
      throw new WriteFailedError(
        `The results were written, but tidying up failed (${reason}). Earlier MMM sheets may still be there; ` +
          `your data was not changed.`,
        [],
        [],
        error
      );
    }
    const leftBehind = await removeSheets(added);
    const removed = added.filter((name) => !leftBehind.includes(name));
    const what =
      added.length === 0
        ? "No sheet was written."
        : leftBehind.length === 0
          ? `The ${added.length} sheets already added (${added.join(", ")}) were removed again.`
          : `Please delete these sheets by hand: ${leftBehind.join(", ")}.`;
    throw new WriteFailedError(
      `Writing the results failed (${reason}). ${what} Your data was not changed.`,
      removed,
      leftBehind,
      error
    );
  }
}

/** Deletes the named sheets (those that exist); returns the names it could not delete. */
async function removeSheets(names: readonly string[]): Promise<readonly string[]> {
  if (names.length === 0) return [];
  try {
    await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const wanted = new Set(names.map((name) => name.toLowerCase()));
      for (const sheet of worksheets.items)
        if (wanted.has(sheet.name.toLowerCase())) sheet.delete();
      await context.sync();
    });
    return [];
  } catch {
    return names;
  }
}
