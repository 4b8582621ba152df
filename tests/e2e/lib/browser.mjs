// Launches Debian's headless Chromium through playwright-core (Playwright
// cannot download its own browser here).
import { chromium } from "playwright-core";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../dist");

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ARGS,
  });
}

/**
 * A new page in a fresh context. Collects console errors, page errors and
 * Content-Security-Policy violations so each test can assert there were none.
 */
export async function newPage(browser, { locale = "en-GB" } = {}) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { context, page, problems };
}

/** Waits until the service worker controls the page (offline-ready). */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true })
      );
    }
  });
}
