// What the first screen of a built app really fetches, measured in
// headless Chromium: every request the page makes from navigation until
// its first heading is on screen (the initial download), and separately
// what the same screen goes on to fetch until the network is idle (for
// example reference data). Service workers are blocked so that their
// background precaching, which a first screen does not wait for, is not
// counted. Sizes are those of the files in the dist folder: raw, gzip -9
// and brotli -q 11. Prints one row per file and a JSON line with totals.
//
// usage: node bench/first_screen.mjs DIST LABEL
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { launch } from "../tests/e2e/lib/browser.mjs";
import { serve } from "../tests/e2e/lib/server.mjs";

const [dist, label] = process.argv.slice(2);
if (!dist || !label) {
  console.error("usage: node bench/first_screen.mjs DIST LABEL");
  process.exit(2);
}
const root = fs.realpathSync(dist);

function sizes(file) {
  const bytes = fs.readFileSync(file);
  const gz = zlib.gzipSync(bytes, { level: 9 }).length;
  const br = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: bytes.length, gz, br };
}

/** The dist file a request path is served from (the SPA fallback is index.html). */
function fileFor(pathname) {
  const file = path.join(root, decodeURIComponent(pathname));
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, "index.html");
}

const server = await serve(root);
const browser = await launch();
const context = await browser.newContext({ locale: "en-GB", serviceWorkers: "block" });
const page = await context.newPage();
const before = [];
const after = [];
let interactive = false;
page.on("request", (r) => {
  const url = new URL(r.url());
  if (url.origin !== server.url) return;
  (interactive ? after : before).push(url.pathname);
});
await page.goto(server.url + "/");
await page.locator("h1").first().waitFor();
interactive = true;
await page.waitForLoadState("networkidle");
await browser.close();
await server.close();

function report(kind, paths) {
  const total = { raw: 0, gz: 0, br: 0 };
  for (const p of [...new Set(paths)]) {
    const s = sizes(fileFor(p));
    total.raw += s.raw;
    total.gz += s.gz;
    total.br += s.br;
    console.log(`${label.padEnd(8)} ${kind.padEnd(8)} ${p.padEnd(48)} ${String(s.raw).padStart(10)} ${String(s.gz).padStart(10)} ${String(s.br).padStart(10)}`);
  }
  console.log(`${label.padEnd(8)} ${kind.padEnd(8)} ${"TOTAL".padEnd(48)} ${String(total.raw).padStart(10)} ${String(total.gz).padStart(10)} ${String(total.br).padStart(10)}`);
  return total;
}

const initial = report("initial", before);
const later = report("later", after);
console.log(`RESULT ${JSON.stringify({ label, initial, later })}`);
