//! The requested authority's requirements, as context for the completeness
//! check: once a draft is addressed to a directory record, a request in a
//! language it does not accept is flagged, and its required documents and
//! urgent procedure are brought to the drafter's attention.

use super::directory::Directory;
use crate::check::CheckContext;
use crate::model::Draft;

/// The check context for a draft, from the directory in use.
pub fn context_for(draft: &Draft, directory: Option<&Directory>) -> CheckContext {
    let record = directory.and_then(|d| d.get(&draft.requested.directory_id));
    match record {
        Some(a) => CheckContext {
            accepted_languages: (!a.accepted_languages.is_empty())
                .then(|| a.accepted_languages.clone()),
            required_documents: a.required_documents.clone(),
            urgent_procedure: a.urgent_procedure.trim().to_string(),
        },
        None => CheckContext::default(),
    }
}

/// Whether addressing the draft to `record` would replace another
/// addressee the user typed or chose (then the app asks first).
pub fn would_replace(draft: &Draft, record: &super::AuthorityRecord) -> bool {
    let current = &draft.requested;
    !current.authority_name.trim().is_empty()
        && current.directory_id != record.id
        && current.authority_name != record.name
}

/// "Address a request to this authority": the requested State, the
/// addressee and its address come from the record, which the draft then
/// refers to by id.
pub fn address_to(draft: &mut Draft, record: &super::AuthorityRecord) {
    draft.requested.state = record.country.clone();
    draft.requested.authority_name = record.name.clone();
    draft.requested.address = record.address.clone();
    draft.requested.directory_id = record.id.clone();
}
