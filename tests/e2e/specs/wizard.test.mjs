// The request wizard and the drafts list, driven like a user.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { newPage, DIST } from "../lib/browser.mjs";
import { useApp, storedRecords } from "../lib/app.mjs";

const FIXTURE = path.resolve(DIST, "../crates/mla-core/tests/fixtures/complete.json");

const app = useApp();

const heading = (page, text) => page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, text);

/** Presses Tab until the focused control is labelled `label` (keyboard only). */
async function tabTo(page, label, { max = 80 } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    const here = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return "";
      if (el.labels && el.labels.length) return el.labels[0].textContent.trim();
      return (el.textContent || "").trim();
    });
    if (here === label) return;
    seen.push(here.slice(0, 40));
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach "${label}" with Tab; passed: ${[...new Set(seen)].join(" | ")}`);
}

async function type(page, label, text) {
  await tabTo(page, label);
  await page.keyboard.type(text);
}

/** The value of the focused control, as the browser holds it (ISO for dates). */
const focusedValue = (page) => page.evaluate(() => document.activeElement.value);

async function press(page, label) {
  await tabTo(page, label);
  await page.keyboard.press("Enter");
}

async function check(page, label) {
  await tabTo(page, label);
  await page.keyboard.press("Space");
}

/** The stored draft bodies in IndexedDB, as the page sees them. */
async function storedDrafts(page) {
  return (await storedRecords(page, "drafts")).map((r) => JSON.parse(r.body));
}

async function waitSaved(page) {
  await page.waitForFunction(() => document.querySelector("[data-testid=save-status]")?.textContent === "All changes saved on this device");
}

test("a complete request filled with the keyboard only survives a reload", async () => {
  const { context, page, problems } = await newPage(app.browser);
  try {
    await page.goto(app.server.url + "/");
    await heading(page, "Drafts");
    await press(page, "Start a new request");
    await heading(page, "Requesting authority");
    const url = page.url();
    assert.match(url, /\/drafts\/[0-9a-f-]+\/requesting$/);

    await type(page, "Title of this draft (for your own list)", "Keyboard case");
    await type(page, "State", "FR");
    await type(page, "Name of the authority", "Parquet de Paris (fictional)");
    await type(page, "Functions of the authority", "Directs investigations");
    await type(page, "E-mail", "mla@example.invalid");
    await type(page, "Your reference", "KB-1");
    await press(page, "Continue");
    await heading(page, "Requested State");
    await type(page, "State", "ES");
    await type(page, "Central authority addressed", "Sample central authority");
    await press(page, "Continue");
    await heading(page, "Legal basis");
    await press(page, "Add a treaty or convention");
    await type(page, "Treaty or convention", "UNTOC");
    await type(page, "Articles relied on", "art. 18");
    await press(page, "Continue");
    await heading(page, "Proceedings");
    await tabTo(page, "Kind of proceedings");
    await page.keyboard.type("Inv");
    await type(page, "Subject matter and nature of the proceedings", "Money laundering investigation");
    await type(page, "Authority conducting the proceedings", "Investigating judge");
    await type(page, "Its functions", "Orders coercive measures");
    await press(page, "Continue");
    await heading(page, "Offences");
    await press(page, "Add an offence");
    await type(page, "Name of the offence", "Money laundering");
    await type(page, "Text of the legal provision", "Penal Code art. 324-1");
    await type(page, "Maximum penalty", "5 years");
    await type(page, "Description of the conduct", "Moved fraud proceeds through accounts to hide them.");
    await press(page, "Continue");
    await heading(page, "Facts");
    await type(page, "Summary of the facts", "Investors were defrauded and paid into an account in Spain.");
    await press(page, "Add a fact");
    await type(page, "What happened", "Transfers into account ES00");
    await type(page, "Date (or first date)", "01022026");
    const factDate = await focusedValue(page);
    await type(page, "Place", "Madrid");
    await press(page, "Continue");
    await heading(page, "Persons");
    await press(page, "Add a person");
    await type(page, "Family name (or company name)", "EXAMPLE");
    await type(page, "Nationality", "FR");
    await type(page, "Where the person is believed to be now", "Valencia");
    await press(page, "Continue");
    await heading(page, "Assistance requested");
    await tabTo(page, "Type of measure");
    await page.keyboard.type("Rec");
    await press(page, "Add a measure");
    await type(page, "Holder of the records (bank, company, registry)", "Banco Ejemplo");
    await type(page, "Kinds of records", "Statements");
    await type(page, "Period from", "01012026");
    await type(page, "Purpose: what this measure will prove or achieve", "Prove the flow of funds");
    await check(page, "Transfers into account ES00");
    await check(page, "EXAMPLE");
    await check(page, "Money laundering");
    await press(page, "Continue");
    await heading(page, "Conditions");
    await type(page, "Form of certification", "Bank certificate");
    await type(page, "Every use intended for the evidence", "The investigation and trial");
    await press(page, "Continue");
    await heading(page, "Annexes");
    await press(page, "Continue");
    await heading(page, "Language and signature");
    await tabTo(page, "Language of the request");
    await page.keyboard.type("Esp");
    await type(page, "Place", "Paris");
    await type(page, "Date", "02112026");
    const signatureDate = await focusedValue(page);
    await type(page, "Name of the signatory", "A. Martin");
    await press(page, "Continue");
    await heading(page, "Check the request");
    await waitSaved(page);

    // No blocking finding remains.
    const summary = await page.locator(".error-summary, .notice").first().textContent();
    assert.match(summary, /Blocking: 0|No problems found/);

    const [stored] = (await storedDrafts(page)).filter((d) => d.title === "Keyboard case");
    assert.equal(stored.requesting.authority.name, "Parquet de Paris (fictional)");
    assert.equal(stored.proceedings.kind, "investigation");
    assert.equal(stored.measures[0].details.type, "records");
    assert.equal(stored.measures[0].details.holder, "Banco Ejemplo");
    assert.equal(stored.measures[0].fact_ids.length, 1);
    assert.equal(stored.language, "es");
    // The date the browser's date field shows is the date stored: the
    // field's order of day and month follows the browser's locale, so the
    // typed digits mean one of two dates, and the app must keep that one.
    assert.ok(["2026-11-02", "2026-02-11"].includes(signatureDate), signatureDate);
    assert.ok(["2026-02-01", "2026-01-02"].includes(factDate), factDate);
    assert.equal(stored.signature.date, signatureDate);
    assert.equal(stored.facts.items[0].date_from, factDate);
    assert.equal(stored.current_step, "check");

    // A reload restores the exact state, including the step.
    await page.reload();
    await heading(page, "Check the request");
    await page.goto(url.replace(/requesting$/, "measures"));
    await heading(page, "Assistance requested");
    assert.equal(await page.getByLabel("Holder of the records (bank, company, registry)").inputValue(), "Banco Ejemplo");
    assert.equal(await page.getByLabel("Purpose: what this measure will prove or achieve").inputValue(), "Prove the flow of funds");
    assert.ok(await page.getByLabel("Transfers into account ES00").isChecked());
    // Reopening from the list returns to the step the user was on.
    await waitSaved(page);
    await page.goto(app.server.url + "/");
    await page.getByRole("link", { name: "Keyboard case" }).click();
    await heading(page, "Assistance requested");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("an incomplete request lists its findings; following one focuses the field", async () => {
  const { context, page, problems } = await newPage(app.browser);
  try {
    await page.goto(app.server.url + "/new");
    await heading(page, "Requesting authority");
    await page.getByLabel("Name of the authority").fill("Only this");
    await page.getByRole("link", { name: /Check the request/ }).click();
    await heading(page, "Check the request");
    const summary = page.getByRole("alert");
    assert.match(await summary.textContent(), /There is a problem/);
    // Focus moves to the summary so screen readers read it.
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("error-summary")), true);
    for (const expected of [
      "Enter the requested State",
      "Cite at least one treaty or convention, or rely on reciprocity",
      "Summarise the facts: who, what, when, where and how",
      "Add at least one measure of assistance",
      "Choose the language of the request",
    ]) {
      assert.ok((await summary.textContent()).includes(expected), `missing finding: ${expected}`);
    }
    assert.ok(!(await summary.textContent()).includes("Enter the name of the authority making the request"));
    await page.getByRole("link", { name: "Summarise the facts: who, what, when, where and how" }).click();
    await heading(page, "Facts");
    await page.waitForFunction(() => document.activeElement?.id === "f-facts-summary");
    const field = page.getByLabel("Summary of the facts");
    assert.equal(await field.getAttribute("aria-invalid"), "true");
    const describedBy = await field.getAttribute("aria-describedby");
    assert.equal(await page.locator(`#${describedBy}`).textContent(), "Summarise the facts: who, what, when, where and how");
    // Findings update live as the user types.
    await field.type("The facts.");
    await page.waitForFunction(() => !document.getElementById("f-facts-summary").hasAttribute("aria-invalid"));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("export, delete and import give back the identical draft; undo restores a deletion", async () => {
  const { context, page, problems } = await newPage(app.browser);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mla-export-"));
  try {
    await page.goto(app.server.url + "/");
    await heading(page, "Drafts");
    await page.getByLabel("Import a draft (JSON file)").setInputFiles(FIXTURE);
    await page.getByText("Draft “Operation Lantern — bank records Ruritania” imported.").waitFor();
    const row = page.getByRole("row", { name: /Operation Lantern/ });
    assert.match(await row.textContent(), /No blocking problems/);

    const [download] = await Promise.all([page.waitForEvent("download"), row.getByRole("button", { name: "Export" }).click()]);
    assert.equal(download.suggestedFilename(), "PP-2026-0142.mla-draft.json");
    const exported = path.join(dir, download.suggestedFilename());
    await download.saveAs(exported);
    const original = JSON.parse(fs.readFileSync(FIXTURE, "utf8"));
    assert.deepEqual(JSON.parse(fs.readFileSync(exported, "utf8")), original);

    // Importing the same id again asks before overwriting.
    await page.getByLabel("Import a draft (JSON file)").setInputFiles(exported);
    await page.getByText(/A draft with the same id already exists/).waitFor();
    await page.getByRole("button", { name: "Cancel" }).click();

    await row.getByRole("button", { name: "Delete" }).click();
    await page.getByText("Draft “Operation Lantern — bank records Ruritania” deleted.").waitFor();
    assert.equal(await page.getByRole("row", { name: /Operation Lantern/ }).count(), 0);
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByRole("row", { name: /Operation Lantern/ }).waitFor();

    await page.getByRole("row", { name: /Operation Lantern/ }).getByRole("button", { name: "Delete" }).click();
    await page.getByText(/deleted\./).waitFor();
    await page.getByLabel("Import a draft (JSON file)").setInputFiles(exported);
    await page.getByText("Draft “Operation Lantern — bank records Ruritania” imported.").waitFor();
    // The same draft, stored over its tombstone as a newer revision
    // (imported 1, deleted 2, undone 3, deleted 4, imported again 5) that
    // keeps its ancestry.
    const { revisions: backRevisions, ...backContent } = (await storedDrafts(page)).find((d) => d.id === original.id);
    const { revisions: originalRevisions, ...originalContent } = original;
    assert.deepEqual(backContent, originalContent);
    assert.equal(backRevisions.start, originalRevisions.start + 4);
    assert.equal(backRevisions.ids.at(-1), originalRevisions.ids[0]);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("a malformed import file shows a clear error and changes nothing", async () => {
  const { context, page } = await newPage(app.browser);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mla-bad-"));
  try {
    await page.goto(app.server.url + "/");
    await heading(page, "Drafts");
    await page.locator(".drafts, .empty").first().waitFor();
    const before = await storedDrafts(page);
    const broken = path.join(dir, "broken.json");
    fs.writeFileSync(broken, '{"schema_version": 2, "id": "x", "persons": [{"id": "p", "aliases": "one"}]}');
    await page.getByLabel("Import a draft (JSON file)").setInputFiles(broken);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match(await alert.textContent(), /The file could not be imported/);
    assert.match(await alert.textContent(), /persons\[0\]\.aliases/);
    const notJson = path.join(dir, "not-json.json");
    fs.writeFileSync(notJson, "this is not json");
    await page.getByLabel("Import a draft (JSON file)").setInputFiles(notJson);
    await page.getByText(/not valid JSON \(line 1, column \d+\)/).waitFor();
    assert.deepEqual(await storedDrafts(page), before);
  } finally {
    await context.close();
  }
});

test("a draft can be renamed from the list", async () => {
  const { context, page, problems } = await newPage(app.browser);
  try {
    await page.goto(app.server.url + "/new");
    await heading(page, "Requesting authority");
    await page.getByLabel("Title of this draft (for your own list)").fill("Before");
    await waitSaved(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Drafts", exact: true }).click();
    const row = page.getByRole("row", { name: /Before/ });
    await row.getByRole("button", { name: "Rename" }).click();
    const field = page.getByLabel("New title for “Before”");
    assert.equal(await page.evaluate(() => document.activeElement?.id.startsWith("rename-")), true);
    await field.fill("After");
    await page.keyboard.press("Enter");
    await page.getByRole("link", { name: "After", exact: true }).waitFor();
    const stored = (await storedDrafts(page)).filter((d) => d.title === "After");
    assert.equal(stored.length, 1);
    assert.equal((await storedDrafts(page)).filter((d) => d.title === "Before").length, 0);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("a draft saved by the previous version imports; its IP address is asked for its moment, which reaches the document", async () => {
  const { context, page, problems } = await newPage(app.browser);
  const v3 = path.resolve(DIST, "../crates/mla-core/tests/fixtures/v3-draft.json");
  try {
    await page.goto(app.server.url + "/");
    await heading(page, "Drafts");
    await page.locator(".drafts, .empty").first().waitFor();
    await page.getByLabel("Import a draft (JSON file)").setInputFiles(v3);
    await page.getByText("Draft “Fixture in draft format version 3” imported.").waitFor();
    // Stored in the current format: identifiers are records, linked by id.
    const stored = (await storedDrafts(page)).find((d) => d.id === "v3-fixture");
    assert.equal(stored.schema_version, 5);
    // Its first revision, made when it was stored.
    assert.equal(stored.revisions.start, 1);
    assert.equal(stored.deleted, false);
    assert.deepEqual(
      stored.identifiers.map((i) => [i.kind, i.value]),
      [
        ["email", "jean.example@examplemail.test"],
        ["ip_address", "203.0.113.45:50122 (login of 4 May 2025)"],
        ["url", "https://forum.example.test/u/jex"],
        ["email", "jean.example@examplemail.test"],
      ],
    );

    await page.getByRole("link", { name: "Fixture in draft format version 3", exact: true }).click();
    await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: /Check the request/ }).click();
    await heading(page, "Check the request");
    const finding = "Identifier 2: an IP address identifies nobody without the date, time and time zone of its use: give them";
    await page.getByRole("link", { name: finding }).click();
    await heading(page, "Persons");
    await page.waitForFunction(() => document.activeElement?.id === "f-identifiers-1-timestamp");
    const moment = page.getByLabel("Date and time of use").nth(1);
    assert.equal(await moment.getAttribute("type"), "datetime-local");
    assert.equal(await moment.getAttribute("aria-invalid"), "true");
    await moment.fill("2025-05-04T09:12");
    // The port is asked of an IP address only.
    assert.equal(await page.locator("#f-identifiers-1-port").count(), 1);
    assert.equal(await page.locator("#f-identifiers-0-port").count(), 0);
    await page.getByRole("link", { name: /Check the request/ }).click();
    await heading(page, "Check the request");
    await page.getByRole("link", { name: /Identifier 2: .*time zone/ }).click();
    await page.waitForFunction(() => document.activeElement?.id === "f-identifiers-1-time_zone");
    await page.keyboard.type("UTC+02:00");
    await waitSaved(page);
    await page.getByRole("link", { name: /Check the request/ }).click();
    await heading(page, "Check the request");
    assert.ok(!(await page.locator("main").textContent()).includes("Identifier 2:"));

    // The measures tick the identifiers they concern.
    await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: /Assistance requested/ }).click();
    await heading(page, "Assistance requested");
    const ip = page.getByRole("checkbox", { name: "IP address: 203.0.113.45:50122 (login of 4 May 2025)" });
    // Both computer-data measures offer it; only the preservation (the
    // measure whose text named it) has it ticked.
    assert.equal(await ip.count(), 2);
    assert.equal(await ip.nth(0).isChecked(), true);
    assert.equal(await ip.nth(1).isChecked(), false);
    // The earlier request's reference is asked only of an extension or a
    // follow-up, and is then required.
    assert.equal(await page.locator("#f-measures-1-details-earlier_reference").count(), 0);
    await page.getByLabel("Kind of request").selectOption({ label: "An extension of an earlier preservation" });
    await page.getByLabel("Reference of the earlier request").fill("PRES-2025-17");
    await waitSaved(page);
    const extended = (await storedDrafts(page)).find((d) => d.id === "v3-fixture").measures[1].details;
    assert.deepEqual([extended.status, extended.earlier_reference], ["extension", "PRES-2025-17"]);

    await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: /Document/ }).click();
    const preview = page.getByTestId("doc-preview");
    await preview.getByText("Solicitud de asistencia judicial recíproca en materia penal").waitFor();
    const text = (await preview.textContent()).replace(/[\u2068\u2069]/g, "");
    for (const part of ["203.0.113.45:50122 (login of 4 May 2025)", "2025-05-04 09:12", "UTC+02:00", "jean.example@examplemail.test"]) {
      assert.ok(text.includes(part), `the document shows ${part}`);
    }
    const saved = (await storedDrafts(page)).find((d) => d.id === "v3-fixture");
    assert.equal(saved.identifiers[1].timestamp, "2025-05-04T09:12");
    assert.equal(saved.identifiers[1].time_zone, "UTC+02:00");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("a warning acknowledged with a reason stops counting, survives a reload, and can be withdrawn", async () => {
  const { context, page, problems } = await newPage(app.browser);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mla-ack-"));
  try {
    const draft = JSON.parse(fs.readFileSync(FIXTURE, "utf8"));
    draft.id = "ack-case";
    draft.title = "Acknowledgement case";
    draft.annexes[0].translated = false; // French annex, Spanish request
    const file = path.join(dir, "ack.json");
    fs.writeFileSync(file, JSON.stringify(draft));
    await page.goto(app.server.url + "/");
    await heading(page, "Drafts");
    await page.locator(".drafts, .empty").first().waitFor();
    await page.getByLabel("Import a draft (JSON file)").setInputFiles(file);
    await page.getByText("Draft “Acknowledgement case” imported.").waitFor();
    await page.getByRole("link", { name: "Acknowledgement case", exact: true }).click();
    await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: /Check the request/ }).click();
    await heading(page, "Check the request");
    const summary = page.locator(".error-summary");
    const message = "Annex 1: give its language, or attach a translation into a language the requested authority accepts";
    await summary.getByRole("link", { name: message }).waitFor();
    // The annex, and the language, which no directory record confirms.
    assert.match(await summary.textContent(), /Warnings: 2 /);

    const item = summary.getByRole("listitem").filter({ hasText: message });
    await item.getByText("Acknowledge this warning…").click();
    await item.getByRole("button", { name: "Acknowledge", exact: true }).click();
    await item.getByText("Give the reason before acknowledging.").waitFor();
    assert.equal(await item.getByLabel("Why the request can go as it is").getAttribute("aria-invalid"), "true");
    await item.getByLabel("Why the request can go as it is").fill("The executing judge reads French");
    await item.getByRole("button", { name: "Acknowledge", exact: true }).click();

    // It no longer counts; it is listed apart, with its reason.
    const acknowledged = page.getByRole("region", { name: "Acknowledged warnings" });
    await acknowledged.getByText("Acknowledged: The executing judge reads French").waitFor();
    await acknowledged.getByRole("link", { name: message }).waitFor();
    assert.match(await summary.textContent(), /Warnings: 1 /);
    assert.equal(await summary.getByRole("link", { name: message }).count(), 0);
    await waitSaved(page);
    const stored = (await storedDrafts(page)).find((d) => d.id === "ack-case");
    assert.deepEqual(
      stored.acknowledgements.map((a) => [a.rule, a.at, a.reason]),
      [["annex_translation", "annexes[a1].translated", "The executing judge reads French"]],
    );

    await page.reload();
    await heading(page, "Check the request");
    await acknowledged.getByText("Acknowledged: The executing judge reads French").waitFor();
    await acknowledged.getByRole("button", { name: "Withdraw the acknowledgement" }).click();
    await summary.getByRole("link", { name: message }).waitFor();
    assert.equal(await acknowledged.count(), 0);
    await waitSaved(page);
    assert.deepEqual((await storedDrafts(page)).find((d) => d.id === "ack-case").acknowledgements, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("a search names the annex holding its order; the letter cites that annex by number", async () => {
  const { context, page, problems } = await newPage(app.browser);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mla-annex-"));
  try {
    const draft = JSON.parse(fs.readFileSync(FIXTURE, "utf8"));
    draft.id = "annex-case";
    draft.title = "Annex reference case";
    draft.measures.push({
      id: "m-search",
      details: { type: "search_seizure", premises: "Calle Ficticia 10, Valencia", items_sought: "Ledgers", grounds: "Seen there", order_annex: "" },
      purpose: "Seize the ledgers",
      fact_ids: ["f1"],
      person_ids: [],
      offence_ids: ["o1"],
    });
    const file = path.join(dir, "annex.json");
    fs.writeFileSync(file, JSON.stringify(draft));
    await page.goto(app.server.url + "/");
    await heading(page, "Drafts");
    await page.locator(".drafts, .empty").first().waitFor();
    await page.getByLabel("Import a draft (JSON file)").setInputFiles(file);
    await page.getByText("Draft “Annex reference case” imported.").waitFor();
    await page.getByRole("link", { name: "Annex reference case", exact: true }).click();
    await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: /Check the request/ }).click();
    await heading(page, "Check the request");
    await page.getByRole("link", { name: /^Measure 3: / }).first().click();
    await heading(page, "Assistance requested");
    await page.waitForFunction(() => document.activeElement?.id === "f-measures-2-details-order_annex");
    const select = page.getByLabel("Annex containing the domestic order");
    await select.selectOption({ label: "Annex 1: Order of the Investigating Judge of 3 March 2026" });
    await waitSaved(page);
    const stored = (await storedDrafts(page)).find((d) => d.id === "annex-case");
    assert.equal(stored.measures[2].details.order_annex, "a1");
    await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: /Document/ }).click();
    const preview = page.getByTestId("doc-preview");
    await preview.getByText(/\(anexo 1\)\.$/).waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("a State is chosen by its name, accents optional, and stored as its code", async () => {
  const { context, page, problems } = await newPage(app.browser);
  try {
    await page.goto(app.server.url + "/new");
    await heading(page, "Requesting authority");
    const field = page.getByRole("combobox", { name: "State" });
    await field.click();
    await page.keyboard.type("cote");
    const list = page.getByRole("listbox", { name: "State" });
    await list.getByRole("option", { name: /Côte d’Ivoire|Côte d'Ivoire/ }).waitFor();
    assert.equal(await field.getAttribute("aria-expanded"), "true");
    // The active option is announced through aria-activedescendant.
    const active = await field.getAttribute("aria-activedescendant");
    assert.match(await page.locator(`#${active}`).textContent(), /Côte/);
    await page.keyboard.press("Enter");
    assert.equal(await field.getAttribute("aria-expanded"), "false");
    assert.match(await field.inputValue(), /^Côte d.Ivoire$/);
    await waitSaved(page);
    const id = page.url().split("/drafts/")[1].split("/")[0];
    assert.equal((await storedDrafts(page)).find((d) => d.id === id).requesting.state, "CI");
    // Arrow keys move through the matches; Escape closes the list. What is
    // typed is saved as it is typed (a State's exact name as its code), so
    // a reload loses nothing.
    await field.fill("");
    await page.keyboard.type("guinea");
    await page.keyboard.press("ArrowDown");
    const second = await field.getAttribute("aria-activedescendant");
    assert.match(second, /-GW$/);
    await page.keyboard.press("Escape");
    assert.equal(await field.getAttribute("aria-expanded"), "false");
    assert.equal(await field.inputValue(), "Guinea");
    await waitSaved(page);
    assert.equal((await storedDrafts(page)).find((d) => d.id === id).requesting.state, "GN");
    // Text that names no State is kept as typed, and the user is told so.
    await field.fill("Narnia");
    await page.getByText("No State matches: the text will be kept as typed.").waitFor();
    await page.keyboard.press("Tab");
    await waitSaved(page);
    assert.equal((await storedDrafts(page)).find((d) => d.id === id).requesting.state, "Narnia");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
