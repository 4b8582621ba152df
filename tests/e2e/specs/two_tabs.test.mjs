// One editor per draft: a second tab shows a draft that is open elsewhere
// read-only, so two tabs never overwrite each other's edits.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { newPage, DIST } from "../lib/browser.mjs";
import { useApp } from "../lib/app.mjs";

const FIXTURE = path.resolve(DIST, "../crates/mla-core/tests/fixtures/complete.json");

const app = useApp();

const title = (page) => page.getByLabel("Title of this draft (for your own list)");

test("a draft open in one tab is read-only in another until that tab lets go", async () => {
  const { context, page: first, problems } = await newPage(app.browser);
  await first.goto(app.server.url);
  await first.getByLabel("Import a draft (JSON file)").setInputFiles(FIXTURE);
  await first.getByText("Operation Lantern").first().waitFor();
  const draft = `${app.server.url}/drafts/fixture-complete/requesting`;
  await first.goto(draft);
  await title(first).waitFor();

  const second = await context.newPage();
  await second.goto(draft);
  await second.getByTestId("read-only").waitFor();
  assert.ok(await title(second).isDisabled(), "the second tab can still edit");
  assert.match(await second.getByTestId("read-only").textContent(), /open in another tab or window/);

  // The first tab edits and saves as usual.
  await title(first).fill("Edited in the first tab");
  await first.getByText("All changes saved on this device").waitFor();
  assert.equal(await first.getByTestId("read-only").count(), 0);

  // Leaving the wizard and coming back in the same tab keeps it editable.
  await first.getByRole("link", { name: "Drafts" }).first().click();
  await first.getByText("Edited in the first tab").first().waitFor();
  await first.goto(draft);
  await title(first).waitFor();
  assert.ok(await title(first).isEnabled());
  assert.equal(await first.getByTestId("read-only").count(), 0);

  // Once the first tab is closed, the second can take over after a reload,
  // and sees the first tab's edit.
  await first.close();
  await second.reload();
  await title(second).waitFor();
  assert.ok(await title(second).isEnabled());
  assert.equal(await title(second).inputValue(), "Edited in the first tab");
  assert.equal(await second.getByTestId("read-only").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
