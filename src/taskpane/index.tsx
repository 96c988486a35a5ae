/**
 * Task pane entry: after Office.onReady, renders <App> inside FluentProvider with the real adapters
 * (Excel calls from ./excel, the fit in a Web Worker).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { publishModel } from "../workbookModel/modelStore";
import type { PaneAdapters } from "./adapters";
import { App } from "./components/App";
import { loadModel } from "../workbookModel/loadModel";
import { addExperimentsSheet } from "./excel/addExperimentsSheet";
import { listOutputSheets } from "./excel/outputSheets";
import { readExperimentsSheet } from "./excel/readExperimentsSheet";
import { readSelection, rereadSelection } from "./excel/readSelection";
import { saveModel } from "../workbookModel/saveModel";
import { selectCell } from "./excel/selectCell";
import { writeResultSheets } from "./excel/writeResultSheets";
import { saveTextFile } from "./saveTextFile";
import { workerFitStarter, type WorkerLike } from "./worker/startWorkerFit";
import { workerReportBuilder, type ReportWorkerLike } from "./worker/startWorkerReport";

/* global document, Worker, performance, URL */

const adapters: PaneAdapters = {
  readSelection,
  rereadSelection,
  selectCell,
  readExperiments: readExperimentsSheet,
  addExperimentsSheet,
  listOutputSheets,
  writeResultSheets,
  saveModel,
  // The same module instance as the custom functions' (webpack dependOn: one runtime, ADDIN-NOTES §3).
  publishModel,
  loadModel,
  fitTime: () => new Date().toISOString(),
  startFit: workerFitStarter(
    () => new Worker(new URL("./worker/fitWorker.ts", import.meta.url)) as unknown as WorkerLike
  ),
  buildReport: workerReportBuilder(
    () =>
      new Worker(new URL("./worker/fitWorker.ts", import.meta.url)) as unknown as ReportWorkerLike
  ),
  saveFile: (fileName, text) => saveTextFile(fileName, text),
  now: () => performance.now(),
};

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App adapters={adapters} />
    </FluentProvider>
  );
});
