// "Erase this computer" after a backup, and the backup brought back.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { newPage, waitForServiceWorker } from "../lib/browser.mjs";
import { useApp, importFixture } from "../lib/app.mjs";

const app = useApp();
const PHRASE = "erase day backup phrase";

/** What the app left in this browser: databases, caches, settings, workers. */
const leftovers = (page) =>
  page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    localStorage: localStorage.length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));

test("erase leaves nothing of the app; the backup taken first brings the drafts back", async () => {
  const { context, page, problems } = await newPage(app.browser);
  await page.goto(app.server.url);
  await waitForServiceWorker(page);
  await importFixture(page);

  // Settings: back up first, then the typed confirmation.
  await page.goto(`${app.server.url}/settings`);
  const form = page.getByTestId("backup");
  await form.locator("summary").click();
  await form.getByLabel("Passphrase for the backup file").fill(PHRASE);
  await form.getByLabel("Type the passphrase again").fill(PHRASE);
  const download = page.waitForEvent("download");
  await form.getByRole("button", { name: "Download encrypted backup" }).click();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mla-backup-")), "backup.json");
  await (await download).saveAs(file);
  const backup = JSON.parse(fs.readFileSync(file, "utf8"));
  assert.equal(backup.format, "mla-request-writer-backup-encrypted");

  let before = await leftovers(page);
  assert.ok(before.databases.includes("mla-request-writer") && before.caches.length > 0 && before.localStorage > 0 && before.workers > 0, JSON.stringify(before));
  const erase = page.getByRole("button", { name: "Erase everything" });
  const confirm = page.getByLabel("To confirm, type ERASE");
  await confirm.fill("ERAS");
  assert.ok(await erase.isDisabled());
  await confirm.fill("ERASE");
  await erase.click();
  await page.getByTestId("erase-done").waitFor();
  assert.deepEqual(await leftovers(page), { databases: [], caches: [], localStorage: 0, workers: 0 });

  // A fresh start, then the backup restores the draft; again, nothing doubles.
  await page.goto(app.server.url);
  await page.getByText("You have no drafts yet").first().waitFor();
  const restore = async () => {
    await page.getByLabel("Import a draft (JSON file)").setInputFiles(file);
    await page.getByLabel("Passphrase of the backup file").fill(PHRASE);
    await page.getByRole("button", { name: "Restore the backup" }).click();
  };
  await restore();
  await page.getByText("Backup imported. New drafts: 1.").waitFor();
  await page.getByText("Operation Lantern").first().waitFor();
  await restore();
  await page.getByText("Already here: 1.").waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
