// The directory browser, an authority's page, addressing a draft to it (its
// requirements then drive the completeness check) and the legal-basis
// finder, on the bundled sample data.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { newPage, DIST } from "../lib/browser.mjs";
import { useApp, storedRecords } from "../lib/app.mjs";

const FIXTURE = path.resolve(DIST, "../crates/mla-core/tests/fixtures/complete.json");
const SAMPLE = JSON.parse(fs.readFileSync(path.resolve(DIST, "../public/data/directory.json"), "utf8"));

const app = useApp();

async function openDirectory(page, query = "") {
  await page.goto(`${app.server.url}/directory${query}`);
  await page.getByTestId("dir-results").locator("li").first().waitFor();
}

const count = (page) => page.getByTestId("dir-count").textContent();
const resultTexts = (page) => page.getByTestId("dir-results").locator("li").allTextContents();

test("search as you type ignores case and accents; filters narrow the list", async () => {
  const { context, page, problems } = await newPage(app.browser);
  await openDirectory(page);
  assert.ok(await page.getByTestId("sample-badge").first().isVisible(), "sample badge shown");
  assert.match(await count(page), new RegExp(`Authorities found: ${SAMPLE.authorities.length}\\.`));

  const search = page.getByLabel("Search the directory");
  await search.fill("são tomé");
  const expected = SAMPLE.authorities.filter((a) => a.country === "ST").length;
  await page.waitForFunction((n) => document.querySelector("[data-testid=dir-count]").textContent === `Authorities found: ${n}`, expected);
  const accented = await resultTexts(page);
  assert.ok(accented.every((t) => t.includes("São Tomé")), accented.join("\n"));
  await search.fill("SAO TOME");
  await page.waitForFunction((n) => document.querySelector("[data-testid=dir-count]").textContent === `Authorities found: ${n}`, expected);
  assert.deepEqual(await resultTexts(page), accented);

  // Several words must all match: a country and a designation.
  await search.fill("france extradition");
  await page.waitForFunction(() => document.querySelector("[data-testid=dir-count]").textContent === "Authorities found: 1");
  assert.match((await resultTexts(page))[0], /France · Extradition/);

  // Filters: designation and accepted language.
  await search.fill("");
  await page.getByLabel("Designated for").selectOption("firearms");
  const firearms = SAMPLE.authorities.filter((a) => a.designations.includes("firearms")).length;
  await page.waitForFunction((n) => document.querySelector("[data-testid=dir-count]").textContent.startsWith(`Authorities found: ${n}`), firearms);
  assert.ok((await resultTexts(page)).every((t) => t.includes("Firearms")));
  const lang = SAMPLE.authorities.find((a) => a.designations.includes("firearms") && a.accepted_languages[0] !== "en").accepted_languages[0];
  await page.getByLabel("Accepts requests in").selectOption(lang);
  const both = SAMPLE.authorities.filter((a) => a.designations.includes("firearms") && a.accepted_languages.includes(lang)).length;
  assert.ok(both > 0);
  await page.waitForFunction((n) => document.querySelector("[data-testid=dir-count]").textContent === `Authorities found: ${n}`, both);
  assert.deepEqual(problems, []);
  await context.close();
});

test("country names follow the UI language, in search too", async () => {
  const { context, page, problems } = await newPage(app.browser);
  await openDirectory(page);
  await page.getByLabel("Language").selectOption("fr");
  await page.getByRole("heading", { level: 1, name: "Répertoire des autorités compétentes" }).waitFor();
  await page.getByLabel("Rechercher dans le répertoire").fill("allemagne");
  const germany = SAMPLE.authorities.filter((a) => a.country === "DE").length;
  await page.waitForFunction((n) => document.querySelector("[data-testid=dir-count]").textContent === `Autorités trouvées : ${n}`, germany);
  assert.ok((await resultTexts(page)).every((t) => t.includes("Allemagne")));
  await page.getByLabel("Langue").selectOption("ar");
  await page.getByLabel("البحث في الدليل").fill("ألمانيا");
  await page.waitForFunction((n) => document.querySelector("[data-testid=dir-count]").textContent === `السلطات التي عُثر عليها: ${n}`, germany);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Whether `record` is open now, computed here with Node's own Intl. */
function openNow(record) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: record.time_zone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  }).formatToParts(new Date());
  const get = (t) => parts.find((p) => p.type === t).value;
  const day = get("weekday").toLowerCase();
  const minute = (Number(get("hour")) % 24) * 60 + Number(get("minute"));
  const hm = (s) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
  return record.office_hours.some((h) => h.days.includes(day) && minute >= hm(h.opens) && minute < hm(h.closes));
}

test("an authority's page, addressing a draft to it, its requirements in the check, and the legal basis", async () => {
  const { context, page, problems } = await newPage(app.browser);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // A draft to address: the complete fixture (France asks Spain, in Spanish).
  await page.goto(app.server.url);
  await page.getByLabel("Import a draft (JSON file)").setInputFiles(FIXTURE);
  await page.getByText("Operation Lantern").first().waitFor();

  // Belgium's central authority accepts French only.
  const record = SAMPLE.authorities.find((a) => a.id === "be-mla");
  assert.deepEqual(record.accepted_languages, ["fr"]);
  await openDirectory(page, "?draft=fixture-complete");
  await page.getByLabel("Search the directory").fill("belgium mutual");
  await page.getByRole("link", { name: record.name }).click();
  await page.getByRole("heading", { level: 1, name: record.name }).waitFor();
  const details = await page.getByTestId("authority-record").textContent();
  for (const text of [record.email, record.phone, "Belgium", "French", record.time_zone, record.urgent_procedure, record.required_documents[0]]) {
    assert.ok(details.includes(text), `record page lacks ${text}`);
  }
  const now = await page.getByTestId("authority-now").textContent();
  assert.match(now, openNow(record) ? /— within office hours/ : /— outside office hours/);

  await page.getByRole("button", { name: "Copy E-mail" }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), record.email);

  // The draft is addressed to Spain already: asked before replacing.
  assert.equal(await page.getByLabel("Request", { exact: true }).inputValue(), "fixture-complete");
  await page.getByRole("button", { name: "Address the request to this authority" }).click();
  await page.getByText("This request is addressed to “Central Authority for Mutual Legal Assistance (sample)”").waitFor();
  await page.getByRole("button", { name: "Replace the addressee" }).click();
  await page.waitForURL(/\/drafts\/fixture-complete\/requested$/);
  await page.locator("#f-requested-authority_name").waitFor();
  // The State field names the State; the draft stores its code.
  assert.equal(await page.locator("#f-requested-state").inputValue(), "Belgium");
  assert.equal(await page.locator("#f-requested-authority_name").inputValue(), record.name);
  await page.waitForFunction(() => document.querySelector("[data-testid=save-status]")?.textContent === "All changes saved on this device");
  const stored = (await storedRecords(page, "drafts")).map((r) => JSON.parse(r.body)).find((d) => d.id === "fixture-complete");
  assert.equal(stored.requested.state, "BE");
  assert.match(await page.getByTestId("addressee-languages").textContent(), /^French$/);

  // The request is in Spanish: the check now says Belgium wants French.
  await page.goto(`${app.server.url}/drafts/fixture-complete/check`);
  await page.getByText("The requested State accepts requests only in: French").first().waitFor();
  await page.getByText("The requested authority requires:").first().waitFor();

  // Legal basis: France and Belgium share the 1959 Convention (regional,
  // listed before the UN conventions); UNTOC is in the draft already.
  await page.goto(`${app.server.url}/drafts/fixture-complete/legal_basis`);
  const finder = page.getByTestId("legal-basis-finder");
  await finder.locator("li").first().waitFor();
  const items = await finder.locator("li").allTextContents();
  assert.match(items[0], /European Convention on Mutual Assistance in Criminal Matters/);
  assert.ok(items.some((t) => t.includes("United Nations Convention against Transnational Organized Crime") && t.includes("In the legal basis")));
  await finder.getByRole("button", { name: /^Use European Convention on Mutual Assistance/ }).click();
  await finder.getByRole("button", { name: "In the legal basis" }).first().waitFor();
  const titles = await page.locator("input[id^=f-legal_basis-instruments-][id$=-title]").evaluateAll((els) => els.map((e) => e.value));
  assert.ok(titles.includes("European Convention on Mutual Assistance in Criminal Matters (ETS No. 30)"), titles.join(" | "));
  await page.waitForTimeout(600); // autosave
  await page.reload();
  await page.locator("input[id^=f-legal_basis-instruments-][id$=-title]").first().waitFor();
  const after = await page.locator("input[id^=f-legal_basis-instruments-][id$=-title]").evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(after, titles);

  // No shared instrument: the finder says so and offers reciprocity.
  await page.goto(`${app.server.url}/drafts/fixture-complete/requested`);
  await page.locator("#f-requested-state").fill("VA");
  await page.getByText("All changes saved on this device").first().waitFor();
  await page.goto(`${app.server.url}/drafts/fixture-complete/legal_basis`);
  await page.getByTestId("finder-none").waitFor();
  assert.match(await page.getByTestId("finder-none").textContent(), /No instrument .* between France and Vatican City/);
  await page.getByRole("button", { name: "Rely on reciprocity", exact: true }).click();
  assert.ok(await page.locator("#f-legal_basis-reciprocity").isChecked());
  assert.deepEqual(problems, []);
  await context.close();
});
