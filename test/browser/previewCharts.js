/**
 * Draws the fake workbook's native charts as inline SVG pictures for the preview page (and the e2e screenshots), so
 * a reviewer without Excel sees what the add-in asked Excel to draw: the recorded chart spec (type, per-series type,
 * fill, line, markers, gap width, hidden legend entries, axis titles and number format) applied to the numbers its
 * series ranges hold on the sheet. Built with DOM calls and textContent only (cell text is never parsed as HTML).
 * A sketch of Excel's rendering, not a copy: Excel's own fonts, tick choice and label layout differ.
 * Classic script: defines `window.MmmPreviewCharts.drawChart(chart, data)`.
 */
/* global window, document */
(function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";
  /** Excel's default column width (64 px) and row height (20 px), to size a chart from its cell position. */
  const CELL = { width: 64, height: 20 };
  /** Excel's default series colours (Office theme accents). */
  const PALETTE = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47"];
  const MARGIN = { top: 34, right: 16, left: 64 };
  /** Rough width of one 10 px label character (the preview measures no text). */
  const CHAR_WIDTH = 6;
  /** Height of one legend row and of the axis title line (px). */
  const LINE_HEIGHT = 15;
  const EPOCH_OFFSET_DAYS = 25569;

  function el(name, attrs, text) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function columnIndex(letters) {
    let n = 0;
    for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  function sizeOf(position) {
    if (!position) return { width: 512, height: 320 };
    const [a, b] = position.map((cell) => /^([A-Z]+)(\d+)$/.exec(cell));
    return {
      width: (columnIndex(b[1]) - columnIndex(a[1]) + 1) * CELL.width,
      height: (Number(b[2]) - Number(a[2]) + 1) * CELL.height,
    };
  }

  const isNumber = (v) => typeof v === "number" && Number.isFinite(v);
  function label(value, format) {
    if (isNumber(value) && /y/.test(format || "") && /d/.test(format || ""))
      return new Date((Math.floor(value) - EPOCH_OFFSET_DAYS) * 86400000)
        .toISOString()
        .slice(0, 10);
    return String(value ?? "");
  }
  function formatTick(value, format) {
    const f = format || "General";
    if (f.includes("%")) return (value * 100).toFixed(0) + "%";
    const abs = Math.abs(value);
    const short =
      abs >= 1e6
        ? (value / 1e6).toFixed(1).replace(/\.0$/, "") + "M"
        : abs >= 1e3
          ? (value / 1e3).toFixed(abs >= 1e4 ? 0 : 1).replace(/\.0$/, "") + "k"
          : f === "0.00"
            ? value.toFixed(2)
            : String(Math.round(value * 100) / 100);
    return (f.includes("$") ? "$" : "") + short;
  }
  /** About five round ticks covering [min, max]. */
  function niceTicks(min, max) {
    if (min === max) max = min + 1;
    const raw = (max - min) / 5;
    const power = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) || raw;
    const ticks = [];
    for (let t = Math.floor(min / step) * step; t <= max + step * 1e-9; t += step)
      ticks.push(Math.round(t / step) * step);
    if (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
    return ticks;
  }

  /** The type a series is drawn as: its own (combination chart) or the chart's. */
  const typeOf = (chart, s) => s.chartType || chart.type;
  const isColumn = (t) => /^Column/.test(t);
  const isArea = (t) => /^Area/.test(t);
  const markersOnly = (chart, s) =>
    typeOf(chart, s) === "XYScatter" || (s.line && s.line.lineStyle === "None" && !!s.markerStyle);

  /**
   * Draws one chart.
   * @param chart - the fake workbook's chart record
   * @param data - `wb.chartData(chart)`: per series { name, values, categories, categoryFormat }
   * @returns an <svg> element
   */
  function drawChart(chart, data) {
    const { width, height } = sizeOf(chart.position);
    const svg = el("svg", {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      // A chart wider than two default charts side by side spans both columns of the preview's chart grid.
      class: width > 2 * 8 * CELL.width ? "native-chart wide" : "native-chart",
      "data-chart": chart.name || chart.title,
    });
    svg.appendChild(el("rect", { width, height, fill: "#fff", stroke: "#d0d0d0" }));
    svg.appendChild(
      el(
        "text",
        { x: width / 2, y: 20, "text-anchor": "middle", "font-size": 14, "font-weight": 600 },
        chart.title || ""
      )
    );
    const series = chart.series.map((s, i) => ({
      spec: s,
      data: data[i] || { values: [], categories: [] },
      index: i,
    }));
    const scatter = /^XYScatter/.test(chart.type);
    // Legend entries flow into rows (Excel wraps its bottom legend the same way): [{ s, x, row }].
    const hidden = new Set(chart.legend?.hidden || []);
    const legend = [];
    let cursor = 10;
    let legendRows = 1;
    for (const s of series.filter((entry) => !hidden.has(entry.index))) {
      const entryWidth = 22 + String(s.spec.name).length * CHAR_WIDTH + 12;
      if (cursor + entryWidth > width - 10 && cursor > 10) {
        legendRows += 1;
        cursor = 10;
      }
      legend.push({ s, x: cursor, row: legendRows - 1 });
      cursor += entryWidth;
    }
    // Category labels turn 30° when they do not fit side by side; the room below the plot grows with them.
    const firstWithCategories = series.find((s) => s.data.categories.length > 0) || series[0];
    const labels = scatter
      ? []
      : (firstWithCategories?.data.categories ?? []).map((c) =>
          label(c, firstWithCategories.data.categoryFormat)
        );
    const longest = Math.max(0, ...labels.map((l) => l.length)) * CHAR_WIDTH;
    const roughSlot = (width - MARGIN.left - MARGIN.right) / Math.max(labels.length, 1);
    const every = Math.max(1, Math.ceil((Math.min(longest, 70) + 8) / roughSlot));
    const rotate = !scatter && longest + 4 > roughSlot && every === 1;
    const labelHeight = rotate ? Math.ceil(longest * Math.sin(Math.PI / 6)) + 14 : 18;
    const bottom = labelHeight + LINE_HEIGHT + legendRows * LINE_HEIGHT + 8;
    const plot = {
      x: MARGIN.left,
      y: MARGIN.top,
      w: width - MARGIN.left - MARGIN.right,
      h: height - MARGIN.top - bottom,
    };
    const colour = (s) =>
      s.spec.fill ||
      s.spec.line?.color ||
      s.spec.markerBackgroundColor ||
      PALETTE[s.index % PALETTE.length];

    // Category positions, stacking and the value range.
    const n = scatter ? 0 : Math.max(...series.map((s) => s.data.values.length), 0);
    const stackedType = /Stacked/.test(chart.type) ? chart.type : null;
    const stacked = series.filter((s) => stackedType && typeOf(chart, s.spec) === stackedType);
    const clustered = series.filter(
      (s) => isColumn(typeOf(chart, s.spec)) && !stacked.includes(s) && s.spec.gapWidth !== 0
    );
    const ends = new Map(); // series index -> [[from, to] per point]
    const posSum = new Array(n).fill(0);
    const negSum = new Array(n).fill(0);
    for (const s of stacked)
      ends.set(
        s.index,
        s.data.values.map((v, i) => {
          const value = isNumber(v) ? v : 0;
          const base = value >= 0 ? posSum[i] : negSum[i];
          if (value >= 0) posSum[i] += value;
          else negSum[i] += value;
          return [base, base + value];
        })
      );
    const all = [];
    for (const s of series) {
      if (ends.has(s.index)) ends.get(s.index).forEach(([a, b]) => all.push(a, b));
      else s.data.values.filter(isNumber).forEach((v) => all.push(v));
    }
    const needsZero = series.some(
      (s) => isColumn(typeOf(chart, s.spec)) || isArea(typeOf(chart, s.spec))
    );
    let min = Math.min(...all, needsZero ? 0 : Infinity);
    let max = Math.max(...all, needsZero ? 0 : -Infinity);
    if (!Number.isFinite(min)) [min, max] = [0, 1];
    const ticks = niceTicks(min, max);
    const y0 = ticks[0];
    const y1 = ticks[ticks.length - 1];
    const y = (v) => plot.y + plot.h - ((v - y0) / (y1 - y0 || 1)) * plot.h;
    let xs = [];
    let xTicks = [];
    let x = (i) => plot.x + ((i + 0.5) / Math.max(n, 1)) * plot.w;
    if (scatter) {
      xs = series.flatMap((s) => s.data.categories.filter(isNumber));
      xTicks = niceTicks(Math.min(0, ...xs), Math.max(...xs, 1));
      const xa = xTicks[0];
      const xb = xTicks[xTicks.length - 1];
      x = (v) => plot.x + ((v - xa) / (xb - xa || 1)) * plot.w;
    }

    // Grid and axes.
    const format = chart.axes?.value?.numberFormat;
    for (const t of ticks) {
      svg.appendChild(
        el("line", {
          x1: plot.x,
          x2: plot.x + plot.w,
          y1: y(t),
          y2: y(t),
          stroke: t === 0 ? "#888" : "#e6e6e6",
        })
      );
      svg.appendChild(
        el(
          "text",
          { x: plot.x - 6, y: y(t) + 4, "text-anchor": "end", "font-size": 10, fill: "#555" },
          formatTick(t, format)
        )
      );
    }
    if (scatter)
      for (const t of xTicks)
        svg.appendChild(
          el(
            "text",
            {
              x: x(t),
              y: plot.y + plot.h + 14,
              "text-anchor": "middle",
              "font-size": 10,
              fill: "#555",
            },
            formatTick(t, "$")
          )
        );
    else
      labels.forEach((text, i) => {
        if (i % every !== 0) return;
        const at = { x: x(i), y: plot.y + plot.h + 14 };
        const attrs = {
          ...at,
          "font-size": 10,
          fill: "#555",
          "text-anchor": rotate ? "end" : "middle",
        };
        if (rotate) attrs.transform = `rotate(-30 ${at.x} ${at.y})`;
        svg.appendChild(el("text", attrs, text));
      });
    const axisTitle = (text, attrs) =>
      text &&
      svg.appendChild(
        el("text", { "font-size": 11, fill: "#333", "text-anchor": "middle", ...attrs }, text)
      );
    axisTitle(chart.axes?.category?.title, {
      x: plot.x + plot.w / 2,
      y: plot.y + plot.h + labelHeight + 10,
    });
    axisTitle(chart.axes?.value?.title, {
      x: 14,
      y: plot.y + plot.h / 2,
      transform: `rotate(-90 14 ${plot.y + plot.h / 2})`,
    });

    // Marks: shading and columns first, then areas, lines and markers on top.
    const slot = plot.w / Math.max(n, 1);
    const gap = 0.5;
    const barWidth = (slot * (1 - gap / (1 + gap))) / Math.max(1, clustered.length || 1);
    const order = [...series].sort((a, b) => rank(a) - rank(b));
    function rank(s) {
      const t = typeOf(chart, s.spec);
      return isColumn(t) ? 0 : isArea(t) ? 1 : 2;
    }
    for (const s of order) {
      const t = typeOf(chart, s.spec);
      const fill = s.spec.fillCleared ? "none" : colour(s);
      const values = s.data.values;
      if (!scatter && isColumn(t)) {
        const full = s.spec.gapWidth === 0;
        values.forEach((v, i) => {
          if (!isNumber(v) || v === 0) return;
          const [a, b] = ends.has(s.index) ? ends.get(s.index)[i] : [0, v];
          const w = full ? slot : ends.has(s.index) ? slot * 0.6 : barWidth;
          const left = full
            ? plot.x + i * slot
            : ends.has(s.index)
              ? x(i) - w / 2
              : x(i) - (barWidth * clustered.length) / 2 + clustered.indexOf(s) * barWidth;
          svg.appendChild(
            el("rect", {
              x: left,
              y: Math.min(y(a), y(b)),
              width: Math.max(w - (full ? 0 : 1), 1),
              height: Math.abs(y(a) - y(b)),
              fill,
              "data-series": s.spec.name,
            })
          );
        });
      } else if (!scatter && isArea(t)) {
        const pts = ends.has(s.index)
          ? ends.get(s.index)
          : values.map((v) => [0, isNumber(v) ? v : 0]);
        const top = pts.map(([, b], i) => `${x(i)},${y(b)}`);
        const bottom = pts.map(([a], i) => `${x(i)},${y(a)}`).reverse();
        svg.appendChild(
          el("polygon", {
            points: [...top, ...bottom].join(" "),
            fill,
            opacity: 0.85,
            "data-series": s.spec.name,
          })
        );
      } else {
        const points = values
          .map((v, i) => (isNumber(v) ? [scatter ? x(s.data.categories[i]) : x(i), y(v)] : null))
          .filter((p) => p && Number.isFinite(p[0]));
        const stroke = s.spec.line?.color || colour(s);
        if (!markersOnly(chart, s.spec) && points.length > 1)
          svg.appendChild(
            el("polyline", {
              points: points.map((p) => p.join(",")).join(" "),
              fill: "none",
              stroke,
              "stroke-width": s.spec.line?.weight || 1.5,
              "stroke-dasharray": s.spec.line?.lineStyle === "Dash" ? "5 4" : "none",
              "data-series": s.spec.name,
            })
          );
        if (markersOnly(chart, s.spec) || (/Markers$/.test(t) && !/NoMarkers$/.test(t)))
          for (const [px, py] of points)
            svg.appendChild(
              el("circle", {
                cx: px,
                cy: py,
                r: (s.spec.markerSize || 7) / 2,
                fill: s.spec.markerBackgroundColor || stroke,
                stroke: "#fff",
                "data-series": s.spec.name,
              })
            );
      }
    }

    // Legend at the bottom, the entries Excel would show, in the rows laid out above.
    const legendTop = height - legendRows * LINE_HEIGHT - 2;
    for (const { s, x: left, row } of legend) {
      const top = legendTop + row * LINE_HEIGHT + 8;
      const t = typeOf(chart, s.spec);
      const fill = s.spec.fillCleared ? "#fff" : colour(s);
      if ((isColumn(t) || isArea(t)) && !markersOnly(chart, s.spec))
        svg.appendChild(
          el("rect", { x: left, y: top - 8, width: 10, height: 10, fill, stroke: "#999" })
        );
      else if (!markersOnly(chart, s.spec))
        svg.appendChild(
          el("line", {
            x1: left,
            x2: left + 14,
            y1: top - 3,
            y2: top - 3,
            stroke: s.spec.line?.color || colour(s),
            "stroke-width": 2,
            "stroke-dasharray": s.spec.line?.lineStyle === "Dash" ? "4 3" : "none",
          })
        );
      else
        svg.appendChild(
          el("circle", {
            cx: left + 7,
            cy: top - 3,
            r: 4,
            fill: s.spec.markerBackgroundColor || colour(s),
          })
        );
      svg.appendChild(
        el("text", { x: left + 20, y: top + 1, "font-size": 10, fill: "#333" }, String(s.spec.name))
      );
    }
    return svg;
  }

  window.MmmPreviewCharts = { drawChart };
})();
