// The case register as a user runs it: a case opened from a draft, the
// request sent with its PDF archived, events added, a follow-up falling
// due when the clock moves on, the register searched, filtered and
// exported, an incoming request registered and returned, the statistics,
// and the new screens audited with axe in English and Arabic.
import { test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { newPage } from "../lib/browser.mjs";
import { useApp, importFixture, storedRecords } from "../lib/app.mjs";

const app = useApp();
const DAY = 86400e3;

/** Opens an outgoing case from the imported fixture; leaves the page on it. */
async function openCaseFromFixture(page) {
  await page.goto(app.server.url + "/");
  await importFixture(page);
  await page.getByRole("link", { name: "Cases" }).click();
  await page.getByTestId("new-case").click();
  await page.getByLabel("From a draft").selectOption({ label: "Operation Lantern — bank records Ruritania" });
  await page.getByTestId("create-case").click();
  await page.getByRole("heading", { name: "Case PP-2026-0142" }).waitFor();
}

async function addEvent(page, name, fill = async () => {}) {
  await page.locator("#event-kind").selectOption({ label: name });
  await fill();
  const before = await page.locator("[data-testid=event-log] tbody tr").count().catch(() => 0);
  await page.getByTestId("add-event-button").click();
  await page.waitForFunction((n) => document.querySelectorAll("[data-testid=event-log] tbody tr").length > n, before);
}

test("an outgoing case: opened from a draft, sent with its PDF archived, followed up when due", async () => {
  const { page, problems } = await newPage(app.browser);
  try {
    await openCaseFromFixture(page);
    // What the draft knew came with it, and the draft is linked.
    assert.equal(await page.locator("#case-our-reference").inputValue(), "PP-2026-0142");
    assert.equal(await page.locator("#case-state").inputValue(), "Spain");
    assert.match(await page.locator("#case-offences").inputValue(), /Money laundering/);
    assert.equal(await page.getByTestId("case-current-status").textContent(), "Drafted");
    await page.getByTestId("case-drafts").getByRole("link", { name: /Operation Lantern/ }).waitFor();
    // The urgency deadline of the draft is the case's own deadline.
    await page.getByTestId("case-deadlines").getByText("Our deadline").waitFor();

    // Sending without a channel is refused, with the reason.
    await page.locator("#event-kind").selectOption({ label: "Request sent" });
    await page.locator("#event-who").fill("A. Officer");
    await page.getByTestId("add-event-button").click();
    await page.getByTestId("event-problems").getByText("Choose the channel the request was sent through.").waitFor();
    // With the channel: sent, and the linked draft's PDF archived.
    await addEvent(page, "Request sent", async () => {
      await page.locator("#event-channel").selectOption({ label: "Central authority" });
      assert.equal(await page.locator("#event-archive").isChecked(), true);
    });
    assert.equal(await page.getByTestId("case-current-status").textContent(), "Sent");
    await page.getByTestId("case-documents").getByRole("button", { name: /\.pdf$/ }).waitFor();
    // The stored bytes are a PDF whose hash is the one the case records.
    const cases = await storedRecords(page, "cases");
    const stored = JSON.parse(cases[0].body);
    assert.equal(stored.channel, "central_authority");
    assert.equal(stored.documents.length, 1);
    assert.match(stored.revisions.start.toString(), /^[2-9]|\d\d+$/);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("case-documents").getByRole("button").first().click(),
    ]);
    const bytes = fs.readFileSync(await download.path());
    assert.equal(bytes.subarray(0, 5).toString(), "%PDF-");
    assert.equal(crypto.createHash("sha256").update(bytes).digest("hex"), stored.documents[0].sha256);
    // The first follow-up is 30 days after sending.
    const sentDay = new Date();
    await page.getByTestId("case-deadlines").getByText("Follow-up no. 1").waitFor();

    // A changed archived byte shows as damage, never replaced.
    await page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open("mla-request-writer");
      open.onsuccess = () => {
        const tx = open.result.transaction("documents", "readwrite");
        const store = tx.objectStore("documents");
        const all = store.getAll();
        all.onsuccess = () => {
          const rec = all.result[0];
          const body = JSON.parse(rec.body);
          body.bytes = "A" + body.bytes.slice(1);
          rec.body = JSON.stringify(body);
          store.put(rec);
        };
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.getByTestId("case-documents").getByRole("button").first().click();
    await page.getByText(/is damaged: its bytes no longer match/).waitFor();

    // 31 days later, the home screen lists the follow-up as overdue.
    await page.clock.setFixedTime(new Date(sentDay.getTime() + 31 * DAY));
    await page.goto(app.server.url + "/");
    const due = page.getByTestId("due-list");
    await due.getByText("Follow-up no. 1").waitFor();
    await due.getByText("Days overdue: 1").waitFor();
    await due.getByRole("link", { name: "PP-2026-0142" }).click();
    // Recording the follow-up (made yesterday) moves to the next step
    // (60 days). The clock stands still in this test, so events of one
    // day would share their recording time: the follow-up is dated the
    // day before the answer that follows it.
    const yesterday = new Date(sentDay.getTime() + 30 * DAY).toISOString().slice(0, 10);
    await addEvent(page, "Follow-up sent", async () => {
      await page.locator("#event-date").fill(yesterday);
    });
    await page.getByTestId("case-deadlines").getByText("Follow-up no. 2").waitFor();
    // An acknowledgement (today) resets the silence; the status follows the log.
    const today = new Date(sentDay.getTime() + 31 * DAY).toISOString().slice(0, 10);
    await addEvent(page, "Receipt acknowledged", async () => {
      await page.locator("#event-date").fill(today);
    });
    assert.equal(await page.getByTestId("case-current-status").textContent(), "Acknowledged");
    await page.getByTestId("case-deadlines").getByText("Follow-up no. 1").waitFor();
    // Refusing needs a ground.
    await page.locator("#event-kind").selectOption({ label: "Refused" });
    await page.getByTestId("add-event-button").click();
    await page.getByTestId("event-problems").getByText("Choose the ground of refusal.").waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
  }
});

test("the register: search, filters, sort, CSV; an incoming request registered and returned; statistics", async () => {
  const { page, problems } = await newPage(app.browser);
  try {
    await openCaseFromFixture(page);
    // A reference that a spreadsheet would run as a formula.
    await page.locator("#case-their-reference").fill("=HYPERLINK(\"x\")");
    await page.locator("#case-officer").fill("Ana Müller");
    await page.locator("#case-officer").blur();
    await page.getByText("All changes saved").waitFor();

    // An incoming request, registered, then returned for more information.
    await page.goto(app.server.url + "/cases/new");
    await page.getByLabel("Incoming").check();
    await page.getByLabel("Kind of request").selectOption({ label: "Extradition" });
    await page.getByTestId("create-case").click();
    await page.getByRole("heading", { name: /^Case / }).waitFor();
    await page.locator("#case-our-reference").fill("MLI-2026-7");
    await page.locator("#case-state").fill("France");
    await page.locator("#case-state").blur();
    await page.locator("#event-who").fill("B. Clerk");
    await addEvent(page, "Registered");
    await addEvent(page, "Returned for more information");
    assert.equal(await page.getByTestId("case-current-status").textContent(), "Returned for more information");
    // A closed case takes only notes and replies.
    const offered = await page.locator("#event-kind option").allTextContents();
    assert.deepEqual(offered.sort(), ["Note", "Reply received"]);

    await page.getByRole("link", { name: "Back to the register" }).click();
    await page.getByTestId("cases-count").getByText("Cases found: 2").waitFor();
    // Search folds accents; all words must match.
    await page.getByLabel("Search the register").fill("muller");
    await page.getByTestId("cases-count").getByText("Cases found: 1").waitFor();
    await page.getByLabel("Search the register").fill("muller france");
    await page.getByTestId("cases-empty").waitFor();
    await page.getByLabel("Search the register").fill("");
    await page.getByLabel("Direction").selectOption({ label: "Incoming" });
    await page.getByTestId("cases-count").getByText("Cases found: 1").waitFor();
    assert.equal(await page.getByTestId("case-status").textContent(), "Returned for more information");
    await page.getByLabel("Direction").selectOption({ label: "Any" }).catch(async () => page.getByLabel("Direction").selectOption(""));
    await page.getByLabel("Open cases only").check();
    await page.getByTestId("cases-count").getByText("Cases found: 1").waitFor();
    await page.getByLabel("Open cases only").uncheck();
    // Sorting by reference, both ways.
    await page.getByTestId("sort-OurReference").click();
    let refs = await page.locator("[data-testid=cases-table] tbody th a").allTextContents();
    assert.deepEqual(refs, ["MLI-2026-7", "PP-2026-0142"]);
    await page.getByTestId("sort-OurReference").click();
    refs = await page.locator("[data-testid=cases-table] tbody th a").allTextContents();
    assert.deepEqual(refs, ["PP-2026-0142", "MLI-2026-7"]);
    // The CSV of the table, with the formula disarmed.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("cases-csv").click()]);
    const text = fs.readFileSync(await download.path(), "utf8");
    assert.match(text, /^Our reference,Their reference,/);
    assert.match(text, /"'=HYPERLINK\(""x""\)"/);
    assert.match(text, /MLI-2026-7,,Incoming,Extradition,France,Returned for more information/);

    // Statistics: the same two cases, by direction, status and State.
    await page.getByRole("link", { name: "Statistics" }).click();
    await page.getByTestId("stats-summary").waitFor();
    const summary = await page.getByTestId("stats-summary").textContent();
    assert.match(summary, /Cases in total2/);
    assert.match(summary, /Pending \(not closed\)1/);
    const byState = await page.getByTestId("stats-state").locator("tbody tr").allTextContents();
    assert.deepEqual(byState.sort(), ["France1", "Spain1"]);
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-status").click()]);
    assert.match(fs.readFileSync(await csvDownload.path(), "utf8"), /Returned for more information,1/);
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
  }
});

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
for (const lang of ["en", "ar"]) {
  test(`the register's screens meet WCAG 2.2 AA (${lang})`, async () => {
    const { page } = await newPage(app.browser);
    try {
      await openCaseFromFixture(page);
      await page.locator("#event-who").fill("A. Officer");
      await addEvent(page, "Request sent", async () => {
        await page.locator("#event-channel").selectOption({ label: "Central authority" });
      });
      await page.getByLabel("Language").selectOption(lang);
      const caseUrl = page.url();
      for (const route of ["/cases", "/cases/new", "/cases/statistics", caseUrl.replace(app.server.url, ""), "/"]) {
        await page.goto(app.server.url + route);
        await page.locator("h1").waitFor();
        await page.waitForLoadState("networkidle");
        const html = await page.evaluate(() => document.documentElement.dir);
        assert.equal(html, lang === "ar" ? "rtl" : "ltr");
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
        assert.deepEqual(summary, [], `${lang} ${route}`);
      }
    } finally {
      await page.context().close();
    }
  });
}
