import { COLORS, FONT_STACK } from "./constants";

/**
 * The report's whole stylesheet, inlined in `<style>` (no external CSS or fonts): system fonts, a light palette,
 * a centred column that narrows with the window, charts scaled to the column (on a phone, no narrower than 560 px
 * and scrolled sideways, so their labels stay legible), right-aligned tabular numbers,
 * sideways scrolling for wide tables on small screens, and a print layout without shadows.
 */
export const REPORT_STYLES = `
:root { color-scheme: light; --text: ${COLORS.text}; --muted: #6b7280; --line: ${COLORS.grid}; --accent: ${COLORS.fitted}; }
* { box-sizing: border-box; }
body { margin: 0; background: #f8fafc; color: var(--text); font: 15px/1.5 ${FONT_STACK}; }
header.page { background: #ffffff; border-bottom: 1px solid var(--line); }
.wrap { max-width: 1040px; margin: 0 auto; padding: 0 20px; }
header.page .wrap { padding-top: 28px; padding-bottom: 18px; }
h1 { margin: 0 0 4px; font-size: 26px; font-weight: 650; color: #111827; letter-spacing: -0.01em; }
.meta { margin: 0; color: var(--muted); font-size: 13px; }
nav.toc { margin-top: 14px; display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 13px; }
nav.toc a { color: var(--accent); text-decoration: none; }
nav.toc a:hover { text-decoration: underline; }
main.wrap { padding-top: 20px; padding-bottom: 40px; }
section.card { background: #ffffff; border: 1px solid var(--line); border-radius: 10px; padding: 20px 22px;
  margin: 0 0 20px; box-shadow: 0 1px 2px rgba(15, 23, 42, 0.04); }
h2 { margin: 0 0 14px; font-size: 19px; font-weight: 650; color: #111827; }
h3 { margin: 22px 0 8px; font-size: 15px; font-weight: 650; color: #111827; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 0 0 16px; }
.tile { background: #f8fafc; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.tile-label { font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
.tile-value { font-size: 22px; font-weight: 650; color: #111827; font-variant-numeric: tabular-nums; }
.tile-note { font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
.two-col { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr)); gap: 18px; align-items: start; }
figure.chart-figure { margin: 8px 0 16px; }
svg.chart { display: block; max-width: 100%; height: auto; }
figcaption, .note { font-size: 13px; color: var(--muted); margin: 6px 0 0; }
.table-wrap { overflow-x: auto; margin: 8px 0 14px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
caption { text-align: left; font-weight: 600; color: #111827; padding: 0 0 6px; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { font-size: 12px; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--line); vertical-align: bottom; }
tbody th { font-weight: 500; overflow-wrap: break-word; }
.ci { display: block; font-size: 11.5px; color: var(--muted); }
details { margin: 8px 0; }
summary { cursor: pointer; color: var(--accent); font-size: 13.5px; }
tbody tr:nth-child(even) { background: #fafafa; }
tfoot td, tfoot th { font-weight: 650; border-top: 2px solid var(--line); border-bottom: none; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th.num { white-space: normal; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; }
.badge-pass { background: #dcfce7; color: #166534; }
.badge-review { background: #fef3c7; color: #92400e; }
.badge-fail { background: #fee2e2; color: #991b1b; }
.check-summary { margin: 0 0 8px; }
.verdict { font-size: 16px; margin: 0 0 6px; }
.verdict-drivers { margin: 0 0 12px; }
ul.warnings { margin: 0; padding-left: 20px; }
ul.warnings li { margin: 4px 0; }
footer.page { color: var(--muted); font-size: 12px; padding-bottom: 30px; }
@media (max-width: 640px) { .wrap { padding: 0 10px; } section.card { padding: 14px 12px; } .two-col { grid-template-columns: 1fr; }
  figure.chart-figure { overflow-x: auto; } svg.chart { min-width: 560px; } }
@media print { body { background: #ffffff; } section.card { box-shadow: none; break-inside: avoid; } nav.toc { display: none; } }
`;
