// The document step: preview, final edits that survive regeneration, and
// PDF/DOCX downloads made offline by the render worker; the PDF is the
// same file `mla render` writes for the stored draft.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { newPage, waitForServiceWorker, DIST } from "../lib/browser.mjs";
import { useApp, importFixture, storedRecords } from "../lib/app.mjs";

const ROOT = path.resolve(DIST, "..");
const app = useApp();
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "mla-doc-"));

/** `mla render` of a draft file with the sample data, as a user runs it; the output's bytes. */
function cliRender(draftFile, format, options) {
  const out = path.join(tmp(), `cli.${format}`);
  execFileSync("cargo", ["run", "-q", "-p", "mla-cli", "--", "render", draftFile, ...options,
    "--data", path.join(ROOT, "public/data"), "--format", format, "-o", out], { cwd: ROOT });
  return fs.readFileSync(out);
}

const storedDraft = async (page) => JSON.parse((await storedRecords(page, "drafts"))[0].body);

async function save(page, button) {
  const download = page.waitForEvent("download");
  await page.getByTestId(button).click();
  const file = await download;
  const out = path.join(tmp(), file.suggestedFilename());
  await file.saveAs(out);
  return out;
}

test("offline after the first load: preview, an edit that survives regeneration, PDF and DOCX", async () => {
  const { context, page, problems } = await newPage(app.browser);
  await page.goto(app.server.url);
  await waitForServiceWorker(page);
  await importFixture(page);

  // From here on there is no network: the worker, its wasm and the fonts
  // come from the service worker's cache.
  await context.setOffline(true);
  await page.goto(`${app.server.url}/drafts/fixture-complete/document`);
  const preview = page.getByTestId("doc-preview");
  // The fixture asks for Spanish, whatever the UI language.
  await preview.getByText("Solicitud de asistencia judicial recíproca en materia penal").waitFor();
  assert.equal(await preview.getAttribute("dir"), "ltr");
  assert.equal(await preview.getAttribute("lang"), "es");

  // Final editing of the introduction.
  const intro = page.locator('[data-block="intro"]');
  await intro.getByRole("button", { name: "Edit this paragraph" }).click();
  const mine = "The Public Prosecutor's Office respectfully requests urgent assistance in the matter below.";
  await intro.getByLabel("Text of the paragraph").fill(mine);
  await intro.getByRole("button", { name: "Keep this wording" }).click();
  await intro.getByText("Edited by you").waitFor();
  await page.waitForTimeout(1200); // autosave
  let stored = await storedDraft(page);
  assert.equal(stored.document.edits.intro.text, mine);

  // Survives a reload (offline) and regeneration with unrelated changes.
  await page.reload();
  await page.locator('[data-block="intro"]').getByText(mine).waitFor();

  // The data behind the paragraph changes: the edit is flagged, not lost.
  await page.goto(`${app.server.url}/drafts/fixture-complete/requesting`);
  await page.getByLabel("Name of the authority").fill("Office of the Prosecutor General (fictional)");
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: /Document/ }).click();
  const flagged = page.locator('[data-block="intro"]');
  await flagged.getByTestId("doc-stale").waitFor();
  // The authority's name is a value, set apart by an invisible bidi isolate (U+2068 … U+2069).
  assert.match(await flagged.textContent(), /Office of the Prosecutor General \(fictional\)\u2069 tiene el honor/);
  assert.match(await flagged.textContent(), new RegExp(`Your edit:\\s*${mine.replace(/[().]/g, "\\$&")}`));
  await flagged.getByRole("button", { name: "Use my edit again" }).click();
  await flagged.getByText("Edited by you").waitFor();
  await page.waitForTimeout(1200);

  // PDF, offline, named after the reference; it says what the preview says.
  const pdf = await save(page, "download-pdf");
  assert.equal(path.basename(pdf), "PP-2026-0142.pdf");
  await page.getByTestId("doc-status").getByText("The document has been downloaded.").waitFor();
  const bytes = fs.readFileSync(pdf);
  assert.equal(bytes.subarray(0, 5).toString(), "%PDF-");
  const text = execFileSync("pdftotext", [pdf, "-"]).toString();
  assert.ok(text.includes("respectfully requests urgent assistance"), text.slice(0, 400));
  assert.match(text, /Página 1 de \d/);
  assert.match(text, /CONFIDENCIAL/);
  assert.ok(!text.includes("BORRADOR"), "a complete request carries no DRAFT mark");

  // The command line writes the same bytes for the stored draft.
  stored = await storedDraft(page);
  const draftFile = path.join(tmp(), "draft.json");
  fs.writeFileSync(draftFile, JSON.stringify(stored));
  assert.ok(cliRender(draftFile, "pdf", ["--lang", "es"]).equals(bytes), "mla render and the browser made different PDFs");

  // DOCX as well.
  const docx = await save(page, "download-docx");
  assert.equal(path.basename(docx), "PP-2026-0142.docx");
  assert.equal(fs.readFileSync(docx).subarray(0, 2).toString(), "PK");
  assert.ok(cliRender(draftFile, "docx", ["--lang", "es"]).equals(fs.readFileSync(docx)), "mla render and the browser made different DOCX files");
  const xml = execFileSync("unzip", ["-p", docx, "word/document.xml"]).toString();
  assert.ok(xml.includes("respectfully requests urgent assistance"));

  assert.deepEqual(problems.filter((p) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|net::/.test(p)), []);
  await context.close();
});

test("an Arabic request is previewed right to left and its PDF carries the Arabic text", async () => {
  const { context, page, problems } = await newPage(app.browser);
  await page.goto(app.server.url);
  await importFixture(page);
  await page.goto(`${app.server.url}/drafts/fixture-complete/document`);
  await page.getByLabel("Language of the document").selectOption("ar");
  await page.getByLabel("Paper size").selectOption("letter");
  const preview = page.getByTestId("doc-preview");
  await preview.getByText("طلب مساعدة قانونية متبادلة في المسائل الجنائية").waitFor();
  assert.equal(await preview.getAttribute("dir"), "rtl");
  assert.equal(await preview.getAttribute("lang"), "ar");
  const pdf = await save(page, "download-pdf");
  const info = execFileSync("pdfinfo", [pdf]).toString();
  assert.match(info, /Page size:\s+612 x 792/);
  const text = execFileSync("pdftotext", [pdf, "-"]).toString().replace(/[\u202a-\u202e]/g, "");
  assert.ok(text.includes("طلب مساعدة قانونية متبادلة في المسائل الجنائية"), text.slice(0, 300));
  assert.ok(text.includes("PP-2026-0142"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("a bilingual request on US Letter: the second language is in the PDF and DOCX, identical to mla render's", async () => {
  const { context, page, problems } = await newPage(app.browser);
  await page.goto(app.server.url);
  await importFixture(page);
  await page.goto(`${app.server.url}/drafts/fixture-complete/document`);
  const preview = page.getByTestId("doc-preview");
  await preview.getByText("Solicitud de asistencia judicial recíproca en materia penal").waitFor();
  await page.getByLabel("Second language for the fixed wording").selectOption("fr");
  await page.getByLabel("Paper size").selectOption("letter");
  // The preview repeats the fixed wording in French after the Spanish.
  await preview.getByText("Demande d'entraide judiciaire en matière pénale").waitFor();

  const pdf = await save(page, "download-pdf");
  assert.match(execFileSync("pdfinfo", [pdf]).toString(), /Page size:\s+612 x 792/);
  const text = execFileSync("pdftotext", [pdf, "-"]).toString().replace(/\s+/g, " ");
  for (const phrase of ["Solicitud de asistencia judicial recíproca en materia penal", "Demande d'entraide judiciaire en matière pénale", "CONFIDENCIAL", "Confidentialité"]) {
    assert.ok(text.includes(phrase), `the PDF lacks "${phrase}"`);
  }
  assert.ok(text.indexOf("Solicitud de asistencia") < text.indexOf("Demande d'entraide"), "the second language comes after the first");
  const docx = await save(page, "download-docx");
  const xml = execFileSync("unzip", ["-p", docx, "word/document.xml"]).toString();
  assert.ok(xml.includes("Demande d&apos;entraide judiciaire en matière pénale") || xml.includes("Demande d'entraide judiciaire en matière pénale"), "the DOCX lacks the French title");
  assert.match(xml, /w:w="12240"/, "the DOCX is not on Letter paper");

  // mla render with the same options writes the same bytes.
  const draftFile = path.join(tmp(), "draft.json");
  fs.writeFileSync(draftFile, JSON.stringify(await storedDraft(page)));
  for (const [format, file] of [["pdf", pdf], ["docx", docx]]) {
    const cli = cliRender(draftFile, format, ["--lang", "es", "--bilingual", "fr", "--paper", "letter"]);
    assert.ok(cli.equals(fs.readFileSync(file)), `mla render and the browser made different ${format} files`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
