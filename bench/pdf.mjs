// PDF benchmark: a reference request of 10+ pages mixing Latin, Cyrillic
// and Arabic, generated in headless Chromium by our render worker and by
// pdfmake (npm, pinned in tests/e2e/package.json) with the same text and
// the same fonts; then natively by `mla render`. Prints figures only.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launch, newPage, DIST } from "../tests/e2e/lib/browser.mjs";
import { serve, copyDist } from "../tests/e2e/lib/server.mjs";

const ROOT = path.resolve(DIST, "..");
const RUNS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function benchDraft() {
  const d = JSON.parse(fs.readFileSync(path.join(ROOT, "crates/mla-core/tests/fixtures/complete.json"), "utf8"));
  d.language = "ru";
  d.document = { bilingual: "ar", paper: "a4", edits: {} };
  const latin = "From January 2026 the suspect, through the website of a fictitious fund, persuaded investors to transfer their savings to account ES00 0000 0000 0000 0000 0000.";
  const cyrillic = "Денежные средства были переведены через подставные компании в Белграде и Москве, а затем сняты наличными в течение нескольких дней.";
  const arabic = "وقد حُوّلت الأموال إلى حساب في دبي برقم 12345 ثم سُحبت نقداً خلال أيام، وفقاً لكشوف الحساب المرفقة.";
  d.facts.summary = Array.from({ length: 8 }, () => `${latin} ${cyrillic} ${arabic}`).join("\n\n");
  const base = d.facts.items[0];
  d.facts.items = Array.from({ length: 24 }, (_, i) => ({ ...base, id: `f${i + 1}`, what: `${i % 3 === 0 ? latin : i % 3 === 1 ? cyrillic : arabic}` }));
  const m = d.measures[0];
  d.measures = Array.from({ length: 14 }, (_, i) => ({ ...m, id: `m${i + 1}`, purpose: `${cyrillic} ${latin}`, fact_ids: [`f${i + 1}`] }));
  return d;
}

const draft = benchDraft();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mla-bench-pdf-"));
const draftFile = path.join(dir, "long-request.json");
fs.writeFileSync(draftFile, JSON.stringify(draft));

const browser = await launch();
const server = await serve(copyDist(DIST));
const { page } = await newPage(browser);
// A same-origin page without the app's CSP, so pdfmake's script can run.
await page.goto(`${server.url}/data/treaties.json`);
const options = JSON.stringify({ lang: "ru", second: "ar", paper: "a4" });
const ours = await page.evaluate(async ({ draft, options, runs }) => {
  const worker = new Worker("/mla-render-worker_loader.js");
  await new Promise((r) => worker.addEventListener("message", (e) => e.data.ready && r(), { once: true }));
  let id = 0;
  const call = (op) =>
    new Promise((resolve) => {
      const mine = ++id;
      const on = (e) => {
        if (e.data.id !== mine) return;
        worker.removeEventListener("message", on);
        resolve(e.data);
      };
      worker.addEventListener("message", on);
      worker.postMessage({ id: mine, op, draft, options, context: "{}" });
    });
  const t0 = performance.now();
  const first = await call("pdf");
  const cold = performance.now() - t0;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await call("pdf");
    times.push(performance.now() - t);
  }
  const doc = JSON.parse((await call("assemble")).document);
  return { cold, times, size: first.bytes.length, bytes: Array.from(first.bytes), doc };
}, { draft: JSON.stringify(draft), options, runs: RUNS });
const ourPdf = path.join(dir, "ours.pdf");
fs.writeFileSync(ourPdf, Buffer.from(ours.bytes));

await page.addScriptTag({ path: path.join(ROOT, "tests/e2e/node_modules/pdfmake/build/pdfmake.min.js") });
const theirs = await page.evaluate(async ({ doc, runs }) => {
  const files = ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"];
  const vfs = {};
  for (const f of files) {
    const buf = new Uint8Array(await (await fetch(`/fonts/${f}`)).arrayBuffer());
    let s = "";
    for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
    vfs[f] = btoa(s);
  }
  pdfMake.vfs = vfs;
  const fonts = {
    Sans: { normal: files[0], bold: files[1], italics: files[0], bolditalics: files[1] },
    Naskh: { normal: files[2], bold: files[3], italics: files[2], bolditalics: files[3] },
  };
  const arabic = /[\u0600-\u06ff]/;
  const bold = new Set(["title", "heading", "item", "subheading"]);
  const size = { title: 14, heading: 12, item: 11 };
  const content = [];
  for (const b of doc.blocks) {
    for (const [text, rtl] of [[b.text, doc.rtl], [b.second, doc.second_rtl]]) {
      if (!text) continue;
      content.push({
        text, font: arabic.test(text) ? "Naskh" : "Sans", bold: bold.has(b.role), fontSize: size[b.role] ?? 10.5,
        alignment: b.role === "title" ? "center" : rtl ? "right" : "left",
        margin: [b.role === "detail" ? 18 : 0, 0, 0, 5], color: text === b.second ? "#595959" : "#000000",
      });
    }
  }
  const definition = {
    pageSize: "A4", pageMargins: [70, 72, 70, 72], content,
    info: { title: doc.title, author: doc.author, subject: doc.subject },
    header: doc.confidential ? { text: doc.furniture.confidential, alignment: "center", bold: true, font: "Sans", margin: [0, 30, 0, 0] } : undefined,
    footer: (n, total) => ({ columns: [doc.reference, { text: doc.furniture.page_of.replace("{n}", n).replace("{total}", total), alignment: "right" }], margin: [70, 20], fontSize: 8.5, font: "Sans" }),
    watermark: { text: doc.furniture.draft, color: "#d9d9d9", bold: true, font: "Sans" },
    defaultStyle: { font: "Sans" },
  };
  const make = () => new Promise((resolve) => pdfMake.createPdf(definition, null, fonts).getBuffer(resolve));
  const t0 = performance.now();
  const first = await make();
  const cold = performance.now() - t0;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await make();
    times.push(performance.now() - t);
  }
  return { cold, times, size: first.length, bytes: Array.from(first) };
}, { doc: ours.doc, runs: RUNS });
const theirPdf = path.join(dir, "pdfmake.pdf");
fs.writeFileSync(theirPdf, Buffer.from(theirs.bytes));
await browser.close();
await server.close();

const pages = (f) => execFileSync("pdfinfo", [f]).toString().match(/Pages:\s+(\d+)/)[1];
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`BENCH reference request: ${pages(ourPdf)} pages (ours), ${pages(theirPdf)} pages (pdfmake); Russian with Arabic, Latin user text`);
console.log(`BENCH ours    (render worker, headless Chromium): median ${ms(median(ours.times))} over ${RUNS}, first call ${ms(ours.cold)} (starts the worker, fetches fonts); ${ours.size} bytes`);
console.log(`BENCH pdfmake 0.2.23 (same text and fonts, same run): median ${ms(median(theirs.times))} over ${RUNS}, first call ${ms(theirs.cold)}; ${theirs.size} bytes`);
console.log(`BENCH speed-up ${(median(theirs.times) / median(ours.times)).toFixed(2)}x (target >= 3x); size ratio ${(ours.size / theirs.size).toFixed(3)} (target <= 0.5)`);

const mla = path.join(ROOT, "target/release/mla");
const native = [];
for (let i = 0; i < RUNS; i++) {
  const t = process.hrtime.bigint();
  execFileSync(mla, ["render", draftFile, "--lang", "ru", "--bilingual", "ar", "--format", "pdf", "-o", path.join(dir, "native.pdf")]);
  native.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const same = fs.readFileSync(path.join(dir, "native.pdf")).equals(fs.readFileSync(ourPdf));
console.log(`BENCH native (mla render, whole process incl. reading fonts): median ${ms(median(native))} over ${RUNS}; same bytes as the browser: ${same}`);
