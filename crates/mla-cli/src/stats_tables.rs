//! The register's statistics as tables with translated labels, printed as
//! aligned text or as CSV (`stats::csv`, formula injection escaped).

use mla_core::cases::stats::{csv, csv_cell, days_text, Durations, Label, Statistics};
use mla_core::languages::Lang;
use mla_core::reference::countries::country_name;

use crate::messages::Catalogue;

/// One table: its title, column headers and rows of text. The first
/// column is a label, the others figures.
pub struct Table {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Labels and headers in one language.
struct Words<'a> {
    catalogue: &'a Catalogue,
    lang: Lang,
}

impl Words<'_> {
    /// The message under `key`, or `fallback` if the locale lacks it.
    fn text(&self, key: &str, fallback: &str) -> String {
        self.catalogue
            .get(key, [])
            .unwrap_or_else(|| fallback.to_string())
    }

    /// A row label: an enum's name from the locale, a State's name in the
    /// language (the stored text when it is not a known code).
    fn label(&self, label: &Label) -> String {
        match label {
            Label::Status(s) => self.text(&format!("case_status_{}", s.name()), s.name()),
            Label::Kind(k) => self.text(&format!("case_kind_{}", k.name()), k.name()),
            Label::Direction(d) => self.text(&format!("case_direction_{}", d.name()), d.name()),
            Label::Ground(g) => self.text(&format!("refusal_ground_{}", g.name()), g.name()),
            Label::NoGround => self.text("stats_ground_none", "(none)"),
            Label::Year(y) => y.to_string(),
            Label::State(s) if s.trim().is_empty() => self.text("stats_state_none", "(none)"),
            Label::State(s) => country_name(s.trim(), self.lang)
                .map(str::to_string)
                .unwrap_or_else(|| s.clone()),
        }
    }

    fn counts(&self, title: &str, column: &str, rows: &[(Label, usize)]) -> Table {
        Table {
            title: self.text(title, title),
            header: vec![
                self.text(column, column),
                self.text("stats_col_cases", "Cases"),
            ],
            rows: rows
                .iter()
                .map(|(label, n)| vec![self.label(label), n.to_string()])
                .collect(),
        }
    }

    fn durations(&self, key: &str, d: &Durations) -> Vec<String> {
        vec![
            self.text(key, key),
            d.count.to_string(),
            days_text(d.median),
            days_text(d.p90),
            days_text(d.mean),
        ]
    }
}

/// Every table of the statistics, in the order they are printed.
pub fn tables(s: &Statistics, catalogue: &Catalogue, lang: Lang) -> Vec<Table> {
    let w = Words { catalogue, lang };
    let figure = |key: &str, n: usize| vec![w.text(key, key), n.to_string()];
    vec![
        Table {
            title: w.text("stats_summary", "Summary"),
            header: vec![
                w.text("stats_col_figure", "Figure"),
                w.text("stats_col_number", "Number"),
            ],
            rows: vec![
                figure("stats_total", s.total),
                figure("stats_pending", s.pending),
                figure("stats_urgent", s.urgent),
                figure("stats_returned_for_information", s.returned_for_information),
            ],
        },
        w.counts("stats_by_direction", "stats_col_direction", &s.by_direction),
        w.counts("stats_by_status", "stats_col_status", &s.by_status),
        w.counts("stats_by_kind", "stats_col_kind", &s.by_kind),
        w.counts("stats_by_state", "stats_col_state", &s.by_state),
        w.counts("stats_by_year", "stats_col_year", &s.by_year),
        w.counts("stats_refusals", "stats_col_ground", &s.refusals),
        Table {
            title: w.text("stats_durations", "stats_durations"),
            header: [
                "stats_col_interval",
                "stats_col_count",
                "stats_col_median",
                "stats_col_p90",
                "stats_col_mean",
            ]
            .iter()
            .map(|k| w.text(k, k))
            .collect(),
            rows: vec![
                w.durations("stats_to_acknowledgement", &s.to_acknowledgement),
                w.durations("stats_to_execution", &s.to_execution),
            ],
        },
    ]
}

/// The tables as text: a title line, then columns padded to their widest
/// cell, labels on the start side and figures on the end side.
pub fn text(tables: &[Table]) -> String {
    let mut out = String::new();
    for table in tables {
        let columns = table.header.len();
        let width: Vec<usize> = (0..columns)
            .map(|c| {
                std::iter::once(&table.header)
                    .chain(&table.rows)
                    .map(|row| row.get(c).map_or(0, |cell| cell.chars().count()))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        out.push('\n');
        out.push_str(&table.title);
        out.push('\n');
        for row in std::iter::once(&table.header).chain(&table.rows) {
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(c, cell)| {
                    let pad = " ".repeat(width[c] - cell.chars().count());
                    if c == 0 {
                        format!("{cell}{pad}")
                    } else {
                        format!("{pad}{cell}")
                    }
                })
                .collect();
            out.push_str(cells.join("  ").trim_end());
            out.push('\n');
        }
    }
    out
}

/// The tables as CSV: each one its title line, its header and rows, the
/// tables separated by a blank line (CRLF throughout, as RFC 4180 says).
pub fn as_csv(tables: &[Table]) -> String {
    tables
        .iter()
        .map(|t| {
            let header: Vec<&str> = t.header.iter().map(String::as_str).collect();
            format!("{}\r\n{}", csv_cell(&t.title), csv(&header, &t.rows))
        })
        .collect::<Vec<_>>()
        .join("\r\n")
}
