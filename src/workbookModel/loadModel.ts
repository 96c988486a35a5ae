import { MODEL_XML_NAMESPACE } from "./constants";
import { xmlToModel } from "./modelXml";

/**
 * Loads the model JSON saveModel stored in this workbook (see saveModel.ts for why a custom XML part): the one
 * reader of the saved model, used by the task pane and by the custom functions' model store (their only Office.js
 * call). One `Excel.run`; two `context.sync()` calls when a model is there, one otherwise.
 * @returns The JSON text, or null when the workbook holds no model.
 * @throws {Error} Whatever Excel.run rejects with (e.g. ExcelApi 1.5 missing).
 * @example const json = await loadModel(); // => '{"schema":"mmm-model/1",...}' or null
 * @see https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart#excel-excel-customxmlpart-getxml-member(1)
 */
export async function loadModel(): Promise<string | null> {
  return Excel.run(async (context) => {
    // saveModel keeps exactly one part under the namespace.
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
