import { OfficeMockObject } from "office-addin-mock";
import { selectCell } from "../../../src/taskpane/excel/selectCell";
import { installFakeOffice } from "../fixtures/installFakeOffice";

describe("selectCell", () => {
  it("activates the sheet named in the address and selects the cell", async () => {
    const calls: string[] = [];
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem: (name: string) => ({
              activate: () => calls.push(`activate ${name}`),
              getRange: (cell: string) => ({ select: () => calls.push(`select ${cell}`) }),
            }),
          },
        },
      },
      run: async function (callback: (context: unknown) => Promise<unknown>): Promise<unknown> {
        return callback((this as unknown as { context: unknown }).context);
      },
    });
    (globalThis as Record<string, unknown>).Excel = mock;
    await selectCell("'My data'!D17");
    expect(calls).toEqual(["activate My data", "select D17"]);
  });

  it("moves the in-memory workbook's selection to the cell", async () => {
    const workbook = installFakeOffice([{ name: "Data" }, { name: "Other" }]);
    await selectCell("Other!B3");
    expect(workbook.selection).toMatchObject({ r0: 2, c0: 1, r1: 2, c1: 1 });
    expect(workbook.activeSheetId).toBe(workbook.sheets[1]?.id);
  });

  it("rejects an address that names no sheet", async () => {
    installFakeOffice();
    await expect(selectCell("D17")).rejects.toThrow(/does not name a sheet/);
  });
});
