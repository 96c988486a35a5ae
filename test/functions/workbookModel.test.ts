import { describe, expect, it } from "@jest/globals";
import { saveModel } from "../../src/taskpane/excel/saveModel";
import { readWorkbookModel } from "../../src/functions/workbookModel";
import { installFakeOffice } from "../taskpane/fixtures/installFakeOffice";

const JSON_TEXT = JSON.stringify({
  schema: "mmm-workbook-model/1",
  note: 'a <tricky> "string" & end',
});

describe("readWorkbookModel", () => {
  it("reads back exactly what the task pane's saveModel stored (in-memory Office fake)", async () => {
    installFakeOffice();
    await saveModel(JSON_TEXT);
    expect(await readWorkbookModel()).toBe(JSON_TEXT);
  });

  it("returns null when the workbook holds no model", async () => {
    installFakeOffice();
    expect(await readWorkbookModel()).toBeNull();
  });
});
