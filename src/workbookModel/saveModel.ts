import { MODEL_XML_NAMESPACE } from "./constants";
import { modelToXml } from "./modelXml";

/**
 * Saves the fitted model's JSON in the workbook, replacing any model saved before. Two `context.sync()` calls.
 *
 * Why a custom XML part and not document settings: a custom XML part is stored as its own file inside the .xlsx
 * (customXml/itemN.xml), so it survives close/reopen and copies of the file on every platform, is found by namespace,
 * and has no practical size limit. Settings are one JSON blob per add-in that Office loads on every open and caps at
 * about 2 MB in Excel on the web; a model with bootstrap replicates and response curves can approach that.
 * ExcelApi 1.5 is needed (all current Excel versions).
 * @param json - The saved model (savedModelJson(result) from ./savedModel.ts).
 * @returns Resolves once the part is stored; the workbook must be saved for it to persist, like any edit.
 * @throws {Error} Whatever Excel.run rejects with.
 * @example await saveModel(savedModelJson(result)); // => stored under urn:mmm-excel-addin:model:1
 * @see https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection
 */
export async function saveModel(json: string): Promise<void> {
  await Excel.run(async (context) => {
    const parts = context.workbook.customXmlParts;
    const previous = parts.getByNamespace(MODEL_XML_NAMESPACE);
    // Normally zero or one small part; every item is needed to delete it.
    // eslint-disable-next-line office-addins/no-navigational-load
    previous.load("items");
    await context.sync();
    for (const part of previous.items) part.delete();
    parts.add(modelToXml(json));
    await context.sync();
  });
}
