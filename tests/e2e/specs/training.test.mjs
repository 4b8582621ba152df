// Training mode: drafts in memory only, exercises loaded into it, nothing
// on the disk, nothing left when the tab closes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, waitForServiceWorker } from "../lib/browser.mjs";
import { useApp, everythingStored } from "../lib/app.mjs";

const app = useApp();

test("training mode keeps drafts in memory only and loses them with the tab", async () => {
  const { context, page, problems } = await newPage(app.browser);
  await page.goto(`${app.server.url}/settings`);
  await waitForServiceWorker(page); // so the caches exist to be searched
  await page.getByRole("button", { name: "Start training mode" }).click();
  await page.getByTestId("training-banner").waitFor();
  await page.waitForURL(`${app.server.url}/`);

  // Five exercises, each with a task; load one and work on it.
  const exercises = page.getByRole("region", { name: "Training exercises" });
  assert.equal(await exercises.locator("li").count(), 5);
  await exercises.getByRole("button", { name: "Load Exercise 3: search and seizure" }).click();
  await page.getByRole("link", { name: "Exercise 3: search and seizure" }).click();
  // In-app navigation only: a reload would end training mode.
  await page.getByRole("link", { name: /Requesting authority/ }).click();
  await page.getByLabel("Title of this draft (for your own list)").fill("Trainee 7 working copy");
  await page.getByText("All changes saved on this device").first().waitFor();
  await page.getByRole("link", { name: "Drafts" }).first().click();
  await page.getByText("Trainee 7 working copy").waitFor();
  assert.ok(await page.getByTestId("training-banner").isVisible());

  // Nothing of it is stored: no database, localStorage or cache holds
  // the typed title or the exercise's text.
  const stored = JSON.parse(await everythingStored(page));
  assert.ok("mla-request-writer" in stored.databases, "the search did not reach the app's database");
  assert.ok(Object.keys(stored.caches).length > 0, "the search did not reach the caches");
  // The caches legitimately hold the shipped exercise files, so only the
  // trainee's own typing is searched for there.
  const { caches, ...rest } = stored;
  assert.ok(!JSON.stringify(caches).includes("Trainee 7"), "the trainee's text reached Cache Storage");
  for (const text of ["Trainee 7", "Valencia", "Exercise 3"]) {
    assert.ok(!JSON.stringify(rest).includes(text), `training data "${text}" reached IndexedDB or web storage`);
  }

  // A new tab (after this one closes) has no trace of it.
  await page.close();
  const fresh = await context.newPage();
  await fresh.goto(app.server.url);
  // The list has loaded (and is empty) before anything is counted.
  await fresh.getByText("You have no drafts yet").waitFor();
  assert.equal(await fresh.getByText("Trainee 7 working copy").count(), 0);
  assert.equal(await fresh.getByTestId("training-banner").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
