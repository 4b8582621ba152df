// The security baseline: every screen under the strict Content-Security-
// Policy without a violation, and hostile text typed into every field shown
// as text, never run or rendered as markup.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { newPage, DIST } from "../lib/browser.mjs";
import { useApp, storedRecords } from "../lib/app.mjs";

const FIXTURE = path.resolve(DIST, "../crates/mla-core/tests/fixtures/complete.json");
// Each step with the heading it must show: a wrong route ("Page not found")
// or a step that failed to load must not pass for a visited screen.
const STEP_HEADINGS = {
  requesting: "Requesting authority",
  requested: "Requested State",
  legal_basis: "Legal basis",
  proceedings: "Proceedings",
  offences: "Offences",
  facts: "Facts",
  persons: "Persons",
  measures: "Assistance requested",
  conditions: "Conditions",
  annexes: "Annexes",
  signature: "Language and signature",
  check: "Check the request",
  document: "Document",
};
const STEPS = Object.keys(STEP_HEADINGS);
const TYPED_STEPS = STEPS.filter((s) => s !== "check" && s !== "document");

/** Waits until the page's h1 reads exactly `text`. */
const heading = (page, text) => page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, text);
const app = useApp();

test("every screen runs under the strict CSP without a violation", async () => {
  const { context, page, problems } = await newPage(app.browser);
  await page.goto(app.server.url);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  for (const directive of ["default-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
    assert.ok(csp.includes(directive), `CSP lacks ${directive}`);
  }
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+';/);
  assert.ok(!/unsafe-inline|'unsafe-eval'|https?:\/\//.test(csp), `CSP allows too much: ${csp}`);
  await page.getByLabel("Import a draft (JSON file)").setInputFiles(FIXTURE);
  await page.getByText("Operation Lantern").first().waitFor();
  const routes = [
    ["/", "Drafts"],
    ["/settings", "Settings"],
    ["/directory", "Directory of competent authorities"],
    ["/directory/be-mla", "Central Authority for Mutual Legal Assistance, Ministry of Justice (sample)"],
    ["/no-such-page", "Page not found"],
    ["/new", "Requesting authority"],
  ];
  for (const [step, title] of Object.entries(STEP_HEADINGS)) routes.push([`/drafts/fixture-complete/${step}`, title]);
  for (const [route, title] of routes) {
    // "networkidle": every script, chunk, font and data file the screen
    // asked for has arrived, so a violation they cause has been reported.
    await page.goto(app.server.url + route, { waitUntil: "networkidle" });
    await heading(page, title);
    if (route.startsWith("/directory")) await page.getByTestId("reference-origin").first().waitFor();
    if (route.endsWith("/document")) await page.getByTestId("doc-preview").getByText("Solicitud de asistencia judicial recíproca en materia penal").waitFor();
    assert.deepEqual(problems, [], `console errors or CSP violations on ${route}`);
  }
  await context.close();
});

const HOSTILE = [
  "<script>window.__pwned = 1</script>",
  '<img src=x onerror="window.__pwned = 2">',
  "\u202Egnp.exe\u202C \u2066RTL\u2069 override",
  "\"'><svg onload=window.__pwned=3>",
  "x".repeat(5000),
];

test("hostile text in every field stays text, in the UI and in storage", async () => {
  const { context, page, problems } = await newPage(app.browser);
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    d.dismiss();
  });
  await page.goto(app.server.url);
  await page.getByLabel("Import a draft (JSON file)").setInputFiles(FIXTURE);
  await page.getByText("Operation Lantern").first().waitFor();
  const typed = new Map();
  let n = 0;
  const typedOn = new Map(TYPED_STEPS.map((s) => [s, []]));
  for (const step of TYPED_STEPS) {
    await page.goto(`${app.server.url}/drafts/fixture-complete/${step}`);
    await heading(page, STEP_HEADINGS[step]);
    await page.locator(".wizard__fields").waitFor();
    const fields = page.locator(".wizard__fields input[type=text], .wizard__fields input:not([type]), .wizard__fields textarea");
    const count = await fields.count();
    for (let i = 0; i < count; i++) {
      const field = fields.nth(i);
      const id = await field.getAttribute("id");
      const text = `${HOSTILE[n++ % HOSTILE.length]} ${id}`;
      assert.ok(id, `a field without an id on ${step}`);
      await field.fill(text);
      typed.set(id, text);
      typedOn.get(step).push(id);
    }
    assert.ok(count > 0, `no text field on ${step}`);
    assert.equal(await page.locator("main img, main svg, main script").count(), 0, `hostile text became markup on ${step}`);
    await page.getByText("All changes saved on this device").first().waitFor();
  }
  assert.ok(typed.size > 40, `only ${typed.size} fields typed into`);

  // The check step and the drafts list render the text as text.
  await page.goto(`${app.server.url}/drafts/fixture-complete/check`);
  await heading(page, "Check the request");
  const check = page.locator(".error-summary, .notice").first();
  await check.waitFor();
  assert.equal(await page.locator("main img, main svg, main script").count(), 0, "hostile text became markup on the check step");
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "hostile text ran on the check step");
  await page.goto(app.server.url);
  await page.locator(".drafts").waitFor();
  const title = typed.get("f-title");
  assert.ok((await page.locator(".drafts").textContent()).includes(title.slice(0, 40)));
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "hostile text ran");
  assert.equal(dialogs, 0);
  assert.equal(await page.locator("main img, main svg, main script").count(), 0, "hostile text became markup");

  // The document preview shows it as text, and so do the PDF and DOCX.
  await page.goto(`${app.server.url}/drafts/fixture-complete/document`);
  const preview = page.getByTestId("doc-preview");
  await preview.getByText(typed.get("f-facts-summary").slice(0, 30)).first().waitFor();
  assert.equal(await preview.locator("img, svg, script").count(), 0, "hostile text became markup in the preview");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mla-hostile-"));
  for (const [button, ext] of [["download-pdf", "pdf"], ["download-docx", "docx"]]) {
    const download = page.waitForEvent("download");
    await page.getByTestId(button).click();
    await (await download).saveAs(path.join(dir, `hostile.${ext}`));
  }
  // Lines wrap anywhere: compare with white space collapsed.
  const pdfText = execFileSync("pdftotext", [path.join(dir, "hostile.pdf"), "-"]).toString().replace(/\s+/g, " ");
  assert.ok(pdfText.includes("<script>window.__pwned = 1</script>"), "the PDF lost the typed markup");
  assert.ok(pdfText.includes('<img src=x onerror="window.__pwned = 2">'));
  execFileSync("qpdf", ["--check", path.join(dir, "hostile.pdf")]);
  const xml = execFileSync("unzip", ["-p", path.join(dir, "hostile.docx"), "word/document.xml"]).toString();
  assert.ok(xml.includes("&lt;script&gt;window.__pwned = 1&lt;/script&gt;") && !xml.includes("<script>"));
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "hostile text ran");

  // What is stored is exactly what was typed.
  const [stored] = (await storedRecords(page, "drafts")).map((r) => JSON.parse(r.body));
  assert.equal(stored.title, title);
  assert.equal(stored.requesting.authority.name, typed.get("f-requesting-authority-name"));
  // Typed back after a reload, every field on the step it was typed on.
  for (const [step, ids] of typedOn) {
    await page.goto(`${app.server.url}/drafts/fixture-complete/${step}`);
    await heading(page, STEP_HEADINGS[step]);
    await page.locator(".wizard__fields").waitFor();
    for (const id of ids) assert.equal(await page.locator(`#${id}`).inputValue(), typed.get(id), `${step}: #${id}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
