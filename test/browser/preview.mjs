/**
 * `npm run preview`: serves the real task-pane bundle (dist/) beside an in-memory workbook preloaded with the
 * project's own sample data (simulateMmmData), so a person without Excel can try the whole flow in a browser.
 * Builds dist/ first when it is missing. Plain node:http on 127.0.0.1 (no certificates needed).
 *
 *   npm run preview            → http://127.0.0.1:3100/ (PORT=… to change)
 *
 * Also imported by e2e.mjs: startPreviewServer({ port: 0, rewriteOfficeTag: false }).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = resolve(here, "..", "..");
const dist = join(root, "dist");
/** The script tag Office add-ins must use (ADDIN-NOTES §7); the preview swaps it for the in-memory fake. */
export const OFFICE_CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Seed of the preview's sample data (any fixed value: the same workbook every time). */
const SAMPLE_SEED = 7;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};

/** Builds dist/ with the production config when it is missing. */
export function ensureBuilt() {
  if (existsSync(join(dist, "taskpane.html"))) return;
  console.log("preview: dist/ is missing, building (npm run build)…");
  const run = spawnSync("npx", ["webpack", "--mode", "production"], {
    cwd: root,
    stdio: "inherit",
  });
  if (run.status !== 0) throw new Error("preview: the build failed");
}

/** The simulator's sample sheet as JSON ({ grid, seed }), made once per server through tsx. */
async function sampleJson() {
  const { tsImport } = await import("tsx/esm/api");
  const moduleUrl = pathToFileURL(join(root, "src/core/simulate/simulateMmmData.ts")).href;
  const { simulateMmmData } = await tsImport(moduleUrl, import.meta.url);
  const { grid } = simulateMmmData({ seed: SAMPLE_SEED });
  return JSON.stringify({ seed: SAMPLE_SEED, grid });
}

/**
 * Starts the preview server.
 * @param {{ port?: number, rewriteOfficeTag?: boolean }} [options] rewriteOfficeTag (default true) serves
 *   taskpane.html with the office.js CDN tag pointing at /fakeOffice.js; e2e sets false and intercepts the CDN URL instead.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startPreviewServer(options = {}) {
  const rewrite = options.rewriteOfficeTag !== false;
  const sample = await sampleJson();
  const files = {
    "/": join(here, "preview.html"),
    "/preview.html": join(here, "preview.html"),
    "/previewPage.js": join(here, "previewPage.js"),
    "/previewCharts.js": join(here, "previewCharts.js"),
    "/fakeOffice.js": join(here, "fakeOffice.js"),
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const send = (status, type, body) => {
      response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
      response.end(body);
    };
    try {
      if (path === "/sample.json") return send(200, TYPES[".json"], sample);
      if (files[path])
        return send(200, TYPES[extname(files[path])] ?? "text/plain", readFileSync(files[path]));
      const file = normalize(join(dist, path));
      if (!file.startsWith(dist + sep) || !existsSync(file))
        return send(404, "text/plain", "Not found");
      let body = readFileSync(file);
      if (path === "/taskpane.html" && rewrite)
        body = body.toString().replace(OFFICE_CDN_URL, "/fakeOffice.js");
      return send(200, TYPES[extname(file)] ?? "application/octet-stream", body);
    } catch (error) {
      return send(500, "text/plain", String(error));
    }
  });
  await new Promise((resolveListen) =>
    server.listen(options.port ?? 0, "127.0.0.1", resolveListen)
  );
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureBuilt();
  const { url } = await startPreviewServer({ port: Number(process.env.PORT ?? 3100) });
  console.log(`preview: open ${url}/ (in-memory workbook with sample data; Ctrl+C to stop)`);
}
