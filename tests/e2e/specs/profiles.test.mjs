// Profiles on a shared browser: each sees only its own drafts, nothing
// typed is readable in storage, locking (by hand, when idle, when hidden)
// loses nothing, and the encrypted backup round trip.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { newPage } from "../lib/browser.mjs";
import { useApp, importFixture, FIXTURE, everythingStored } from "../lib/app.mjs";

const AMINA = "amber lantern river 42";
const BORIS = "boris quiet harbour 7";
const app = useApp();

async function setPassphrase(page, name, passphrase) {
  await page.getByRole("link", { name: "Settings" }).click();
  const form = page.getByRole("region", { name: "Profile and lock" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("New passphrase").fill(passphrase);
  await form.getByLabel("Type the passphrase again").fill(passphrase);
  await form.getByRole("button", { name: "Set the passphrase and encrypt the drafts" }).click();
  await page.getByText("The profile is now protected and its drafts are encrypted.").waitFor();
}

async function tryUnlock(page, name, passphrase) {
  await page.getByRole("heading", { name: "Choose your profile" }).waitFor();
  await page.getByLabel(name, { exact: true }).check();
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
}

/** Unlocks and waits until the profile is open (the KDF takes a moment). */
async function unlock(page, name, passphrase) {
  await tryUnlock(page, name, passphrase);
  await page.getByRole("heading", { name: "Choose your profile" }).waitFor({ state: "detached" });
}

test("two profiles each see only their own drafts, and storage holds none of the text", async () => {
  const { context, page, problems } = await newPage(app.browser);
  await page.goto(app.server.url);
  await page.getByLabel("Language").selectOption("en");
  // Drafts made before any profile existed belong to the default profile.
  await page.getByLabel("Import a draft (JSON file)").setInputFiles(FIXTURE);
  await page.getByText("Operation Lantern").first().waitFor();
  assert.ok((await everythingStored(page)).includes("Operation Lantern"), "the fixture is stored plain at first");

  // Amina protects the default profile: the existing draft is encrypted in place.
  await setPassphrase(page, "Amina", AMINA);
  let stored = await everythingStored(page);
  assert.ok(!stored.includes("Operation Lantern") && !stored.includes("Lantern"), "plaintext left after encrypting");
  assert.ok(stored.includes('\\"ct\\"'), "records are envelopes");

  // Boris gets his own profile and writes a draft in it.
  const addForm = page.getByRole("region", { name: "Add a profile" });
  await addForm.getByLabel("Name").fill("Boris");
  await addForm.getByLabel("New passphrase").fill(BORIS);
  await addForm.getByLabel("Type the passphrase again").fill(BORIS);
  await addForm.getByRole("button", { name: "Create the profile" }).click();
  await page.getByText("Profile in use: Boris").waitFor();
  await page.getByRole("link", { name: "Drafts" }).first().click();
  await page.getByRole("heading", { name: "Drafts" }).waitFor();
  // Counted once the list has loaded: Boris's new profile has no drafts.
  await page.getByText("You have no drafts yet").waitFor();
  assert.equal(await page.getByText("Operation Lantern").count(), 0, "Boris sees Amina's draft");
  await page.getByRole("link", { name: "New request" }).first().click();
  await page.getByLabel("Title of this draft (for your own list)").fill("Boris confidential matter");
  await page.getByText("All changes saved on this device").first().waitFor();

  stored = await everythingStored(page);
  for (const secret of ["Boris confidential matter", "Operation Lantern", AMINA, BORIS]) {
    assert.ok(!stored.includes(secret), `"${secret}" is readable in storage`);
  }
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort());
  assert.equal(names.length, 2, `one database per profile: ${names}`);

  // A second tab asks for the passphrase itself, and "Lock" in one tab
  // locks the profile in the other too.
  const second = await context.newPage();
  await second.goto(app.server.url);
  await unlock(second, "Boris", BORIS);
  await second.getByText("Boris confidential matter").first().waitFor();

  // Lock: the chooser, and nothing of Boris's draft on screen.
  await page.getByTestId("lock").click();
  await second.getByRole("heading", { name: "Choose your profile" }).waitFor();
  assert.equal(await second.getByText("Boris confidential matter").count(), 0);
  await second.close();
  await page.getByRole("heading", { name: "Choose your profile" }).waitFor();
  assert.equal(await page.getByText("Boris confidential matter").count(), 0);
  await page.getByText("The profile is locked. Your work was saved.").waitFor();

  // A wrong passphrase is refused with a clear message, and nothing opens.
  await tryUnlock(page, "Amina", "amber lantern river 43");
  await page.getByRole("alert").getByText("The passphrase is not correct").waitFor();
  assert.equal(await page.getByLabel("Passphrase", { exact: true }).getAttribute("aria-invalid"), "true");
  await page.getByLabel("Passphrase", { exact: true }).fill(AMINA);
  await page.getByRole("button", { name: "Unlock" }).click();
  await page.getByText("Operation Lantern").first().waitFor();
  assert.equal(await page.getByText("Boris confidential matter").count(), 0, "Amina sees Boris's draft");

  // After a reload the chooser comes first; Boris finds his draft intact.
  await page.reload();
  await unlock(page, "Boris", BORIS);
  await page.getByText("Boris confidential matter").first().waitFor();
  assert.equal(await page.getByText("Operation Lantern").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("auto-lock warns, can be put off, locks when idle or hidden, and loses nothing", async () => {
  const { context, page, problems } = await newPage(app.browser);
  await page.clock.install();
  await page.goto(app.server.url);
  await page.getByLabel("Language").selectOption("en");
  await setPassphrase(page, "Chidi", "chidi long winding road");

  await page.getByRole("link", { name: "New request" }).first().click();
  const title = page.getByLabel("Title of this draft (for your own list)");
  await title.fill("Typed just before the lock");
  const url = page.url();

  // Nine and a half idle minutes: the warning, with the focus on its button.
  await page.clock.fastForward("09:30");
  const dialog = page.getByRole("alertdialog", { name: "This profile will lock soon" });
  await dialog.waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent?.includes("Stay unlocked"));
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "hidden" });

  // Put off: another nine minutes do not lock; ten and a bit do.
  await page.clock.fastForward("09:00");
  assert.equal(await page.getByRole("heading", { name: "Choose your profile" }).count(), 0);
  await title.fill("Typed just before the lock, edited");
  await page.clock.fastForward("10:01");
  await page.getByText("The profile was locked after a period without activity. Your work was saved.").waitFor();
  assert.equal(await page.getByLabel("Title of this draft (for your own list)").count(), 0, "the draft is still on screen");

  // Unlocking returns to the same screen, the draft read back from storage.
  await unlock(page, "Chidi", "chidi long winding road");
  await page.getByLabel("Title of this draft (for your own list)").waitFor();
  assert.equal(page.url(), url);
  assert.equal(await page.getByLabel("Title of this draft (for your own list)").inputValue(), "Typed just before the lock, edited");
  assert.ok(await page.getByLabel("Title of this draft (for your own list)").isEditable(), "the draft came back read-only");

  // A shorter idle time from Settings.
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Lock after this time without activity").selectOption("5");
  await page.clock.fastForward("05:01");
  await page.getByText("The profile was locked after a period without activity.").waitFor();

  // Hidden for five minutes locks, even while the user is "active" elsewhere.
  await unlock(page, "Chidi", "chidi long winding road");
  await page.getByRole("link", { name: "Settings" }).click();
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { get: () => "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  });
  await page.clock.fastForward("01:00");
  await page.mouse.move(10, 10);
  await page.clock.fastForward("04:01");
  await page.getByText("The profile was locked because the app was hidden for 5 minutes.").waitFor();
  await page.evaluate(() => {
    delete document.visibilityState;
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  });

  // A new passphrase: the old one must be right; then only the new one opens.
  await unlock(page, "Chidi", "chidi long winding road");
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Current passphrase").fill("not the passphrase");
  await page.locator("#change-passphrase").fill("chidi second phrase here");
  await page.locator("#change-confirm").fill("chidi second phrase here");
  await page.getByRole("button", { name: "Change the passphrase" }).click();
  await page.locator("#change-old-error").getByText("The passphrase is not correct").waitFor();
  await page.getByLabel("Current passphrase").fill("chidi long winding road");
  await page.getByRole("button", { name: "Change the passphrase" }).click();
  await page.getByText("The passphrase has been changed.").waitFor();
  await page.getByTestId("lock").click();
  await tryUnlock(page, "Chidi", "chidi long winding road");
  await page.locator("#unlock-passphrase-error").waitFor();
  await unlock(page, "Chidi", "chidi second phrase here");
  await page.getByRole("link", { name: "Drafts" }).first().click();
  await page.getByText("Typed just before the lock, edited").waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("the encrypted backup: no readable text, a wrong passphrase refused, restored in another profile", async () => {
  const { context, page, problems } = await newPage(app.browser);
  await page.goto(app.server.url);
  await importFixture(page);

  const backup = page.getByTestId("backup");
  await backup.locator("summary").click();
  await backup.getByLabel("Passphrase for the backup file").fill("short");
  await backup.getByLabel("Type the passphrase again").fill("short");
  await backup.getByRole("button", { name: "Download encrypted backup" }).click();
  await page.getByRole("alert").getByText("The passphrase must be at least 8 characters long").first().waitFor();
  await backup.getByLabel("Passphrase for the backup file").fill("backup phrase 2026");
  await backup.getByLabel("Type the passphrase again").fill("backup phrase 2026");
  const download = page.waitForEvent("download");
  await backup.getByRole("button", { name: "Download encrypted backup" }).click();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mla-enc-")), "backup.json");
  await (await download).saveAs(file);
  const text = fs.readFileSync(file, "utf8");
  const outer = JSON.parse(text);
  assert.equal(outer.format, "mla-request-writer-backup-encrypted");
  assert.equal(outer.kdf.iterations, 600000);
  assert.ok(!text.includes("Lantern"), "the backup file holds readable text");

  // Into a new profile: wrong passphrase first (nothing imported), then right.
  await page.getByRole("link", { name: "Settings" }).click();
  const addForm = page.getByRole("region", { name: "Add a profile" });
  await addForm.getByLabel("Name").fill("Dana");
  await addForm.getByLabel("New passphrase").fill("dana restores everything");
  await addForm.getByLabel("Type the passphrase again").fill("dana restores everything");
  await addForm.getByRole("button", { name: "Create the profile" }).click();
  await page.getByText("Profile in use: Dana").waitFor();
  await page.getByRole("link", { name: "Drafts" }).first().click();
  await page.getByLabel("Import a draft (JSON file)").setInputFiles(file);
  await page.getByLabel("Passphrase of the backup file").fill("wrong phrase entirely");
  await page.getByRole("button", { name: "Restore the backup" }).click();
  await page.getByRole("alert").getByText("The backup could not be opened").first().waitFor();
  await page.getByText("You have no drafts yet").waitFor();
  assert.equal(await page.getByText("Operation Lantern").count(), 0);
  await page.getByLabel("Passphrase of the backup file").fill("backup phrase 2026");
  await page.getByRole("button", { name: "Restore the backup" }).click();
  await page.getByText("Backup imported. New drafts: 1.").waitFor();
  await page.getByText("Operation Lantern").first().waitFor();
  // Restored into Dana's profile: encrypted there like everything she has.
  const dbs = JSON.parse(await everythingStored(page)).databases;
  const dana = Object.keys(dbs).filter((name) => name.includes(".profile."));
  assert.equal(dana.length, 1);
  const danaDrafts = JSON.stringify(dbs[dana[0]].drafts);
  assert.equal(JSON.parse(danaDrafts).length, 1);
  assert.ok(!danaDrafts.includes("Lantern"), "restored draft stored readable");

  // Dana deletes her profile: asked first, then gone with its database,
  // even while a second tab has it open (that tab is closed out of it).
  const second = await context.newPage();
  await second.goto(app.server.url);
  await unlock(second, "Dana", "dana restores everything");
  await second.getByText("Operation Lantern").first().waitFor();
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("button", { name: "Delete this profile" }).click();
  await page.getByText("Delete the profile “Dana” and all its drafts?").waitFor();
  await page.getByRole("button", { name: "Delete this profile" }).click();
  await page.getByRole("heading", { name: "Choose your profile" }).waitFor();
  // The chooser's list has loaded (the remaining profile is there) before
  // Dana's absence is counted.
  await page.getByRole("radio").first().waitFor();
  assert.equal(await page.getByLabel("Dana", { exact: true }).count(), 0);
  await page.waitForFunction(async () => !(await indexedDB.databases()).some((d) => d.name.includes(".profile.")));
  await second.getByRole("heading", { name: "Choose your profile" }).waitFor();
  await second.getByRole("radio").first().waitFor();
  assert.equal(await second.getByLabel("Dana", { exact: true }).count(), 0);
  await second.close();
  assert.deepEqual(problems, []);
  await context.close();
});
