import { OfficeMockObject } from "office-addin-mock";
import { MODEL_XML_NAMESPACE } from "../../src/workbookModel/constants";
import { loadModel } from "../../src/workbookModel/loadModel";
import { saveModel } from "../../src/workbookModel/saveModel";
import { installFakeOffice } from "../taskpane/fixtures/installFakeOffice";

const JSON_TEXT = JSON.stringify({ schema: "mmm-model/1", note: 'a <tricky> "string" & ]]> end' });

describe("saveModel and loadModel", () => {
  it("store the model JSON in one custom XML part that loads back unchanged", async () => {
    const workbook = installFakeOffice();
    await saveModel(JSON_TEXT);
    await saveModel(JSON_TEXT);
    expect(workbook.customXmlParts).toHaveLength(1);
    expect(workbook.customXmlParts[0]?.namespaceUri).toBe(MODEL_XML_NAMESPACE);
    expect(await loadModel()).toBe(JSON_TEXT);
  });

  it("loadModel returns null when the workbook holds no model", async () => {
    installFakeOffice();
    expect(await loadModel()).toBeNull();
  });

  it("saveModel adds the part under the model namespace (office-addin-mock)", async () => {
    const added: string[] = [];
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          customXmlParts: {
            getByNamespace: (ns: string) => ({
              items: [],
              load: () => expect(ns).toBe(MODEL_XML_NAMESPACE),
            }),
            add: (xml: string) => added.push(xml),
          },
        },
      },
      run: async function (callback: (context: unknown) => Promise<unknown>): Promise<unknown> {
        return callback((this as unknown as { context: unknown }).context);
      },
    });
    (globalThis as Record<string, unknown>).Excel = mock;
    await saveModel("{}");
    expect(added).toEqual([`<mmmModel xmlns="${MODEL_XML_NAMESPACE}">{}</mmmModel>`]);
  });
});
