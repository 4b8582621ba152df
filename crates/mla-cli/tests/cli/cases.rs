//! `mla cases stats` on a generated register, in its three files: the
//! register file, a backup and an encrypted backup.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use mla_core::backup::to_backup_with_register;
use mla_core::cases::file::{to_file, Register};
use mla_core::cases::{Case, CaseKind, Direction, Event, EventKind, RefusalGround};
use mla_core::dates::Date;
use mla_core::vault::{backup_aad, seal_backup_file, KdfParams, ENCRYPTED_BACKUP_VERSION};

use super::{mla, FIXTURES};

const NOW: &str = "2026-12-01T10:00:00Z";
const PASS: &str = "correct horse battery staple";
const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"x\")";
/// Four States: two codes, a formula typed as a State, none.
const STATES: [&str; 4] = ["FR", "DE", FORMULA, ""];

/// What the generator made, for the expected figures.
struct Made {
    register: Register,
    /// Days sent → acknowledged and opened → executed.
    ack: Vec<i32>,
    exec: Vec<i32>,
    refused: usize,
    pending: usize,
}

/// 40 cases over 2024 and 2025: every fourth incoming, the States in turn
/// by pairs; outgoing even ones acknowledged, every fifth executed, the
/// one after it refused for want of dual criminality.
fn generated() -> Made {
    let mut made = Made {
        register: Register::default(),
        ack: Vec::new(),
        exec: Vec::new(),
        refused: 0,
        pending: 0,
    };
    for i in 0..40i32 {
        let direction = if i % 4 == 3 {
            Direction::Incoming
        } else {
            Direction::Outgoing
        };
        let year = if i < 20 { 2024 } else { 2025 };
        let opened = Date::new(year, 1 + (i % 12) as u32, 1 + (i % 28) as u32).unwrap();
        let id = format!("case-{i:02}");
        let mut case = Case::new(
            &id,
            &format!("{opened}T09:00:00Z"),
            direction,
            CaseKind::MutualAssistance,
        );
        case.our_reference = format!("REF-{i:02}");
        case.counterpart.state = STATES[(i as usize / 2) % 4].to_string();
        let mut n = 0;
        let mut event = |days: i32, kind: EventKind| {
            n += 1;
            let date = opened.plus_days(days);
            let mut e = Event::new(
                &format!("{id}-{n}"),
                &id,
                &format!("{date}T12:00:00Z"),
                date,
                "Officer",
                kind,
            );
            if kind == EventKind::Refused {
                e.ground = Some(RefusalGround::DualCriminality);
            }
            made.register.events.push(e);
        };
        let closed = match direction {
            Direction::Outgoing => {
                event(0, EventKind::Sent);
                if i % 2 == 0 {
                    event(10 + i, EventKind::Acknowledged);
                    made.ack.push(10 + i);
                }
                if i % 5 == 0 {
                    event(100 + i, EventKind::Executed);
                    made.exec.push(100 + i);
                    true
                } else if i % 5 == 1 {
                    event(60, EventKind::Refused);
                    made.refused += 1;
                    true
                } else {
                    false
                }
            }
            Direction::Incoming => {
                event(0, EventKind::Registered);
                false
            }
        };
        made.pending += usize::from(!closed);
        made.register.cases.push(case);
    }
    made
}

/// PERCENTILE.INC, computed here on its own.
fn percentile(values: &[i32], p: f64) -> f64 {
    let mut v = values.to_vec();
    v.sort_unstable();
    let h = (v.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(v.len() - 1);
    f64::from(v[lo]) + (h - lo as f64) * f64::from(v[hi] - v[lo])
}

fn one_decimal(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}

/// A fresh directory for one test's files.
fn dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mla-cases-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

/// `mla` with its environment and standard input under the test's control.
fn mla_with(args: &[&str], env: &[(&str, &str)], stdin: &str) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mla"));
    cmd.args(args)
        .env_remove("MLA_PASSPHRASE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Reads RFC 4180 records (quoted cells, doubled quotes, CRLF).
fn records(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => assert_eq!(chars.next(), Some('\n'), "CR without LF"),
            (false, '\n') => panic!("a bare LF line end"),
            (false, c) => cell.push(c),
        }
        if !quoted && c == '\r' {
            row.push(std::mem::take(&mut cell));
            rows.push(std::mem::take(&mut row));
        }
    }
    rows
}

/// The CSV output as tables: title → header and rows.
fn tables(out: &str) -> BTreeMap<String, Vec<Vec<String>>> {
    out.split("\r\n\r\n")
        .map(|block| {
            let mut rows = records(&format!("{}\r\n", block.trim_end_matches("\r\n")));
            let title = rows.remove(0);
            assert_eq!(title.len(), 1, "{title:?}");
            (title[0].clone(), rows)
        })
        .collect()
}

/// The figure of a row of a table.
fn figure(tables: &BTreeMap<String, Vec<Vec<String>>>, table: &str, label: &str) -> String {
    let rows = tables
        .get(table)
        .unwrap_or_else(|| panic!("no table {table}: {tables:?}"));
    rows.iter()
        .find(|r| r[0] == label)
        .unwrap_or_else(|| panic!("no row {label} in {table}: {rows:?}"))[1]
        .clone()
}

#[test]
fn statistics_of_a_register_file_as_csv() {
    let made = generated();
    let dir = dir("csv");
    let file = write(&dir, "register.json", &to_file(&made.register, NOW));
    let (code, out, err) = mla(&["cases", "stats", &file, "--csv"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("\r\n\r\n") && !out.replace("\r\n", "").contains('\n'),
        "CRLF only"
    );
    let t = tables(&out);
    assert_eq!(
        t.keys().collect::<Vec<_>>(),
        [
            "Cases by counterpart State",
            "Cases by direction",
            "Cases by kind of request",
            "Cases by status",
            "Cases by year opened",
            "Refusals by ground",
            "Summary",
            "Time taken (days)",
        ]
    );
    assert_eq!(t["Summary"][0], ["Figure", "Number"]);
    assert_eq!(figure(&t, "Summary", "Cases in total"), "40");
    assert_eq!(
        figure(&t, "Summary", "Pending (not closed)"),
        made.pending.to_string()
    );
    assert_eq!(figure(&t, "Summary", "Urgent"), "0");
    assert_eq!(figure(&t, "Cases by direction", "Outgoing"), "30");
    assert_eq!(figure(&t, "Cases by direction", "Incoming"), "10");
    assert_eq!(figure(&t, "Cases by year opened", "2024"), "20");
    assert_eq!(figure(&t, "Cases by year opened", "2025"), "20");
    assert_eq!(
        figure(&t, "Cases by kind of request", "Mutual legal assistance"),
        "40"
    );
    assert_eq!(
        figure(&t, "Cases by status", "Executed"),
        made.exec.len().to_string()
    );
    assert_eq!(figure(&t, "Cases by status", "Registered"), "10");
    assert_eq!(
        figure(&t, "Refusals by ground", "No dual criminality"),
        made.refused.to_string()
    );
    // States by name; the typed formula defused, the missing one named.
    assert_eq!(t["Cases by counterpart State"][0], ["State", "Cases"]);
    assert_eq!(figure(&t, "Cases by counterpart State", "France"), "10");
    assert_eq!(figure(&t, "Cases by counterpart State", "Germany"), "10");
    assert_eq!(
        figure(&t, "Cases by counterpart State", &format!("'{FORMULA}")),
        "10"
    );
    assert_eq!(
        figure(&t, "Cases by counterpart State", "(State not recorded)"),
        "10"
    );
    assert!(
        out.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",10\r\n"),
        "{out}"
    );
    assert!(
        !out.contains(",=HYPERLINK") && !out.contains("\r\n=HYPERLINK"),
        "{out}"
    );

    let durations = &t["Time taken (days)"];
    assert_eq!(
        durations[0],
        [
            "Interval",
            "Cases counted",
            "Median",
            "90th percentile",
            "Mean"
        ]
    );
    for (row, days) in [(&durations[1], &made.ack), (&durations[2], &made.exec)] {
        let mean = days.iter().sum::<i32>() as f64 / days.len() as f64;
        assert_eq!(
            row[1..],
            [
                days.len().to_string(),
                one_decimal(percentile(days, 0.5)),
                one_decimal(percentile(days, 0.9)),
                one_decimal(mean),
            ],
            "{row:?}"
        );
    }
    assert_eq!(durations[1][0], "Sent to acknowledged");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn statistics_as_aligned_text_in_the_language_asked_and_in_scope() {
    let made = generated();
    let dir = dir("text");
    let file = write(&dir, "register.json", &to_file(&made.register, NOW));
    let (code, out, err) = mla(&["cases", "stats", &file]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Case register statistics\n"), "{out}");
    let line = |out: &str, start: &str| -> String {
        out.lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("no line {start}: {out}"))
            .to_string()
    };
    let total = line(&out, "Cases in total");
    assert!(total.ends_with(" 40"), "{total}");
    // Figures line up on their right edge.
    let summary_width = line(&out, "Figure").chars().count();
    assert_eq!(total.chars().count(), summary_width, "{out}");
    assert_eq!(
        line(&out, "Pending").chars().count(),
        summary_width,
        "{out}"
    );
    assert!(line(&out, "Germany").ends_with(" 10"));
    assert!(
        line(&out, FORMULA).ends_with(" 10"),
        "text keeps the State as typed"
    );

    // Country names come from CLDR in the language asked for.
    let (code, fr, _) = mla(&["cases", "stats", &file, "--lang", "fr"]);
    assert_eq!(code, 0);
    assert!(line(&fr, "Allemagne").ends_with(" 10"), "{fr}");
    assert!(!fr.contains("Germany"));

    let (code, out, _) = mla(&["cases", "stats", &file, "--year", "2024", "--csv"]);
    assert_eq!(code, 0);
    assert_eq!(figure(&tables(&out), "Summary", "Cases in total"), "20");
    let (code, out, _) = mla(&["cases", "stats", &file, "--direction", "incoming"]);
    assert_eq!(code, 0);
    assert!(out.contains("Direction: Incoming\n"), "{out}");
    assert!(line(&out, "Cases in total").ends_with(" 10"), "{out}");
    let (code, out, _) = mla(&["cases", "stats", &file, "--year", "2023", "--csv"]);
    assert_eq!(code, 0);
    assert_eq!(figure(&tables(&out), "Summary", "Cases in total"), "0");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// An encrypted backup of the register, made as the app makes it (few
/// PBKDF2 iterations: the file says how many).
fn encrypted_backup(register: &Register, passphrase: &str) -> String {
    let kdf = KdfParams {
        iterations: 1000,
        ..KdfParams::pbkdf2(&[7u8; 16])
    };
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(
        passphrase.as_bytes(),
        &[7u8; 16],
        kdf.iterations,
        &mut key,
    );
    let iv = [3u8; 12];
    let plain = to_backup_with_register(&[], register, NOW);
    let ciphertext = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&key))
        .encrypt(
            Nonce::from_slice(&iv),
            Payload {
                msg: plain.as_bytes(),
                aad: &backup_aad(ENCRYPTED_BACKUP_VERSION),
            },
        )
        .unwrap();
    seal_backup_file(&kdf, &iv, &ciphertext, NOW)
}

#[test]
fn statistics_of_a_backup_and_of_an_encrypted_backup() {
    let made = generated();
    let dir = dir("backup");
    let plain = write(
        &dir,
        "backup.json",
        &to_backup_with_register(&[], &made.register, NOW),
    );
    let (code, out, err) = mla(&["cases", "stats", &plain, "--csv"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(figure(&tables(&out), "Summary", "Cases in total"), "40");

    let sealed = encrypted_backup(&made.register, PASS);
    assert!(!sealed.contains("REF-01"));
    let file = write(&dir, "encrypted.json", &sealed);
    let pass_file = write(&dir, "pass.txt", &format!("{PASS}\n"));
    let total = |out: &str| figure(&tables(out), "Summary", "Cases in total");

    let (code, out, err) = mla_with(
        &[
            "cases",
            "stats",
            &file,
            "--csv",
            "--passphrase-file",
            &pass_file,
        ],
        &[],
        "",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(total(&out), "40");
    let (code, out, err) = mla_with(
        &["cases", "stats", &file, "--csv"],
        &[("MLA_PASSPHRASE", PASS)],
        "",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(total(&out), "40");
    let (code, out, err) = mla_with(
        &["cases", "stats", &file, "--csv"],
        &[],
        &format!("{PASS}\r\n"),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(total(&out), "40");
    assert!(err.contains("Passphrase"), "asked for: {err}");

    // A wrong passphrase, from each source, exits 2 and says so.
    let wrong_file = write(&dir, "wrong.txt", "correct horse battery stapler\n");
    for (args, env, stdin) in [
        (vec!["--passphrase-file", wrong_file.as_str()], vec![], ""),
        (vec![], vec![("MLA_PASSPHRASE", "not it")], ""),
        (vec![], vec![], "not it either\n"),
    ] {
        let mut all = vec!["cases", "stats", file.as_str()];
        all.extend(args);
        let (code, out, err) = mla_with(&all, &env, stdin);
        assert_eq!(code, 2, "{out}");
        assert!(err.contains("wrong passphrase"), "{err}");
        assert!(out.is_empty());
    }
    let (code, _, err) = mla_with(&["cases", "stats", &file], &[], "");
    assert_eq!(code, 2);
    assert!(err.contains("passphrase"), "no passphrase at all: {err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn what_holds_no_register_exits_two_with_a_reason() {
    let dir = dir("bad");
    for (file, says) in [
        (
            format!("{FIXTURES}/v1-backup.json"),
            "without a case register",
        ),
        (
            format!("{FIXTURES}/complete.json"),
            "not a valid register file",
        ),
        ("/nonexistent/register.json".to_string(), "cannot read"),
        (
            write(&dir, "cut.json", "{\"format\":"),
            "not a valid register file",
        ),
    ] {
        let (code, out, err) = mla(&["cases", "stats", &file]);
        assert_eq!(code, 2, "{file}: {out}");
        assert!(err.contains(says), "{file}: {err}");
    }
    let mut broken: serde_json::Value =
        serde_json::from_str(&to_file(&generated().register, NOW)).unwrap();
    broken["cases"][3]["direction"] = "sideways".into();
    let file = write(&dir, "broken.json", &broken.to_string());
    let (code, _, err) = mla(&["cases", "stats", &file]);
    assert_eq!(code, 2);
    assert!(err.contains("cases[3].direction"), "{err}");
    for args in [
        vec!["cases"],
        vec!["cases", "list"],
        vec!["cases", "stats"],
        vec!["cases", "stats", &file, "--year", "24"],
        vec!["cases", "stats", &file, "--direction", "sideways"],
        vec!["cases", "stats", &file, "--lang", "xx"],
    ] {
        let (code, _, err) = mla(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains("usage: mla cases stats"), "{args:?}: {err}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
