//! The messages between the app and its render worker, defined once for
//! both sides of `postMessage`.
//!
//! Each message is one JSON text, the serde form of [`Request`] or
//! [`Reply`], carried in the `header` property of the posted object. A
//! file's bytes do not belong in JSON: they travel beside the header as a
//! transferable `Uint8Array` in the `bytes` property of a
//! [`Reply::File`] message.

use serde::{Deserialize, Serialize};

use crate::check::CheckContext;
use crate::document::{Document, Options};
use crate::model::Draft;

/// The property of the posted object that holds the JSON header.
pub const HEADER: &str = "header";
/// The property that holds a file's bytes beside a [`Reply::File`] header.
pub const BYTES: &str = "bytes";

/// What the worker is asked to produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Operation {
    /// The assembled [`Document`], for the preview and final editing.
    Assemble,
    Pdf,
    Docx,
}

/// A request from the page. `id` pairs it with its reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Request {
    pub id: u32,
    pub op: Operation,
    pub draft: Draft,
    pub options: Options,
    pub context: CheckContext,
}

/// Why the worker could not answer. The page translates each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum Failure {
    /// The request could not be read: the two sides disagree (a defect).
    #[error("the request could not be read")]
    BadRequest,
    /// The fonts could not be fetched (offline before they were cached).
    #[error("the fonts could not be fetched")]
    FontsUnavailable,
    /// The fonts were fetched but are not usable fonts.
    #[error("the fonts could not be read")]
    FontsUnreadable,
    /// Anything else in producing the document (a defect).
    #[error("the document could not be produced")]
    RenderFailed,
}

/// A message from the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Reply {
    /// Posted once, when the worker can take requests.
    Ready,
    /// The answer to [`Operation::Assemble`].
    Document {
        id: u32,
        document: Box<Document>,
    },
    /// The answer to [`Operation::Pdf`] or [`Operation::Docx`]; the bytes
    /// are beside this header, in [`BYTES`].
    File {
        id: u32,
    },
    Failed {
        id: u32,
        failure: Failure,
    },
}

impl Reply {
    /// The request this answers; `None` for [`Reply::Ready`].
    pub fn id(&self) -> Option<u32> {
        match self {
            Reply::Ready => None,
            Reply::Document { id, .. } | Reply::File { id } | Reply::Failed { id, .. } => Some(*id),
        }
    }
}

/// A header that is not a message of this protocol.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a render-worker message: {0}")]
pub struct Malformed(pub String);

impl Request {
    pub fn to_header(&self) -> String {
        // Plain data with string keys: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_header(header: &str) -> Result<Request, Malformed> {
        serde_json::from_str(header).map_err(|e| Malformed(e.to_string()))
    }
}

impl Reply {
    pub fn to_header(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_header(header: &str) -> Result<Reply, Malformed> {
        serde_json::from_str(header).map_err(|e| Malformed(e.to_string()))
    }
}
