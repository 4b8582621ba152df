// What most specs share: a browser and the built app on a local server for
// the whole file, and a look at what the app stored in IndexedDB.
import { before, after } from "node:test";
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
