import { afterEach, describe, expect, it } from "@jest/globals";
import { ModelNotFittedError } from "../../src/core/errors";
import {
  publishModel,
  resetModelStore,
  subscribeModel,
  type ModelState,
} from "../../src/workbookModel/modelStore";
import { saveModel } from "../../src/workbookModel/saveModel";
import { installFakeOffice } from "../taskpane/fixtures/installFakeOffice";
import { flush } from "../functions/_helpers/fakeInvocation";

afterEach(() => resetModelStore(async () => null));

const BAD = '{"schema":"nope"}';

describe("modelStore", () => {
  it("reads the workbook once for many subscribers and tells each of them", async () => {
    let reads = 0;
    resetModelStore(async () => {
      reads += 1;
      return null;
    });
    const seen: ModelState["status"][] = [];
    subscribeModel((s) => seen.push(s.status));
    subscribeModel((s) => seen.push(s.status));
    await flush();
    expect(reads).toBe(1);
    expect(seen).toEqual(["missing", "missing"]);
  });

  it("keeps a model published while the workbook read is under way (the read's older answer is dropped)", async () => {
    let answer: (json: string | null) => void = () => undefined;
    resetModelStore(() => new Promise((resolve) => (answer = resolve)));
    const seen: ModelState["status"][] = [];
    subscribeModel((s) => seen.push(s.status));
    publishModel(BAD);
    answer(null);
    await flush();
    expect(seen).toEqual(["failed"]);
  });

  it("turns a failed workbook read into #N/A-style ModelNotFittedError with the reason", async () => {
    resetModelStore(async () => {
      throw new Error("ExcelApi 1.5 is not supported");
    });
    const states: ModelState[] = [];
    subscribeModel((s) => states.push(s));
    await flush();
    const state = states[0];
    expect(state?.status).toBe("failed");
    const error = state?.status === "failed" ? state.error : null;
    expect(error).toBeInstanceOf(ModelNotFittedError);
    expect((error as Error).message).toMatch(/No fitted model in this workbook.*ExcelApi 1.5/);
  });

  it("stops calling a listener after it unsubscribes", () => {
    publishModel(null);
    const seen: string[] = [];
    const stop = subscribeModel((s) => seen.push(s.status));
    stop();
    publishModel(null);
    expect(seen).toEqual(["missing"]);
  });

  it("by default reads the model from the workbook's custom XML part (the task pane's loadModel)", async () => {
    installFakeOffice();
    const firstState = (): Promise<ModelState["status"]> =>
      new Promise((resolve) => {
        resetModelStore();
        subscribeModel((s) => resolve(s.status));
      });
    expect(await firstState()).toBe("missing");
    await saveModel(BAD);
    expect(await firstState()).toBe("failed");
  });
});
