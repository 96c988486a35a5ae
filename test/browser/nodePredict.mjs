/**
 * MMM.PREDICT computed in Node through the core, for the e2e formula check: reads the model the pane saved (the
 * custom XML part's text), the scenario cells (header row + planned weeks) and returns predicted revenue per week,
 * as `=MMM.PREDICT(range)` with default arguments does (history "stored").
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Loads the modules once (through tsx) and returns `predict(xml, cells) => number[]`.
 * @param {string} root - the repository root
 */
export async function nodePredictor(root) {
  const { tsImport } = await import("tsx/esm/api");
  const load = (path) => tsImport(pathToFileURL(join(root, path)).href, import.meta.url);
  const { xmlToModel } = await load("src/workbookModel/modelXml.ts");
  const { readSavedModel } = await load("src/workbookModel/savedModel.ts");
  const { readScenario } = await load("src/functions/readScenario.ts");
  const { predictModel } = await load("src/core/model/predictModel.ts");
  return (xml, cells) => {
    const { model } = readSavedModel(xmlToModel(xml));
    const prediction = predictModel(model, readScenario(cells, model), { history: "stored" });
    return Array.from(prediction.revenue);
  };
}
