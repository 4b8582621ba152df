// What most specs share: a browser and the built app on a local server for
// the whole file, and a look at what the app stored in IndexedDB.
import { before, after } from "node:test";
import path from "node:path";
import { launch, DIST } from "./browser.mjs";
import { serve, copyDist } from "./server.mjs";

/** Starts Chromium and serves a copy of dist before the file's tests. */
export function useApp() {
  const app = { browser: null, server: null };
  before(async () => {
    app.browser = await launch();
    app.server = await serve(copyDist(DIST));
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** The complete request every spec starts from ("Operation Lantern"). */
export const FIXTURE = path.resolve(DIST, "../crates/mla-core/tests/fixtures/complete.json");

/**
 * On the drafts list of an open page: English UI, then the fixture
 * imported as a user imports a file, and listed.
 */
export async function importFixture(page) {
  await page.getByLabel("Language").selectOption("en");
  await page.getByLabel("Import a draft (JSON file)").setInputFiles(FIXTURE);
  await page.getByText("Operation Lantern").first().waitFor();
}

/** Every record of one object store of the app's database, as stored. */
export async function storedRecords(page, store) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("mla-request-writer");
        open.onerror = () => reject(open.error);
        // Never create the database here: that is the app's job.
        open.onupgradeneeded = () => open.transaction.abort();
        open.onsuccess = () => {
          const all = open.result.transaction(name, "readonly").objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result);
            open.result.close();
          };
        };
      }),
    store
  );
}

/**
 * Everything the app's origin keeps, as one string: every record of every
 * store of every IndexedDB database, localStorage, sessionStorage, and
 * every Cache Storage entry (its URL, and its body when it is text). A
 * search in it for typed text must find nothing when that text is meant
 * to be encrypted or never stored.
 */
export async function everythingStored(page) {
  return page.evaluate(async () => {
    const out = { localStorage: { ...localStorage }, sessionStorage: { ...sessionStorage }, databases: {}, caches: {} };
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      const entries = {};
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const type = response.headers.get("Content-Type") || "";
        entries[request.url] = /text|json|javascript/.test(type) ? await response.text() : type;
      }
      out.caches[name] = entries;
    }
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => resolve(open.result);
      });
      const stores = {};
      for (const store of db.objectStoreNames) {
        stores[store] = await new Promise((resolve, reject) => {
          const all = db.transaction(store, "readonly").objectStore(store).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => resolve(all.result);
        });
      }
      db.close();
      out.databases[name] = stores;
    }
    return JSON.stringify(out);
  });
}
