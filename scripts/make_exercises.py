#!/usr/bin/env python3
"""Writes the training exercises (public/exercises/*.json): five fictional
cases in the draft file format, built from the complete test fixture, some
complete and some deliberately incomplete. Their titles and task texts are
UI strings (exercise_<n>_title / _task in locales/), so trainees read them in
their language. Deterministic.
"""
import copy
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE = json.loads((ROOT / "crates/mla-core/tests/fixtures/complete.json").read_text())


def measure(mid, details, purpose, persons=("p1",)):
    return {"id": mid, "details": details, "purpose": purpose, "fact_ids": ["f1"],
            "person_ids": list(persons), "offence_ids": ["o1"]}


def witness(d, pid="p2"):
    w = copy.deepcopy(d["persons"][0])
    w.update({"id": pid, "role": "witness", "family_name": "WITNESS", "given_names": "Marie",
              "aliases": [], "id_documents": [], "birth_date": "1975-02-03"})
    d["persons"].append(w)


def exercise(n, title, change):
    d = copy.deepcopy(BASE)
    d["id"] = f"exercise-{n}"
    d["title"] = title
    d["requested"]["directory_id"] = ""
    d["current_step"] = "requesting"
    change(d)
    return d


def bank_records(d):
    pass  # The complete case: the task is to address it and check it.


def videoconference(d):
    witness(d)
    d["measures"] = [measure("m1", {"type": "videoconference", "person_id": "p2", "technical_contact": ""},
                             "", ("p2",))]
    d["measures"][0]["fact_ids"] = []  # Deliberately: no purpose, no link to the facts.
    d["procedures"] = {}  # Deliberately missing: who asks the questions, in what form.


def search_seizure(d):
    d["measures"] = [measure("m1", {"type": "search_seizure", "premises": "Calle Ficticia 10, Valencia",
                                    "items_sought": "Computers, phones, ledgers", "grounds": "",
                                    "order_annexed": False}, "")]


def preservation(d):
    d["language"] = "en"
    d["measures"] = [measure("m1", {"type": "preservation", "custodian": "Example Mail Ltd",
                                    "identifiers": "jean@example.invalid", "categories": {"content": True},
                                    "relation_to_offence": "Used to contact the victims",
                                    "why_needed": "The provider keeps messages for 90 days",
                                    "mla_to_follow": True},
                             "To keep the messages until a request for their production follows")]


def freezing(d):
    d["measures"] = [measure("m1", {"type": "freezing", "asset": "Account ES00 0000 0000 0000 0000 0000",
                                    "location": "Banco Ejemplo, Madrid", "estimated_value": "",
                                    "link_to_offence": "", "order_annexed": False},
                             "To secure the proceeds for later confiscation")]


EXERCISES = [
    ("bank-records", "Exercise 1: bank records (Ruritania fraud)", bank_records),
    ("videoconference", "Exercise 2: witness hearing by videoconference", videoconference),
    ("search-seizure", "Exercise 3: search and seizure in Valencia", search_seizure),
    ("preservation", "Exercise 4: preservation of stored e-mails", preservation),
    ("freezing", "Exercise 5: freezing of a bank account", freezing),
]

if __name__ == "__main__":
    out = ROOT / "public/exercises"
    out.mkdir(parents=True, exist_ok=True)
    for n, (name, title, change) in enumerate(EXERCISES, start=1):
        d = exercise(n, title, change)
        (out / f"{n}-{name}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
    print(f"{len(EXERCISES)} exercises written to {out}")
