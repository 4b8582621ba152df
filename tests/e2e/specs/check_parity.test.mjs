// The app and `mla check --data` give the same answer for the same draft
// and the same reference data: the same findings, at the same fields, with
// the same severity and the same English message. The draft is addressed
// to a directory record whose requirements change the findings (accepted
// languages, required documents, urgent procedure), so the directory's
// part in the check is compared too, not just the rules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { newPage, DIST } from "../lib/browser.mjs";
import { useApp, FIXTURE, storedRecords } from "../lib/app.mjs";

const ROOT = path.resolve(DIST, "..");
const DATA = path.join(ROOT, "public/data");
const app = useApp();

/** The fixture, addressed to a record with requirements, with gaps. */
function parityDraft() {
  const draft = JSON.parse(fs.readFileSync(FIXTURE, "utf8"));
  const directory = JSON.parse(fs.readFileSync(path.join(DATA, "directory.json"), "utf8"));
  const record = directory.authorities.find(
    (a) => a.required_documents.length > 0 && a.urgent_procedure && a.accepted_languages.length > 0 && !a.accepted_languages.includes("fr")
  );
  assert.ok(record, "the sample data has a record with requirements");
  draft.title = "Parity case";
  draft.requested.directory_id = record.id;
  draft.language = "fr"; // not accepted there
  draft.urgency.urgent = true;
  draft.urgency.reasons = "";
  draft.urgency.deadline = "next week";
  draft.persons[0].location = "";
  draft.persons[0].addresses = [];
  draft.measures[0].purpose = "";
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mla-parity-")), "parity.json");
  fs.writeFileSync(file, JSON.stringify(draft));
  return { file, record };
}

/** The DOM id of a field path, as `components::fields::field_id` makes it. */
const fieldId = (p) => "f-" + p.split(/[.[\]]/).filter(Boolean).join("-");

test("the check step and mla check --data report the same findings", async () => {
  const { file, record } = parityDraft();
  const run = spawnSync("cargo", ["run", "-q", "-p", "mla-cli", "--", "check", file, "--data", DATA, "--json"], { cwd: ROOT });
  assert.equal(run.status, 1, `mla check exits 1 on blocking findings: ${run.stderr}`);
  const cli = JSON.parse(run.stdout.toString());
  // One known difference, open in issue 12: the command line names the
  // accepted languages by tag (the core has no CLDR name table yet), the
  // app by the browser's names. Everything else must be equal.
  const languages = (line) => line.replace(/(accepts requests only in: ).*/, "$1<languages>");
  const expected = cli.map((f) => languages(`${f.severity} ${fieldId(f.path)} ${f.message}`)).sort();
  // The case exercises the directory: its requirements show in the findings.
  for (const rule of ["language_not_accepted", "authority_requirements", "urgent_procedure", "deadline_date", "measure_purpose"]) {
    assert.ok(cli.some((f) => f.rule === rule), `mla check reports ${rule}: ${JSON.stringify(cli.map((f) => f.rule))}`);
  }

  const { context, page, problems } = await newPage(app.browser);
  try {
    await page.goto(app.server.url + "/");
    await page.getByLabel("Language").selectOption("en");
    await page.getByLabel("Import a draft (JSON file)").setInputFiles(file);
    await page.getByText("Parity case").first().waitFor();
    const id = (await storedRecords(page, "drafts")).map((r) => JSON.parse(r.body)).find((d) => d.title === "Parity case").id;
    await page.goto(`${app.server.url}/drafts/${id}/check`);
    await page.locator("li.finding").first().waitFor();
    const shown = (
      await page.locator("li.finding").evaluateAll((items) =>
        items.map((li) => {
          const severity = [...li.classList].find((c) => c.startsWith("finding--")).slice("finding--".length);
          const link = li.querySelector("a");
          return `${severity} ${link.getAttribute("href").split("#")[1]} ${link.textContent}`;
        })
      )
    );
    // The app names the accepted languages in the UI language.
    const names = new Intl.DisplayNames(["en"], { type: "language" });
    const named = record.accepted_languages.map((tag) => names.of(tag)).join(", ");
    assert.ok(shown.some((l) => l.endsWith(`accepts requests only in: ${named}`)), `${named}: ${shown.join("\n")}`);
    assert.deepEqual(shown.map(languages).sort(), expected);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
