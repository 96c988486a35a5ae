import { MODEL_XML_NAMESPACE } from "../taskpane/constants";
import { xmlToModel } from "../taskpane/excel/modelXml";

/**
 * Reads the model the task pane saved in this workbook (a custom XML part, see src/taskpane/excel/saveModel.ts):
 * the functions' only Office.js call. One `Excel.run`, two syncs when a model is there.
 *
 * @returns the saved JSON text, or null when the workbook holds no model
 * @throws {Error} whatever Excel.run rejects with (e.g. ExcelApi 1.5 missing)
 * @example
 * await readWorkbookModel(); // => '{"schema":"mmm-workbook-model/1",...}' or null
 * @see https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartscopedcollection
 */
export async function readWorkbookModel(): Promise<string | null> {
  return Excel.run(async (context) => {
    const part = context.workbook.customXmlParts
      .getByNamespace(MODEL_XML_NAMESPACE)
      .getOnlyItemOrNullObject();
    part.load("id");
    await context.sync();
    if (part.isNullObject) return null;
    const xml = part.getXml();
    await context.sync();
    // getXml returns a ClientResult that the sync above filled in (the lint rule cannot see that).
    // eslint-disable-next-line office-addins/load-object-before-read
    return xmlToModel(xml.value);
  });
}
