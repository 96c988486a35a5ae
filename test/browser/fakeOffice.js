/**
 * An in-memory stand-in for the part of the Office/Excel JavaScript API the MMM add-in uses, so the real task-pane
 * bundle runs in a plain browser (npm run preview, npm run test:e2e) and in jest. It is a classic script: it defines
 * `globalThis.MmmFakeOffice` and, in a browser page, installs `Office`, `Excel` and `CustomFunctions` globals.
 *
 * Semantics kept from Excel: operations run in order inside Excel.run; a failing operation makes the next
 * `context.sync()` reject and skips the rest of that batch (earlier operations stay applied, as in Excel);
 * sheet names are unique case-insensitively and at most 31 characters; ids are stable across renames.
 * Simplified: properties are readable without load/sync (office-addin-mock tests check load/sync discipline).
 *
 * In a page inside the preview (an iframe), the workbook comes from `window.parent.__mmmWorkbook`, so the preview's
 * HTML grid and the pane see the same cells.
 */
/* global window, setTimeout, globalThis, process, performance */
(function () {
  "use strict";

  function columnLetters(index) {
    let n = index + 1;
    let s = "";
    while (n > 0) {
      const r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function columnIndex(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  function quote(name) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
  }
  /** Parses "A1", "A1:C3" (optionally sheet-qualified) into 0-based bounds. */
  function parseA1(address) {
    const bang = address.lastIndexOf("!");
    const part = bang >= 0 ? address.slice(bang + 1) : address;
    const cells = part.replace(/\$/g, "").split(":");
    const parse = (cell) => {
      const m = /^([A-Za-z]+)(\d+)$/.exec(cell);
      if (!m) throw excelError("InvalidArgument", "The address " + address + " is not valid.");
      return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
    };
    const a = parse(cells[0]);
    const b = cells[1] ? parse(cells[1]) : a;
    return {
      r0: Math.min(a.row, b.row),
      c0: Math.min(a.column, b.column),
      r1: Math.max(a.row, b.row),
      c1: Math.max(a.column, b.column),
    };
  }
  function excelError(code, message) {
    const error = new Error(message);
    error.name = "RichApi.Error";
    error.code = code;
    return error;
  }

  /**
   * A minimal formula engine for custom functions: a cell may hold `=NS.NAME(arg, …)` where each argument is a
   * reference (A1, A1:G5, Sheet!A1:B2), a number, "text", TRUE/FALSE or nothing. The fake calls the associated
   * function with the referenced values (a matrix, or the top-left value for a scalar parameter), spills an array
   * result from the formula cell (#SPILL! when a target cell is taken) and, for a streaming function, passes an
   * invocation whose setResult writes the cell again later. Dependencies are simple: every write of cell values
   * re-runs every formula (cancelling the previous streaming invocation first, as Excel does).
   */
  function installFormulas(wb) {
    const keyOf = (sheetId, r, c) => sheetId + "|" + r + "," + c;
    const splitArgs = (text) => {
      const args = [];
      let depth = 0;
      let quoted = false;
      let current = "";
      for (const ch of text) {
        if (ch === '"') quoted = !quoted;
        if (!quoted && ch === "(") depth++;
        if (!quoted && ch === ")") depth--;
        if (!quoted && depth === 0 && ch === ",") {
          args.push(current.trim());
          current = "";
        } else current += ch;
      }
      if (current.trim() !== "" || args.length > 0) args.push(current.trim());
      return args;
    };
    const readReference = (sheetId, text) => {
      const bang = text.lastIndexOf("!");
      let sheet = wb.sheets.find((s) => s.id === sheetId);
      if (bang >= 0)
        sheet = wb.sheetByName(text.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"));
      if (!sheet) return null;
      const b = parseA1(text);
      const values = [];
      for (let r = b.r0; r <= b.r1; r++) {
        const row = [];
        for (let c = b.c0; c <= b.c1; c++) {
          const v = wb.cell(sheet, r, c).value;
          row.push(typeof v === "string" && v.startsWith("'") ? v.slice(1) : v);
        }
        values.push(row);
      }
      return values;
    };
    const argument = (sheetId, text, parameter) => {
      if (text === "") return null;
      if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
      if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === "TRUE";
      if (text !== "" && Number.isFinite(Number(text))) return Number(text);
      const matrix = readReference(sheetId, text);
      if (!matrix) throw excelError("InvalidReference", "#REF!");
      const isMatrix = parameter
        ? parameter.dimensionality === "matrix"
        : matrix.length * matrix[0].length > 1;
      return isMatrix ? matrix : matrix[0][0];
    };
    /** An error result as the cell shows it (works across frames, so no instanceof). */
    const errorText = (value) =>
      value && typeof value === "object" && !Array.isArray(value)
        ? typeof value.code === "string" && value.code.startsWith("#")
          ? value.code
          : "#VALUE!"
        : null;

    function writeResult(entry, value) {
      if (!wb.formulas.has(keyOf(entry.sheetId, entry.r, entry.c))) return;
      if (entry.invocation && entry.invocation.cancelled) return;
      const sheet = wb.sheets.find((s) => s.id === entry.sheetId);
      if (!sheet) return;
      for (let i = 0; i < entry.spill.rows; i++)
        for (let j = 0; j < entry.spill.cols; j++)
          if (i > 0 || j > 0)
            wb.setCell(sheet, entry.r + i, entry.c + j, { value: "", spilledFrom: null });
      const error = errorText(value);
      let grid = error ? [[error]] : Array.isArray(value) ? value : [[value]];
      const taken = grid.some((row, i) =>
        row.some((_, j) => {
          if (i === 0 && j === 0) return false;
          const cell = wb.cell(sheet, entry.r + i, entry.c + j);
          return (
            wb.formulas.has(keyOf(entry.sheetId, entry.r + i, entry.c + j)) ||
            (cell.value !== "" && cell.value !== undefined && cell.value !== null)
          );
        })
      );
      if (taken) grid = [["#SPILL!"]];
      grid.forEach((row, i) =>
        row.forEach((v, j) =>
          wb.setCell(sheet, entry.r + i, entry.c + j, {
            value: v === null || v === undefined ? "" : v,
            spilledFrom: i > 0 || j > 0 ? keyOf(entry.sheetId, entry.r, entry.c) : null,
          })
        )
      );
      const anchor = wb.cell(sheet, entry.r, entry.c);
      anchor.error = error ? (value && value.message) || error : null;
      entry.spill = { rows: grid.length, cols: Math.max(...grid.map((row) => row.length)) };
      entry.results = (entry.results || 0) + 1;
      wb.notify();
    }

    function evaluate(entry) {
      if (entry.invocation) {
        entry.invocation.cancelled = true;
        if (typeof entry.invocation.onCanceled === "function") entry.invocation.onCanceled();
      }
      entry.invocation = null;
      const match = /^=\s*(?:[A-Za-z_][\w]*\.)?([A-Za-z_][\w.]*)\((.*)\)\s*$/.exec(entry.formula);
      const sheet = wb.sheets.find((s) => s.id === entry.sheetId);
      const address = quote(sheet ? sheet.name : "") + "!" + columnLetters(entry.c) + (entry.r + 1);
      try {
        if (!match) throw excelError("InvalidName", "#NAME?");
        const id = match[1].toUpperCase();
        const fn = wb.functions[id];
        if (typeof fn !== "function")
          return writeResult(entry, { code: "#NAME?", message: id + " is not a function" });
        const meta = wb.functionMetadata && wb.functionMetadata[id];
        const texts = splitArgs(match[2]);
        const args = texts.map((text, i) =>
          argument(entry.sheetId, text, meta && meta.parameters[i])
        );
        const streaming = meta
          ? Boolean(meta.options && meta.options.stream)
          : fn.length > args.length;
        const arity = meta ? meta.parameters.length : streaming ? fn.length - 1 : args.length;
        while (args.length < arity) args.push(null);
        if (streaming) {
          const invocation = {
            address,
            cancelled: false,
            onCanceled: undefined,
            setResult: (value) => writeResult(entry, value),
          };
          entry.invocation = invocation;
          fn(...args, invocation);
          return undefined;
        }
        const result = fn(...args);
        if (result && typeof result.then === "function")
          result.then(
            (value) => writeResult(entry, value),
            (error) => writeResult(entry, error)
          );
        else writeResult(entry, result);
      } catch (error) {
        writeResult(
          entry,
          error && error.code && String(error.code).startsWith("#")
            ? error
            : { code: "#VALUE!", message: String(error && error.message) }
        );
      }
      return undefined;
    }

    /** Puts a formula in one cell (sheet name, A1 address) and evaluates it. */
    wb.setFormula = (sheetName, address, formula) => {
      const sheet = wb.sheetByName(sheetName);
      const b = parseA1(address);
      const key = keyOf(sheet.id, b.r0, b.c0);
      const previous = wb.formulas.get(key);
      if (previous && previous.invocation) previous.invocation.cancelled = true;
      const entry = {
        sheetId: sheet.id,
        r: b.r0,
        c: b.c0,
        formula,
        invocation: null,
        spill: { rows: 1, cols: 1 },
        results: 0,
      };
      wb.formulas.set(key, entry);
      wb.setCell(sheet, b.r0, b.c0, { formula });
      evaluate(entry);
      return entry;
    };
    /** The formula entry of a cell, or null. */
    wb.formulaAt = (sheetName, address) => {
      const sheet = wb.sheetByName(sheetName);
      const b = parseA1(address);
      return (sheet && wb.formulas.get(keyOf(sheet.id, b.r0, b.c0))) || null;
    };
    /** Re-runs every formula (after any write of cell values). */
    wb.recalculate = () => {
      for (const [key, entry] of [...wb.formulas]) {
        if (!wb.sheets.some((s) => s.id === entry.sheetId)) {
          wb.formulas.delete(key);
          continue;
        }
        evaluate(entry);
      }
    };
    /** Writes values as a user types them (sheet name, A1 address of the top-left cell, matrix) and recalculates. */
    wb.setValues = (sheetName, address, matrix) => {
      const sheet = wb.sheetByName(sheetName);
      const b = parseA1(address);
      matrix.forEach((row, i) =>
        row.forEach((v, j) => {
          wb.formulas.delete(keyOf(sheet.id, b.r0 + i, b.c0 + j));
          wb.setCell(sheet, b.r0 + i, b.c0 + j, {
            value: v,
            formula: undefined,
            spilledFrom: null,
          });
        })
      );
      wb.recalculate();
      wb.notify();
    };
    /** Drops formulas whose cells a values write covered (a value typed over a formula replaces it). */
    wb.valuesWritten = (sheetId, b) => {
      for (const [key, entry] of [...wb.formulas])
        if (
          entry.sheetId === sheetId &&
          entry.r >= b.r0 &&
          entry.r <= b.r1 &&
          entry.c >= b.c0 &&
          entry.c <= b.c1
        ) {
          if (entry.invocation) entry.invocation.cancelled = true;
          wb.formulas.delete(key);
        }
      if (wb.formulas.size > 0) wb.recalculate();
    };
  }

  let nextId = 1;
  const newId = () => "{FAKE-" + String(nextId++).padStart(4, "0") + "}";

  /**
   * Creates an in-memory workbook.
   * @param {{sheets?: {name: string, values?: unknown[][], numberFormats?: string[][]}[]}} [init]
   */
  function createWorkbook(init) {
    const wb = {
      sheets: [],
      activeSheetId: null,
      selection: null,
      settings: new Map(),
      customXmlParts: [],
      tables: [],
      charts: [],
      conditionalFormats: [],
      syncCount: 0,
      runCount: 0,
      log: [],
      listeners: [],
      /** Test hook: (operationName, details) => Error | undefined; a returned error fails that operation. */
      faultHook: null,
      /** Custom functions by id, as CustomFunctions.associate registered them (set by install). */
      functions: {},
      /** functions.json's entries by id (parameters, options.stream), when the page loaded it; else fn.length is used. */
      functionMetadata: null,
      /** Formula cells: key "sheetId|r,c" -> { sheetId, r, c, formula, invocation, spill: {rows, cols} }. */
      formulas: new Map(),
    };
    wb.addSheet = function (name) {
      const sheet = { id: newId(), name, cells: new Map(), frozenRows: 0, autofit: false };
      wb.sheets.push(sheet);
      if (!wb.activeSheetId) wb.activeSheetId = sheet.id;
      return sheet;
    };
    wb.sheetByName = (name) =>
      wb.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase()) || null;
    wb.cell = (sheet, r, c) => sheet.cells.get(r + "," + c) || { value: "", format: "General" };
    wb.setCell = (sheet, r, c, patch) =>
      sheet.cells.set(r + "," + c, Object.assign({}, wb.cell(sheet, r, c), patch));
    wb.usedBounds = (sheet) => {
      let r1 = -1;
      let c1 = -1;
      for (const [key, cell] of sheet.cells) {
        if (cell.value === "" || cell.value === null || cell.value === undefined) continue;
        const [r, c] = key.split(",").map(Number);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      }
      return { r0: 0, c0: 0, r1: Math.max(r1, 0), c1: Math.max(c1, 0) };
    };
    /**
     * The fill and font colour a cell shows under the sheet's cell-value rules (EqualTo with a quoted text or a
     * number; text compared case-insensitively, as Excel does), or null. The first matching rule wins.
     */
    wb.conditionalFill = (sheet, r, c) => {
      const value = wb.cell(sheet, r, c).value;
      for (const f of wb.conditionalFormats) {
        if (f.sheetId !== sheet.id || r < f.r0 || r > f.r1 || c < f.c0 || c > f.c1) continue;
        if (!f.rule || f.rule.operator !== "EqualTo") continue;
        const operand = String(f.rule.formula1).replace(/^=/, "");
        const text = /^".*"$/.test(operand) ? operand.slice(1, -1).replace(/""/g, '"') : null;
        const matches =
          text === null
            ? typeof value === "number" && value === Number(operand)
            : typeof value === "string" && value.toLowerCase() === text.toLowerCase();
        if (matches) return { fill: f.fill, fontColor: f.fontColor };
      }
      return null;
    };
    /** Plain copy of a sheet's used block (for assertions and the preview grid). */
    wb.snapshot = (name) => {
      const sheet = wb.sheetByName(name);
      if (!sheet) return null;
      const b = wb.usedBounds(sheet);
      const values = [];
      const formats = [];
      for (let r = b.r0; r <= b.r1; r++) {
        values.push([]);
        formats.push([]);
        for (let c = b.c0; c <= b.c1; c++) {
          const cell = wb.cell(sheet, r, c);
          values[values.length - 1].push(cell.value);
          formats[formats.length - 1].push(cell.format);
        }
      }
      return { name: sheet.name, id: sheet.id, values, formats, frozenRows: sheet.frozenRows };
    };
    /** The numbers a chart draws: each series' name, values and categories read from its sheet's cells. */
    wb.chartData = (chart) => {
      const sheet = wb.sheets.find((s) => s.id === chart.sheetId);
      const read = (address) => {
        if (!address || !sheet) return [];
        const b = parseA1(address);
        const out = [];
        for (let r = b.r0; r <= b.r1; r++)
          for (let c = b.c0; c <= b.c1; c++) out.push(wb.cell(sheet, r, c).value);
        return out;
      };
      return chart.series.map((s) => ({
        name: s.name,
        values: read(s.values),
        categories: read(s.categories),
        categoryFormat:
          s.categories && sheet
            ? wb.cell(sheet, parseA1(s.categories).r0, parseA1(s.categories).c0).format
            : "General",
      }));
    };
    wb.select = (sheetName, address) => {
      const sheet = wb.sheetByName(sheetName);
      wb.selection = Object.assign({ sheetId: sheet.id }, parseA1(address));
      wb.activeSheetId = sheet.id;
      wb.notify();
    };
    wb.onChange = (fn) => wb.listeners.push(fn);
    wb.notify = () => wb.listeners.forEach((fn) => fn(wb));
    installFormulas(wb);
    for (const s of (init && init.sheets) || [{ name: "Sheet1" }]) {
      const sheet = wb.addSheet(s.name);
      (s.values || []).forEach((row, r) =>
        row.forEach((value, c) =>
          wb.setCell(sheet, r, c, {
            value,
            format: (s.numberFormats && s.numberFormats[r] && s.numberFormats[r][c]) || "General",
          })
        )
      );
    }
    wb.selection = { sheetId: wb.sheets[0].id, r0: 0, c0: 0, r1: 0, c1: 0 };
    return wb;
  }

  /** Builds the `Excel` namespace bound to one workbook. */
  function createExcel(wb) {
    function makeContext() {
      const ctx = { failure: null };
      /** Runs one queued operation unless the batch already failed; records the first failure. */
      ctx.op = (name, details, fn, fallback) => {
        wb.log.push(name);
        if (ctx.failure) return fallback;
        const injected = wb.faultHook && wb.faultHook(name, details);
        if (injected) {
          ctx.failure = injected;
          return fallback;
        }
        try {
          return fn();
        } catch (error) {
          ctx.failure = error;
          return fallback;
        }
      };
      ctx.sync = async () => {
        wb.syncCount++;
        await Promise.resolve();
        // A test that sets wb.syncLog = [] gets the time (epoch ms, comparable across frames) and the sheet names
        // after every sync: when sheets became visible to the user.
        if (Array.isArray(wb.syncLog) && typeof performance !== "undefined")
          wb.syncLog.push({
            at: performance.timeOrigin + performance.now(),
            sheets: wb.sheets.map((sheet) => sheet.name),
          });
        wb.notify();
        if (ctx.failure) {
          const failure = ctx.failure;
          ctx.failure = null;
          throw failure;
        }
      };
      ctx.trackedObjects = { add() {}, remove() {} };
      ctx.workbook = workbookProxy(ctx);
      return ctx;
    }

    function sheetOf(id) {
      return wb.sheets.find((s) => s.id === id) || null;
    }
    function nameOf(id) {
      const s = sheetOf(id);
      return s ? s.name : null;
    }

    function rangeProxy(ctx, sheetId, b) {
      const sheet = () => {
        const s = sheetOf(sheetId);
        if (!s) throw excelError("ItemNotFound", "The worksheet was deleted.");
        return s;
      };
      const grid = (read) => {
        const out = [];
        for (let r = b.r0; r <= b.r1; r++) {
          const row = [];
          for (let c = b.c0; c <= b.c1; c++) row.push(read(wb.cell(sheet(), r, c)));
          out.push(row);
        }
        return out;
      };
      const write = (name, key, matrix) =>
        ctx.op(name, { sheet: nameOf(sheetId) }, () => {
          const rows = b.r1 - b.r0 + 1;
          const cols = b.c1 - b.c0 + 1;
          if (
            !Array.isArray(matrix) ||
            matrix.length !== rows ||
            matrix.some((row) => row.length !== cols)
          )
            throw excelError(
              "InvalidArgument",
              "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
            );
          matrix.forEach((row, i) =>
            row.forEach((v, j) => wb.setCell(sheet(), b.r0 + i, b.c0 + j, { [key]: v }))
          );
          if (key === "value") wb.valuesWritten(sheetId, b);
        });
      const address = () => {
        const tl = columnLetters(b.c0) + (b.r0 + 1);
        const br = columnLetters(b.c1) + (b.r1 + 1);
        return quote(sheet().name) + "!" + (tl === br ? tl : tl + ":" + br);
      };
      return {
        load() {
          return this;
        },
        get isNullObject() {
          return false;
        },
        get address() {
          return address();
        },
        get values() {
          return grid((cell) =>
            typeof cell.value === "string" && cell.value.startsWith("'")
              ? cell.value.slice(1)
              : cell.value
          );
        },
        set values(matrix) {
          write("range.values", "value", matrix);
        },
        get numberFormat() {
          return grid((cell) => cell.format);
        },
        set numberFormat(matrix) {
          write("range.numberFormat", "format", matrix);
        },
        get rowIndex() {
          return b.r0;
        },
        get columnIndex() {
          return b.c0;
        },
        get rowCount() {
          return b.r1 - b.r0 + 1;
        },
        get columnCount() {
          return b.c1 - b.c0 + 1;
        },
        get worksheet() {
          return worksheetProxy(ctx, sheetId);
        },
        /** Cell-value rules (ExcelApi 1.6), recorded in wb.conditionalFormats and evaluated by wb.conditionalFill. */
        conditionalFormats: {
          add(type) {
            const record = {
              sheetId,
              r0: b.r0,
              c0: b.c0,
              r1: b.r1,
              c1: b.c1,
              type,
              rule: null,
              fill: null,
              fontColor: null,
            };
            ctx.op("conditionalFormats.add", { type }, () => {
              if (type !== "CellValue")
                throw excelError("InvalidArgument", "The fake records cellValue rules only.");
              wb.conditionalFormats.push(record);
            });
            const set = (name, apply) => ctx.op(name, {}, apply);
            return {
              cellValue: {
                format: {
                  fill: {
                    set color(value) {
                      set("conditionalFormat.fill.color", () => (record.fill = value));
                    },
                  },
                  font: {
                    set color(value) {
                      set("conditionalFormat.font.color", () => (record.fontColor = value));
                    },
                  },
                },
                set rule(value) {
                  set("conditionalFormat.rule", () => (record.rule = Object.assign({}, value)));
                },
              },
            };
          },
        },
        format: {
          font: {
            set bold(value) {
              ctx.op("range.format.font.bold", {}, () => {
                for (let r = b.r0; r <= b.r1; r++)
                  for (let c = b.c0; c <= b.c1; c++) wb.setCell(sheet(), r, c, { bold: value });
              });
            },
          },
          autofitColumns() {
            ctx.op("range.format.autofitColumns", {}, () => {
              sheet().autofit = true;
            });
          },
          autofitRows() {},
        },
        /** Excel's "current region": grows from the top-left cell while a neighbouring row or column has a value. */
        getSurroundingRegion() {
          const filled = (r, c) => r >= 0 && c >= 0 && wb.cell(sheet(), r, c).value !== "";
          const region = { r0: b.r0, c0: b.c0, r1: b.r0, c1: b.c0 };
          const anyIn = (r0, r1, c0, c1) => {
            for (let r = r0; r <= r1; r++)
              for (let c = c0; c <= c1; c++) if (filled(r, c)) return true;
            return false;
          };
          let grown = true;
          while (grown) {
            grown = false;
            const { r0, r1, c0, c1 } = region;
            if (r0 > 0 && anyIn(r0 - 1, r0 - 1, c0 - 1, c1 + 1)) ((region.r0 -= 1), (grown = true));
            if (anyIn(r1 + 1, r1 + 1, c0 - 1, c1 + 1)) ((region.r1 += 1), (grown = true));
            if (c0 > 0 && anyIn(r0 - 1, r1 + 1, c0 - 1, c0 - 1)) ((region.c0 -= 1), (grown = true));
            if (anyIn(r0 - 1, r1 + 1, c1 + 1, c1 + 1)) ((region.c1 += 1), (grown = true));
          }
          return rangeProxy(ctx, sheetId, region);
        },
        getTables(fullyContained) {
          const items = wb.tables
            .filter((t) => t.sheetId === sheetId)
            .filter((t) =>
              fullyContained
                ? b.r0 >= t.r0 && b.r1 <= t.r1 && b.c0 >= t.c0 && b.c1 <= t.c1
                : !(b.r1 < t.r0 || b.r0 > t.r1 || b.c1 < t.c0 || b.c0 > t.c1)
            )
            .map((t) => tableProxy(ctx, t));
          return {
            items,
            load() {
              return this;
            },
            getCount: () => ({ value: items.length }),
            getFirst: () => items[0],
          };
        },
        select() {
          ctx.op("range.select", {}, () => {
            wb.selection = Object.assign({ sheetId }, b);
            wb.activeSheetId = sheetId;
          });
        },
      };
    }

    function tableProxy(ctx, t) {
      return {
        get name() {
          return t.name;
        },
        get id() {
          return t.id;
        },
        load() {
          return this;
        },
        getRange() {
          return rangeProxy(ctx, t.sheetId, t);
        },
      };
    }

    function worksheetProxy(ctx, sheetId) {
      const sheet = () => {
        const s = sheetOf(sheetId);
        if (!s) throw excelError("ItemNotFound", "The worksheet was deleted.");
        return s;
      };
      return {
        load() {
          return this;
        },
        get isNullObject() {
          return false;
        },
        get id() {
          return sheetId;
        },
        get name() {
          return sheet().name;
        },
        set name(value) {
          ctx.op("worksheet.name", { name: value }, () => {
            checkName(value, sheetId);
            sheet().name = value;
          });
        },
        getRange(address) {
          return rangeProxy(ctx, sheetId, parseA1(address || "A1"));
        },
        getRangeByIndexes(row, column, rows, columns) {
          return rangeProxy(ctx, sheetId, {
            r0: row,
            c0: column,
            r1: row + rows - 1,
            c1: column + columns - 1,
          });
        },
        getUsedRange() {
          return rangeProxy(ctx, sheetId, wb.usedBounds(sheet()));
        },
        activate() {
          ctx.op("worksheet.activate", {}, () => {
            wb.activeSheetId = sheetId;
          });
        },
        delete() {
          ctx.op("worksheet.delete", { name: nameOf(sheetId) }, () => {
            if (wb.sheets.length === 1)
              throw excelError(
                "InvalidOperation",
                "A workbook must contain at least one visible worksheet."
              );
            wb.sheets = wb.sheets.filter((s) => s.id !== sheetId);
            wb.tables = wb.tables.filter((t) => t.sheetId !== sheetId);
            wb.charts = wb.charts.filter((c) => c.sheetId !== sheetId);
            wb.conditionalFormats = wb.conditionalFormats.filter((f) => f.sheetId !== sheetId);
            if (wb.activeSheetId === sheetId) wb.activeSheetId = wb.sheets[0].id;
            if (wb.selection && wb.selection.sheetId === sheetId)
              wb.selection = { sheetId: wb.sheets[0].id, r0: 0, c0: 0, r1: 0, c1: 0 };
          });
        },
        freezePanes: {
          freezeRows(count) {
            ctx.op("freezePanes.freezeRows", {}, () => {
              sheet().frozenRows = count;
            });
          },
        },
        tables: {
          add(source, hasHeaders) {
            const address = typeof source === "string" ? source : source.address;
            const record = {
              id: newId(),
              name: "Table" + (wb.tables.length + 1),
              sheetId,
              hasHeaders,
            };
            return tableProxy(
              ctx,
              ctx.op(
                "tables.add",
                { sheet: nameOf(sheetId) },
                () => {
                  Object.assign(record, parseA1(address));
                  wb.tables.push(record);
                  return record;
                },
                record
              )
            );
          },
        },
        charts: {
          add(type, source, seriesBy) {
            const record = {
              id: newId(),
              sheetId,
              type,
              seriesBy,
              source: ctx.failure ? null : source.address,
              name: "",
              title: "",
              position: null,
              legend: { position: "Right", visible: true, hidden: [] },
              axes: {
                value: { title: "", numberFormat: "General" },
                category: { title: "" },
              },
              series: [],
            };
            ctx.op("charts.add", { sheet: nameOf(sheetId), type }, () => {
              record.series = seriesFromSource(sheet(), parseA1(source.address));
              wb.charts.push(record);
            });
            return chartProxy(ctx, record);
          },
        },
      };
    }

    /**
     * The series Excel makes from a chart's source block (by columns): a text first row names the series; with more
     * than one column the first column holds the categories (dates or labels), as in Excel's defaults.
     */
    function seriesFromSource(sheet, b) {
      const header = [];
      for (let c = b.c0; c <= b.c1; c++) header.push(wb.cell(sheet, b.r0, c).value);
      const named = header.some((v) => typeof v === "string" && v !== "");
      const first = named ? b.r0 + 1 : b.r0;
      const withCategories = b.c1 > b.c0;
      const column = (c) => columnLetters(c) + (first + 1) + ":" + columnLetters(c) + (b.r1 + 1);
      const out = [];
      for (let c = withCategories ? b.c0 + 1 : b.c0; c <= b.c1; c++)
        out.push(
          newSeries(
            named ? String(header[c - b.c0]) : "Series" + (out.length + 1),
            column(c),
            withCategories ? column(b.c0) : null
          )
        );
      return out;
    }

    function newSeries(name, values, categories) {
      return {
        name,
        values,
        categories,
        chartType: null,
        fill: null,
        fillCleared: false,
        line: { color: null, lineStyle: "Continuous", weight: null },
        markerStyle: null,
        markerSize: null,
        markerBackgroundColor: null,
        markerForegroundColor: null,
        gapWidth: null,
        overlap: null,
      };
    }

    /** A range address without its sheet ("'MMM Dashboard'!B5:B9" → "B5:B9"). */
    const localAddress = (address) => address.slice(address.lastIndexOf("!") + 1);

    function seriesProxy(ctx, s) {
      return {
        set name(value) {
          s.name = value;
        },
        get name() {
          return s.name;
        },
        set chartType(value) {
          s.chartType = value;
        },
        get chartType() {
          return s.chartType;
        },
        setValues(range) {
          ctx.op("series.setValues", {}, () => {
            s.values = localAddress(range.address);
          });
        },
        setXAxisValues(range) {
          ctx.op("series.setXAxisValues", {}, () => {
            s.categories = localAddress(range.address);
          });
        },
        format: {
          fill: {
            setSolidColor(color) {
              s.fill = color;
              s.fillCleared = false;
            },
            clear() {
              s.fill = null;
              s.fillCleared = true;
            },
          },
          line: {
            set color(value) {
              s.line.color = value;
            },
            set lineStyle(value) {
              s.line.lineStyle = value;
            },
            set weight(value) {
              s.line.weight = value;
            },
          },
        },
        set markerStyle(value) {
          s.markerStyle = value;
        },
        set markerSize(value) {
          s.markerSize = value;
        },
        set markerBackgroundColor(value) {
          s.markerBackgroundColor = value;
        },
        set markerForegroundColor(value) {
          s.markerForegroundColor = value;
        },
        set gapWidth(value) {
          s.gapWidth = value;
        },
        set overlap(value) {
          s.overlap = value;
        },
        load() {
          return this;
        },
      };
    }

    function chartProxy(ctx, record) {
      return {
        set name(value) {
          record.name = value;
        },
        get name() {
          return record.name;
        },
        title: {
          set text(value) {
            record.title = value;
          },
          get text() {
            return record.title;
          },
        },
        legend: {
          set position(value) {
            record.legend.position = value;
          },
          set visible(value) {
            record.legend.visible = value;
          },
          legendEntries: {
            getItemAt(index) {
              return {
                set visible(value) {
                  const hidden = record.legend.hidden.filter((i) => i !== index);
                  record.legend.hidden = value ? hidden : [...hidden, index];
                },
              };
            },
          },
        },
        axes: {
          valueAxis: {
            title: {
              set text(value) {
                record.axes.value.title = value;
              },
            },
            set numberFormat(value) {
              record.axes.value.numberFormat = value;
            },
          },
          categoryAxis: {
            title: {
              set text(value) {
                record.axes.category.title = value;
              },
            },
          },
        },
        series: {
          getItemAt(index) {
            const s = record.series[index];
            if (!s) {
              ctx.op("series.getItemAt", {}, () => {
                throw excelError("ItemNotFound", "The chart has no series " + index + ".");
              });
              return seriesProxy(ctx, newSeries("", null, null));
            }
            return seriesProxy(ctx, s);
          },
          add(name) {
            const s = newSeries(name, null, null);
            ctx.op("series.add", {}, () => record.series.push(s));
            return seriesProxy(ctx, s);
          },
        },
        setPosition(start, end) {
          record.position = [start, end];
        },
        load() {
          return this;
        },
      };
    }

    function checkName(name, exceptId) {
      if (
        typeof name !== "string" ||
        name.length === 0 ||
        name.length > 31 ||
        /[[\]:*?/\\]/.test(name)
      )
        throw excelError("InvalidArgument", "The sheet name '" + name + "' is not valid.");
      const clash = wb.sheetByName(name);
      if (clash && clash.id !== exceptId)
        throw excelError("ItemAlreadyExists", "A sheet named '" + name + "' already exists.");
    }

    function workbookProxy(ctx) {
      const nullObject = {
        isNullObject: true,
        load() {
          return this;
        },
      };
      const worksheets = {
        load() {
          return this;
        },
        get items() {
          return wb.sheets.map((s) => worksheetProxy(ctx, s.id));
        },
        add(name) {
          const id = ctx.op(
            "worksheets.add",
            { name },
            () => {
              checkName(name);
              return wb.addSheet(name).id;
            },
            null
          );
          return id ? worksheetProxy(ctx, id) : worksheetProxy(ctx, "{FAILED}");
        },
        getItem(name) {
          const s = wb.sheetByName(name);
          if (!s) {
            ctx.failure =
              ctx.failure || excelError("ItemNotFound", "The sheet '" + name + "' does not exist.");
            return worksheetProxy(ctx, "{MISSING}");
          }
          return worksheetProxy(ctx, s.id);
        },
        getItemOrNullObject(name) {
          const s = wb.sheetByName(name);
          return s ? worksheetProxy(ctx, s.id) : nullObject;
        },
        getActiveWorksheet() {
          return worksheetProxy(ctx, wb.activeSheetId);
        },
        getCount() {
          return { value: wb.sheets.length };
        },
      };
      const settingProxy = (key) => ({
        get isNullObject() {
          return !wb.settings.has(key);
        },
        get value() {
          return wb.settings.get(key);
        },
        get key() {
          return key;
        },
        load() {
          return this;
        },
        delete() {
          ctx.op("settings.delete", { key }, () => wb.settings.delete(key));
        },
      });
      const partProxy = (part) => ({
        get id() {
          return part.id;
        },
        get namespaceUri() {
          return part.namespaceUri;
        },
        load() {
          return this;
        },
        getXml() {
          return { value: part.xml };
        },
        delete() {
          ctx.op("customXmlPart.delete", {}, () => {
            wb.customXmlParts = wb.customXmlParts.filter((p) => p !== part);
          });
        },
      });
      return {
        worksheets,
        get tables() {
          return {
            items: wb.tables.map((t) => tableProxy(ctx, t)),
            load() {
              return this;
            },
            getItem(name) {
              const t = wb.tables.find((x) => x.name.toLowerCase() === String(name).toLowerCase());
              if (!t) {
                ctx.failure = ctx.failure || excelError("ItemNotFound", "No table " + name);
                return tableProxy(
                  ctx,
                  wb.tables[0] || { sheetId: null, r0: 0, c0: 0, r1: 0, c1: 0 }
                );
              }
              return tableProxy(ctx, t);
            },
          };
        },
        getSelectedRange() {
          const sel = wb.selection;
          return rangeProxy(ctx, sel.sheetId, sel);
        },
        getActiveCell() {
          const sel = wb.selection;
          return rangeProxy(ctx, sel.sheetId, { r0: sel.r0, c0: sel.c0, r1: sel.r0, c1: sel.c0 });
        },
        settings: {
          getItemOrNullObject: settingProxy,
          getItem(key) {
            if (!wb.settings.has(key))
              ctx.failure = ctx.failure || excelError("ItemNotFound", "No setting " + key);
            return settingProxy(key);
          },
          add(key, value) {
            ctx.op("settings.add", { key }, () => wb.settings.set(key, value));
            return settingProxy(key);
          },
          load() {
            return this;
          },
        },
        customXmlParts: {
          add(xml) {
            const ns = (/xmlns="([^"]*)"/.exec(xml) || [])[1] || "";
            const part = { id: newId(), namespaceUri: ns, xml };
            ctx.op("customXmlParts.add", {}, () => wb.customXmlParts.push(part));
            return partProxy(part);
          },
          getByNamespace(ns) {
            const items = wb.customXmlParts.filter((p) => p.namespaceUri === ns).map(partProxy);
            return {
              items,
              load() {
                return this;
              },
              getOnlyItemOrNullObject() {
                return items.length === 1 ? items[0] : nullObject;
              },
              getCount() {
                return { value: items.length };
              },
            };
          },
          load() {
            return this;
          },
        },
      };
    }

    return {
      run: async function (callback) {
        wb.runCount++;
        const ctx = makeContext();
        const result = await callback(ctx);
        // Excel.run flushes anything still queued; a failure there rejects the run.
        if (ctx.failure) {
          const failure = ctx.failure;
          ctx.failure = null;
          throw failure;
        }
        return result;
      },
      ConditionalFormatType: { cellValue: "CellValue" },
      ChartType: { line: "Line", areaStacked: "AreaStacked", columnStacked: "ColumnStacked" },
      ChartSeriesBy: { columns: "Columns", rows: "Rows", auto: "Auto" },
    };
  }

  /** Installs Office, Excel and CustomFunctions globals on `target` for the given workbook. */
  function install(target, wb) {
    const functions = {};
    class CustomFunctionError extends Error {
      constructor(code, message) {
        super(message || "");
        this.code = code;
      }
    }
    target.__mmmWorkbook = wb;
    target.__mmmCustomFunctions = functions;
    // The workbook evaluates formulas with the runtime that registered last (the task pane's, sharing the functions).
    wb.functions = functions;
    target.Excel = createExcel(wb);
    target.CustomFunctions = {
      associate(id, fn) {
        functions[id] = fn;
        // A (re)loaded runtime re-evaluates the formulas that use it (once, after its associate calls).
        if (wb.formulas.size > 0 && !wb.recalculatePending) {
          wb.recalculatePending = true;
          setTimeout(() => {
            wb.recalculatePending = false;
            wb.recalculate();
          }, 0);
        }
      },
      Error: CustomFunctionError,
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
        invalidName: "#NAME?",
        invalidReference: "#REF!",
      },
    };
    const info = { host: "Excel", platform: "PC" };
    target.Office = {
      HostType: { Excel: "Excel" },
      PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline" },
      context: { requirements: { isSetSupported: () => true }, diagnostics: { version: "fake" } },
      onReady(callback) {
        if (callback) setTimeout(() => callback(info), 0);
        return Promise.resolve(info);
      },
    };
    return target;
  }

  const api = { createWorkbook, createExcel, install, parseA1, columnLetters };
  globalThis.MmmFakeOffice = api;

  // In a browser page (not under jest), install the globals at once: from the preview parent's workbook when the
  // pane runs inside the preview page, otherwise on a fresh one-sheet workbook.
  const isJest =
    typeof process !== "undefined" && process.env && process.env.JEST_WORKER_ID !== undefined;
  if (typeof window !== "undefined" && !isJest) {
    let shared = null;
    try {
      shared =
        window.parent !== window && window.parent.__mmmWorkbook
          ? window.parent.__mmmWorkbook
          : null;
    } catch {
      shared = null;
    }
    install(window, shared || window.__mmmWorkbook || createWorkbook());
  }
})();
