/**
 * The preview page's workbook view: creates the in-memory workbook with the simulator's sample data, draws the
 * active sheet as an HTML grid (DOM APIs and textContent only, never HTML from cell text), lets a person select
 * cells with the mouse (drag or shift+click), and loads the real task pane into the iframe beside it.
 */
/* global window, document, fetch */
(async function () {
  "use strict";
  const api = window.MmmFakeOffice;
  const EPOCH_OFFSET_DAYS = 25569;
  const isoToSerial = (iso) => Date.parse(iso + "T00:00:00Z") / 86400000 + EPOCH_OFFSET_DAYS;
  const serialToIso = (serial) =>
    new Date((Math.floor(serial) - EPOCH_OFFSET_DAYS) * 86400000).toISOString().slice(0, 10);

  const { grid } = await (await fetch("/sample.json")).json();
  // A date typed into Excel is stored as a serial number shown through a date format; do the same here.
  const isDate = (r, c, v) =>
    r > 0 && c === 0 && typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
  const values = grid.map((row, r) => row.map((v, c) => (isDate(r, c, v) ? isoToSerial(v) : v)));
  const numberFormats = grid.map((row, r) =>
    row.map((v, c) => (isDate(r, c, v) ? "yyyy-mm-dd" : "General"))
  );
  const wb = api.createWorkbook({ sheets: [{ name: "Data", values, numberFormats }] });
  // The custom functions' metadata (dist/functions.json), so formulas pass scalars and matrices as Excel does.
  try {
    const metadata = await (await fetch("/functions.json")).json();
    wb.functionMetadata = Object.fromEntries(metadata.functions.map((f) => [f.id, f]));
  } catch {
    wb.functionMetadata = null; // without it the fake guesses from each function's arity
  }
  api.install(window, wb);
  /** For tests and curious people: add a sheet with values (as a user would paste them). */
  window.__mmmAddSheet = (name, sheetValues, formats) => {
    const sheet = wb.addSheet(name);
    sheetValues.forEach((row, r) =>
      row.forEach((v, c) =>
        wb.setCell(sheet, r, c, {
          value: v,
          format: (formats && formats[r] && formats[r][c]) || "General",
        })
      )
    );
    wb.notify();
    return sheet.id;
  };

  const gridEl = document.getElementById("grid");
  const tabsEl = document.getElementById("tabs");
  const addressEl = document.getElementById("address");
  const chartsEl = document.getElementById("charts");
  let anchor = null;
  let dragging = false;

  function display(cell) {
    const v = cell.value;
    const f = cell.format || "General";
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (typeof v !== "number") return String(v ?? "");
    if (/y/.test(f) && /d/.test(f)) return serialToIso(v);
    if (f.includes("%")) return (v * 100).toFixed(1) + "%";
    // As Excel shows a one-section currency format: the minus sign before the symbol.
    if (f.includes("$"))
      return (v < 0 ? "-$" : "$") + Math.abs(Math.round(v)).toLocaleString("en-US");
    if (/^0\.0+$/.test(f)) return v.toFixed(f.length - 2);
    return Number.isInteger(v) ? String(v) : v.toFixed(2);
  }

  function activeSheet() {
    return wb.sheets.find((s) => s.id === wb.activeSheetId) || wb.sheets[0];
  }

  function isSelected(sheet, r, c) {
    const s = wb.selection;
    return s && s.sheetId === sheet.id && r >= s.r0 && r <= s.r1 && c >= s.c0 && c <= s.c1;
  }

  function paintSelection() {
    const sheet = activeSheet();
    for (const td of gridEl.querySelectorAll("td[data-row]")) {
      td.classList.toggle("sel", isSelected(sheet, Number(td.dataset.row), Number(td.dataset.col)));
    }
    const s = wb.selection;
    const selSheet = wb.sheets.find((x) => x.id === (s && s.sheetId));
    if (s && selSheet) {
      const tl = api.columnLetters(s.c0) + (s.r0 + 1);
      const br = api.columnLetters(s.c1) + (s.r1 + 1);
      addressEl.textContent = selSheet.name + "!" + (tl === br ? tl : tl + ":" + br);
    }
  }

  function render() {
    const sheet = activeSheet();
    const bounds = wb.usedBounds(sheet);
    const rows = Math.max(bounds.r1 + 2, 20);
    const cols = Math.max(bounds.c1 + 2, 8);
    const table = document.createElement("table");
    const head = table.insertRow();
    head.appendChild(document.createElement("th"));
    for (let c = 0; c < cols; c++) {
      const th = document.createElement("th");
      th.textContent = api.columnLetters(c);
      head.appendChild(th);
    }
    for (let r = 0; r < rows; r++) {
      const tr = table.insertRow();
      const th = document.createElement("th");
      th.className = "row";
      th.textContent = String(r + 1);
      tr.appendChild(th);
      for (let c = 0; c < cols; c++) {
        const td = tr.insertCell();
        const cell = wb.cell(sheet, r, c);
        const text = document.createElement("div");
        text.textContent = display(cell);
        if (cell.bold) text.style.fontWeight = "600";
        const conditional = wb.conditionalFill(sheet, r, c);
        if (conditional) {
          td.style.background = conditional.fill;
          text.style.color = conditional.fontColor;
        }
        td.title = text.textContent;
        td.appendChild(text);
        if (typeof cell.value === "string") td.classList.add("text");
        td.dataset.row = String(r);
        td.dataset.col = String(c);
      }
    }
    // The sheet's native charts, drawn from their recorded specs and the cells their series reference.
    const chartArea = document.createElement("div");
    chartArea.id = "chart-area";
    for (const chart of wb.charts.filter((c) => c.sheetId === sheet.id))
      chartArea.appendChild(window.MmmPreviewCharts.drawChart(chart, wb.chartData(chart)));
    gridEl.replaceChildren(chartArea, table);
    tabsEl.replaceChildren(
      ...wb.sheets.map((s) => {
        const button = document.createElement("button");
        button.type = "button";
        button.setAttribute("role", "tab");
        button.setAttribute("aria-selected", String(s.id === sheet.id));
        button.textContent = s.name;
        button.addEventListener("click", () => {
          wb.activeSheetId = s.id;
          wb.selection = { sheetId: s.id, r0: 0, c0: 0, r1: 0, c1: 0 };
          wb.notify();
        });
        return button;
      })
    );
    const charts = wb.charts.filter((chart) => chart.sheetId === sheet.id);
    chartsEl.textContent = charts
      .map((chart) => `Chart: ${chart.type} "${chart.title}" from ${chart.source}`)
      .join("; ");
    paintSelection();
  }

  function cellOf(event) {
    const td = event.target.closest && event.target.closest("td[data-row]");
    return td ? { r: Number(td.dataset.row), c: Number(td.dataset.col) } : null;
  }
  function selectTo(to) {
    const from = anchor || to;
    wb.selection = {
      sheetId: activeSheet().id,
      r0: Math.min(from.r, to.r),
      c0: Math.min(from.c, to.c),
      r1: Math.max(from.r, to.r),
      c1: Math.max(from.c, to.c),
    };
    paintSelection();
  }
  gridEl.addEventListener("mousedown", (event) => {
    const at = cellOf(event);
    if (!at) return;
    if (!event.shiftKey || !anchor) anchor = at;
    dragging = true;
    selectTo(at);
  });
  gridEl.addEventListener("mouseover", (event) => {
    const at = cellOf(event);
    if (dragging && at) selectTo(at);
  });
  window.addEventListener("mouseup", () => {
    dragging = false;
  });
  document.getElementById("select-data").addEventListener("click", () => {
    const data = wb.sheetByName("Data");
    const b = wb.usedBounds(data);
    wb.activeSheetId = data.id;
    wb.selection = Object.assign({ sheetId: data.id }, b);
    wb.notify();
  });

  wb.onChange(render);
  render();
  document.getElementById("pane").src = "/taskpane.html";
})();
