/**
 * Headless Chromium for the browser checks (e2e.mjs, report.browser.mjs): a persistent context in a fresh
 * temporary profile, with the flags that keep a sandbox-less container quiet (no GPU, sync, updates or background
 * network). Set CHROMIUM_PATH to use another binary than /usr/bin/chromium.
 */
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Launches Chromium with a throw-away profile.
 *
 * @param {{ profilePrefix: string, viewport: { width: number, height: number } }} options - the temporary profile
 *   folder's name prefix (e.g. "mmm-e2e-") and the window size in CSS px
 * @returns {Promise<{ context: import("playwright-core").BrowserContext, close: () => Promise<void> }>} the context,
 *   and close, which closes it and deletes the profile
 * @example
 * const { context, close } = await launchChromium({ profilePrefix: "mmm-report-", viewport: { width: 1280, height: 900 } });
 * await close(); // => profile folder removed
 */
export async function launchChromium({ profilePrefix, viewport }) {
  const userDataDir = mkdtempSync(join(tmpdir(), profilePrefix));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
    });
    const close = async () => {
      try {
        await context.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
    };
    return { context, close };
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
