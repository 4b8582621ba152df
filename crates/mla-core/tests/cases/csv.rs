//! The statistics' CSV: what a spreadsheet would run is defused, the rest
//! quoted as RFC 4180 says.

use mla_core::cases::stats::{csv, csv_cell};

#[test]
fn text_a_spreadsheet_would_run_gets_a_leading_apostrophe() {
    assert_eq!(csv_cell("=1+2"), "'=1+2");
    assert_eq!(csv_cell("+33 1 23"), "'+33 1 23");
    assert_eq!(csv_cell("-5"), "'-5");
    assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(csv_cell("\tx"), "'\tx");
    // A carriage return also needs quotes.
    assert_eq!(csv_cell("\rx"), "\"'\rx\"");
    assert_eq!(
        csv_cell("=HYPERLINK(\"http://evil.example\",\"Click\")"),
        "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\""
    );
    // Only at the start.
    assert_eq!(csv_cell("1-2"), "1-2");
    assert_eq!(csv_cell("a=b"), "a=b");
}

#[test]
fn commas_quotes_and_line_breaks_are_quoted() {
    assert_eq!(csv_cell("plain"), "plain");
    assert_eq!(csv_cell("Müller"), "Müller");
    assert_eq!(csv_cell(""), "");
    assert_eq!(csv_cell("Bosnia, Herzegovina"), "\"Bosnia, Herzegovina\"");
    assert_eq!(csv_cell("say \"no\""), "\"say \"\"no\"\"\"");
    assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
    assert_eq!(csv_cell("end\r\n"), "\"end\r\n\"");
    assert_eq!(csv_cell(" padded "), "\" padded \"");
}

#[test]
fn a_table_has_a_header_and_crlf_line_ends() {
    let rows = vec![
        vec!["=cmd|' /C calc'!A0".to_string(), "3".to_string()],
        vec!["France, Paris".to_string(), "12".to_string()],
    ];
    assert_eq!(
        csv(&["State", "Cases"], &rows),
        "State,Cases\r\n'=cmd|' /C calc'!A0,3\r\n\"France, Paris\",12\r\n"
    );
    assert_eq!(csv(&["=bad header"], &[]), "'=bad header\r\n");
}
