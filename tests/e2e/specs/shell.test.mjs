// The app shell: routes, language and direction, remembered choice, the
// service worker (offline and updates), and the Content-Security-Policy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, newPage, waitForServiceWorker, DIST } from "../lib/browser.mjs";
import { serve, copyDist } from "../lib/server.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function withApp(fn, options) {
  const server = await serve(copyDist(DIST));
  const { context, page, problems } = await newPage(browser, options);
  try {
    await fn({ server, page, context, problems });
  } finally {
    await context.close();
    await server.close();
  }
}

const h1 = (page) => page.locator("h1");

test("every area of the app is reachable from the navigation and has a heading", async () => {
  await withApp(async ({ server, page, problems }) => {
    await page.goto(server.url + "/");
    await assert.doesNotReject(h1(page).waitFor());
    assert.equal(await h1(page).textContent(), "Drafts");
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const [link, heading, title] of [
      // A new request is created at once and opens on its first step.
      ["New request", "Requesting authority", /^Requesting authority – MLA Request Writer$/],
      ["Directory", "Directory of competent authorities", /Directory/],
      ["Settings", "Settings", /Settings/],
      ["Drafts", "Drafts", /Drafts/],
    ]) {
      await nav.getByRole("link", { name: link, exact: true }).click();
      await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, heading);
      assert.match(await page.title(), title);
      // Focus moves to the new heading so screen readers announce it.
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H1");
    }
    await page.goto(server.url + "/no-such-page");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Page not found");
    assert.deepEqual(problems, []);
  });
});

test("switching to Arabic turns the page right-to-left, and the choice survives a reload", async () => {
  await withApp(async ({ server, page, problems }) => {
    await page.goto(server.url + "/");
    await h1(page).waitFor();
    assert.equal(await page.getAttribute("html", "dir"), "ltr");
    const select = page.getByLabel("Language");
    const values = await select.locator("option").evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(values.sort(), ["ar", "bs", "cnr", "en", "es", "fa", "fr", "hr", "pt", "ru", "sr"]);
    await select.selectOption("ar");
    await page.waitForFunction(() => document.documentElement.dir === "rtl");
    assert.equal(await page.getAttribute("html", "lang"), "ar");
    assert.equal(await h1(page).textContent(), "المسودات");
    // The layout really mirrors: the app name sits at the right edge.
    const box = await page.locator(".app-name").boundingBox();
    const width = page.viewportSize().width;
    assert.ok(box.x + box.width > width / 2, `app name should be on the right in RTL, at x=${box.x}`);

    await page.reload();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "المسودات");
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.equal(await page.getByRole("combobox").inputValue(), "ar");

    await page.getByRole("combobox").selectOption("sr");
    await page.waitForFunction(() => document.documentElement.lang === "sr");
    assert.equal(await page.getAttribute("html", "dir"), "ltr");
    assert.equal(await h1(page).textContent(), "Нацрти");
    assert.deepEqual(problems, []);
  });
});

test("a first visit follows the browser's languages", async () => {
  await withApp(
    async ({ server, page }) => {
      await page.goto(server.url + "/");
      await page.waitForFunction(() => document.documentElement.lang === "fa");
      assert.equal(await page.getAttribute("html", "dir"), "rtl");
      assert.equal(await h1(page).textContent(), "پیش‌نویس‌ها");
    },
    { locale: "fa-IR" }
  );
});

test("after the first load the app works with the network gone", async () => {
  await withApp(async ({ server, page, problems }) => {
    await page.goto(server.url + "/");
    await h1(page).waitFor();
    await waitForServiceWorker(page);
    await server.close();
    await page.reload();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Drafts");
    // Deep links work offline too, and so does client-side navigation.
    await page.goto(server.url + "/settings");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Settings");
    await page.getByRole("link", { name: "Directory", exact: true }).click();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Directory of competent authorities");
    assert.deepEqual(problems.filter((p) => !p.includes("net::ERR")), []);
  });
});

test("a new version waits for the user, then reloads into it", async () => {
  const dir = copyDist(DIST);
  const server = await serve(dir);
  const { context, page, problems } = await newPage(browser);
  try {
    await page.goto(server.url + "/");
    await h1(page).waitFor();
    await waitForServiceWorker(page);
    const before = await page.evaluate(() => caches.keys());
    // A marker on this page's window: a reload would wipe it.
    await page.evaluate(() => (window.__samePage = true));
    // Publish a "new version": any change to sw.js makes it a new worker.
    const sw = path.join(dir, "sw.js");
    fs.writeFileSync(sw, fs.readFileSync(sw, "utf8").replace(/const CACHE_VERSION = "([^"]+)"/, 'const CACHE_VERSION = "$1-next"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.getByText("A new version is available.");
    await banner.waitFor();
    // Nothing reloads by itself: the user decides. The new worker is
    // installed and waits; the old one still controls this same page.
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return reg.waiting?.state === "installed";
    });
    await page.waitForTimeout(500); // time for a wrongly automatic reload to start
    assert.equal(await page.evaluate(() => window.__samePage), true, "the page reloaded by itself");
    assert.ok(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null), "the new worker took over without the user");
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Reload" }).click()]);
    await h1(page).waitFor();
    assert.equal(await page.evaluate(() => window.__samePage), undefined, "Reload did not reload");
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.endsWith("-next")));
    const after = await page.evaluate(() => caches.keys());
    assert.ok(!after.includes(before[0]), `old cache ${before[0]} should be deleted, have ${after}`);
    assert.equal(await banner.count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test("settings show storage use on this device", async () => {
  await withApp(async ({ server, page }) => {
    await page.goto(server.url + "/settings");
    const usage = page.getByTestId("storage-usage");
    await page.waitForFunction(() => /used of/.test(document.querySelector("[data-testid=storage-usage]")?.textContent || ""));
    assert.match(await usage.textContent(), /used of .* available/);
  });
});
