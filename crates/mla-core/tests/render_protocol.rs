//! The render worker's messages: every request and reply survives the trip
//! through its header unchanged, and anything else is refused.

use mla_core::check::CheckContext;
use mla_core::document::{assemble, Options};
use mla_core::draft_file::parse_draft;
use mla_core::languages::Lang;
use mla_core::model::Paper;
use mla_core::render_protocol::{Failure, Operation, Reply, Request};

fn fixture() -> mla_core::Draft {
    parse_draft(include_str!("fixtures/complete.json")).unwrap()
}

/// The fixture with the options it asks for itself.
fn fixture_request(id: u32, op: Operation) -> Request {
    let draft = fixture();
    Request {
        id,
        op,
        options: Options::from_draft(&draft),
        draft,
        context: CheckContext::default(),
    }
}

fn context() -> CheckContext {
    CheckContext {
        accepted_languages: Some(vec!["es".into(), "en".into()]),
        required_documents: vec!["Certified copy of the order".into()],
        urgent_procedure: "Telephone the duty officer".into(),
    }
}

#[test]
fn every_request_round_trips() {
    for op in [Operation::Assemble, Operation::Pdf, Operation::Docx] {
        let request = Request {
            id: 7,
            op,
            draft: fixture(),
            options: Options {
                lang: Lang::Ar,
                second: Some(Lang::Fr),
                paper: Paper::Letter,
            },
            context: context(),
        };
        let header = request.to_header();
        assert_eq!(Request::from_header(&header), Ok(request), "{op:?}");
    }
}

#[test]
fn every_reply_round_trips() {
    let draft = fixture();
    let options = Options::from_draft(&draft);
    let document = assemble(&draft, &options, &context());
    let mut replies = vec![
        Reply::Ready,
        Reply::Document {
            id: 1,
            document: Box::new(document),
        },
        Reply::File { id: 2 },
    ];
    for failure in [
        Failure::BadRequest,
        Failure::FontsUnavailable,
        Failure::FontsUnreadable,
        Failure::RenderFailed,
    ] {
        replies.push(Reply::Failed { id: 3, failure });
    }
    for reply in replies {
        let header = reply.to_header();
        assert_eq!(Reply::from_header(&header).as_ref(), Ok(&reply), "{header}");
    }
    assert_eq!(Reply::Ready.id(), None);
    assert_eq!(Reply::File { id: 2 }.id(), Some(2));
}

#[test]
fn the_wire_form_is_stable() {
    // The page and the worker are built separately and may be cached
    // separately: the field names and codes are the contract.
    assert_eq!(Reply::Ready.to_header(), r#"{"kind":"ready"}"#);
    assert_eq!(
        Reply::File { id: 4 }.to_header(),
        r#"{"kind":"file","id":4}"#
    );
    assert_eq!(
        Reply::Failed {
            id: 5,
            failure: Failure::FontsUnavailable
        }
        .to_header(),
        r#"{"kind":"failed","id":5,"failure":"fonts_unavailable"}"#
    );
    let header = fixture_request(9, Operation::Docx).to_header();
    assert!(
        header.starts_with(r#"{"id":9,"op":"docx","draft":{"#),
        "{header}"
    );
    assert!(
        header.contains(r#""options":{"lang":"es","second":null,"paper":"a4"}"#),
        "{header}"
    );
}

#[test]
fn anything_else_is_refused() {
    for bad in [
        "",
        "null",
        r#"{"kind":"file"}"#,
        r#"{"kind":"failed","id":1,"failure":"out_of_paper"}"#,
        r#"{"kind":"document","id":1,"document":{}}"#,
    ] {
        assert!(Reply::from_header(bad).is_err(), "accepted {bad:?}");
    }
    let good = fixture_request(1, Operation::Pdf).to_header();
    for bad in [
        good.replace(r#""op":"pdf""#, r#""op":"png""#),
        good.replace(r#""lang":"es""#, r#""lang":"de""#),
        good.replacen('{', r#"{"extra":true,"#, 1),
        "{".to_string(),
    ] {
        let err = Request::from_header(&bad).unwrap_err();
        assert!(
            err.to_string().starts_with("not a render-worker message"),
            "{err}"
        );
    }
}
