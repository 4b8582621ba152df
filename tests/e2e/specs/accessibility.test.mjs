// Every screen, in English and in Arabic, checked with axe-core against
// WCAG 2.0/2.1/2.2 A and AA, including the wizard's check step with its
// error summary and the inline errors it turns on.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { newPage, DIST } from "../lib/browser.mjs";
import { useApp } from "../lib/app.mjs";

const FIXTURE = path.resolve(DIST, "../crates/mla-core/tests/fixtures/v1-draft.json");
const STEPS = ["requesting", "requested", "legal_basis", "proceedings", "offences", "facts", "persons", "measures", "conditions", "annexes", "signature", "check", "document"];
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const app = useApp();

const DIR = { en: "ltr", ar: "rtl" };

async function audit(page, where) {
  await page.locator("h1").waitFor();
  // The run audits the language it names: the page is in it, in its direction.
  const lang = where.split(" ")[0];
  const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
  assert.deepEqual(html, [lang, DIR[lang]], `${where}: the page is not in ${lang}`);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  assert.deepEqual(summary, [], `${where}: accessibility violations`);
}

for (const lang of ["en", "ar"]) {
  test(`every screen meets WCAG 2.2 AA (${lang})`, async () => {
    const { context, page } = await newPage(app.browser, { locale: lang });
    try {
      for (const route of ["/", "/settings", "/directory", "/directory/be-mla", "/no-such-page"]) {
        await page.goto(app.server.url + route);
        if (route === "/") {
          // Arabic text on screen, not only the attributes.
          await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, lang === "ar" ? "المسودات" : "Drafts");
        }
        // Screens showing reference data are audited once it is loaded.
        if (route.startsWith("/directory")) await page.getByTestId("reference-origin").first().waitFor();
        await audit(page, `${lang} ${route}`);
      }
      // Settings with the sign-in fields and a sync error showing.
      await page.goto(app.server.url + "/settings");
      await page.locator("#endpoint-url").fill("ftp://nowhere");
      await page.locator("#auth-basic").check();
      await page.locator("[data-testid=sync]").click();
      await page.locator("[data-testid=sync-status] [role=alert]").waitFor();
      await audit(page, `${lang} settings with a sync error`);
      // A draft with content in every list, imported like a user would.
      await page.goto(app.server.url + "/");
      await page.locator("#import-file").setInputFiles(FIXTURE);
      await page.locator(".drafts").waitFor();
      await audit(page, `${lang} drafts list with a draft`);
      const href = await page.locator(".drafts th a").first().getAttribute("href");
      for (const step of STEPS) {
        await page.goto(`${app.server.url}${href}/${step}`);
        await page.waitForFunction(() => document.querySelector(".wizard"));
        await audit(page, `${lang} wizard step ${step}`);
      }
      // After the check step, fields show their errors inline.
      await page.goto(`${app.server.url}${href}/measures`);
      await page.locator(".wizard").waitFor();
      await page.locator("a[href$='/check']").first().click();
      await page.locator(".error-summary").waitFor();
      await page.locator(".error-summary a").first().click();
      await page.locator(".field--error").first().waitFor();
      await audit(page, `${lang} a step with inline errors`);

      // Profiles: the passphrase forms with their errors, the lock warning,
      // and the chooser with a wrong passphrase.
      await page.goto(app.server.url + "/settings");
      await page.locator("#set-passphrase").fill("short");
      await page.locator("#set-passphrase").press("Enter");
      await page.locator("#set-passphrase-error").waitFor();
      await audit(page, `${lang} settings with passphrase errors`);
      await page.locator("#set-name").fill("Audit");
      await page.locator("#set-passphrase").fill("audit passphrase long");
      await page.locator("#set-confirm").fill("audit passphrase long");
      await page.locator("#set-confirm").press("Enter");
      await page.locator("#change-old").waitFor();
      await audit(page, `${lang} settings of a protected profile`);
      await page.locator("[data-testid=lock]").click();
      await page.locator("#unlock-passphrase").fill("not it at all");
      await page.locator("#unlock-passphrase").press("Enter");
      await page.locator("#unlock-passphrase-error").waitFor();
      await audit(page, `${lang} profile chooser with a wrong passphrase`);
    } finally {
      await context.close();
    }
  });
}
