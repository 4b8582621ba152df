// Every UI locale is complete: the same keys as English, the same
// placeholders in each message, and nothing left empty.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../locales");
const LANGS = ["ar", "bs", "cnr", "en", "es", "fa", "fr", "hr", "pt", "ru", "sr"];

function flatten(obj, prefix = "") {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === "object" && v !== null ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]
  );
}
const load = (lang) => Object.fromEntries(flatten(JSON.parse(fs.readFileSync(path.join(dir, `${lang}.json`), "utf8"))));
const placeholders = (s) => [...String(s).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

test("there is a locale file for each of the 11 languages and no other", () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.replace(".json", ""));
  assert.deepEqual(files.sort(), LANGS);
});

for (const lang of LANGS.filter((l) => l !== "en")) {
  test(`${lang}: every key, with the same placeholders, none empty`, () => {
    const en = load("en");
    const other = load(lang);
    assert.deepEqual(Object.keys(other).sort(), Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      assert.ok(String(other[key]).trim() !== "", `${lang}.${key} is empty`);
      assert.deepEqual(placeholders(other[key]), placeholders(value), `${lang}.${key} placeholders`);
    }
  });
}

test("every completeness rule has a message in the catalogue and in the app's dispatcher", () => {
  const root = path.resolve(dir, "..");
  // The request's own rules, and each kind's in its module.
  const kinds = path.join(root, "crates/mla-core/src/kinds/measures");
  const sources = [path.join(root, "crates/mla-core/src/rules.rs"), ...fs.readdirSync(kinds).map((f) => path.join(kinds, f))];
  const rules = sources.flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/id: "([a-z_]+)"/g)].map((m) => m[1]));
  assert.ok(rules.length > 50, `found only ${rules.length} rules`);
  const en = load("en");
  const dispatcher = fs.readFileSync(path.join(root, "src/texts/findings.rs"), "utf8");
  for (const rule of rules) {
    assert.ok(en[`finding_${rule}`], `locales/en.json has no finding_${rule}`);
    assert.ok(dispatcher.includes(`"${rule}" =>`), `src/texts/findings.rs has no arm for ${rule}`);
  }
});
