// Reference data against the real nginx recipe (deploy/nginx): sign-in,
// sync with ETags, refusal of broken files with the last good data kept,
// and offline use of the stored copy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, newPage, waitForServiceWorker, DIST } from "../lib/browser.mjs";
import { copyDist } from "../lib/server.mjs";
import { startNginx } from "../lib/nginx.mjs";
import { storedRecords } from "../lib/app.mjs";

const SAMPLE = path.resolve(DIST, "../public/data");
const USER = "trainer";
const PASSWORD = "correct horse battery staple";

let browser, nginx, dataRoot;

/** The "real" data set on the endpoint: the sample, renamed so we can tell. */
function publish({ name, dataDate }) {
  const dir = JSON.parse(fs.readFileSync(path.join(SAMPLE, "directory.json"), "utf8"));
  dir.sample = false;
  dir.data_date = dataDate;
  dir.authorities[0].name = name;
  fs.writeFileSync(path.join(dataRoot, "directory.json"), JSON.stringify(dir));
  const treaties = JSON.parse(fs.readFileSync(path.join(SAMPLE, "treaties.json"), "utf8"));
  treaties.sample = false;
  treaties.data_date = dataDate;
  fs.writeFileSync(path.join(dataRoot, "treaties.json"), JSON.stringify(treaties));
  return dir.authorities[0];
}

before(async () => {
  browser = await launch();
  dataRoot = fs.mkdtempSync(path.join(fs.realpathSync("/tmp"), "mla-data-"));
  publish({ name: "Endpoint Test Authority", dataDate: "2026-11-20" });
  nginx = await startNginx({ appRoot: copyDist(DIST), dataRoot, user: USER, password: PASSWORD });
});
after(async () => {
  await browser?.close();
  await nginx?.close();
});

const origin = (page) => page.getByTestId("reference-origin").first().textContent();

async function openSettings(page) {
  await page.goto(`${nginx.url}/settings`);
  await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  await page.getByTestId("reference-origin").first().waitFor();
}

async function signIn(page, password) {
  await page.getByLabel("Address of the data endpoint").fill(nginx.dataUrl);
  await page.getByLabel("User name and password").check();
  await page.getByLabel("User name", { exact: true }).fill(USER);
  await page.getByLabel("Password", { exact: true }).fill(password);
}

async function sync(page) {
  await page.getByRole("button", { name: "Sync reference data" }).click();
  const status = page.getByTestId("sync-status");
  await status.locator(".notice").waitFor();
  return status.textContent();
}

const metaRecords = (page) => storedRecords(page, "meta");

test("wrong credentials are refused plainly and the sample data stays in use", async () => {
  const { context, page, problems } = await newPage(browser);
  await openSettings(page);
  assert.match(await origin(page), /Bundled sample data/);
  await signIn(page, "wrong password");
  const text = await sync(page);
  assert.match(text, /refused the user name, password or token/);
  assert.match(text, /has not changed/);
  assert.match(await origin(page), /Bundled sample data/);
  assert.ok(await page.getByTestId("sample-badge").first().isVisible());
  assert.deepEqual(
    problems.filter((p) => !p.includes("401")),
    []
  );
  await context.close();
});

test("a sync with the right credentials, then ETags, a changed file, a broken file and offline use", async () => {
  const { context, page, problems } = await newPage(browser);
  await openSettings(page);
  await waitForServiceWorker(page);
  await signIn(page, PASSWORD);
  assert.match(await sync(page), /was updated/);
  assert.match(await origin(page), /November 20, 2026 from http:\/\/127\.0\.0\.1:\d+\/reference\//);
  assert.equal(await page.getByTestId("sample-badge").count(), 0);

  // Stored with its ETags, in one record; the password was not stored.
  let meta = await metaRecords(page);
  const cached = JSON.parse(meta.find((r) => r.id === "reference").body);
  assert.ok(cached.directory_etag && cached.treaties_etag);
  assert.ok(cached.directory.includes("Endpoint Test Authority"));
  assert.equal(meta.find((r) => r.id === "endpoint_credentials"), undefined);
  const everything = JSON.stringify(meta) + (await page.evaluate(() => JSON.stringify(localStorage)));
  assert.ok(!everything.includes(PASSWORD), "the password was written to storage");

  // Unchanged files: 304 for both, nothing downloaded again.
  assert.match(await sync(page), /is up to date/);
  const log = nginx.accessLog();
  assert.match(log, /GET \/reference\/directory\.json HTTP\/1\.1" 304/);
  assert.match(log, /GET \/reference\/treaties\.json HTTP\/1\.1" 304/);

  // A changed file is picked up.
  const first = publish({ name: "Renamed Test Authority", dataDate: "2026-11-25" });
  assert.match(await sync(page), /was updated/);
  assert.match(await origin(page), /November 25, 2026/);
  await page.goto(`${nginx.url}/directory/${first.id}`);
  await page.getByRole("heading", { level: 1, name: "Renamed Test Authority" }).waitFor();

  // A malformed file is refused, saying where, and the old data stays.
  const broken = JSON.parse(fs.readFileSync(path.join(dataRoot, "directory.json"), "utf8"));
  broken.authorities[3].time_zone = "Mars/Olympus";
  broken.authorities[0].name = "Broken Test Authority";
  fs.writeFileSync(path.join(dataRoot, "directory.json"), JSON.stringify(broken));
  await openSettings(page);
  await signIn(page, PASSWORD);
  const refused = await sync(page);
  assert.match(refused, /refused: problems found: 1/);
  assert.ok(
    refused.includes(`directory.json, record “${broken.authorities[3].id}”, field authorities[3].time_zone: Mars/Olympus is not a time zone`),
    refused
  );
  assert.match(refused, /has not changed/);
  assert.match(await origin(page), /November 25, 2026/);
  fs.writeFileSync(path.join(dataRoot, "treaties.json"), "{ this is not json");
  assert.match(await sync(page), /treaties\.json: not a JSON file \(the error is at line 1, column 3\)/);
  meta = await metaRecords(page);
  assert.ok(JSON.parse(meta.find((r) => r.id === "reference").body).directory.includes("Renamed Test Authority"));

  // Offline: the server is gone; the app and the stored copy still work.
  await nginx.close();
  await context.setOffline(true);
  await page.reload();
  await page.getByTestId("reference-origin").first().waitFor();
  assert.match(await origin(page), /November 25, 2026/);
  await page.goto(`${nginx.url}/directory/${first.id}`).catch(() => {});
  await page.getByRole("heading", { level: 1, name: "Renamed Test Authority" }).waitFor();
  await page.goto(`${nginx.url}/settings`).catch(() => {});
  await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  await page.getByLabel("Address of the data endpoint").waitFor();
  assert.match(await sync(page), /You are offline\. The stored reference data stays in use/);
  assert.deepEqual(
    problems.filter((p) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|net::/.test(p)),
    []
  );
  await context.close();
});
