//! Revision ids in CouchDB's form, so that a register kept on one laptop can
//! later replicate to a team's CouchDB without rewriting history.
//!
//! A record carries its whole ancestry as CouchDB's `_revisions` object
//! (`{ "start": 3, "ids": ["c…", "b…", "a…"] }`, newest first): its current
//! revision is `3-c…`. Each change adds a generation whose hash covers the
//! previous revision and the new content, so two devices that make the same
//! change from the same parent agree, and different changes differ
//! (CouchDB's own deterministic revisions do the same with MD5; the hash
//! function is ours to choose because `new_edits: false` keeps it).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// How many ancestors a record keeps: CouchDB's default `_revs_limit` is
/// 1000; autosave makes many small revisions, and replication needs only
/// enough to find a common ancestor.
pub const KEPT_ANCESTORS: usize = 100;

/// A record's revision history, newest first (CouchDB `_revisions`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Revisions {
    /// The generation of the newest revision (0 before the first save).
    pub start: u32,
    /// The hashes of the newest revisions, newest first.
    pub ids: Vec<String>,
}

impl Revisions {
    /// The current revision id, `N-hash`, or empty before the first save.
    pub fn rev(&self) -> String {
        match self.ids.first() {
            Some(hash) => format!("{}-{hash}", self.start),
            None => String::new(),
        }
    }

    /// Records a new revision of `content` (the record's JSON without its
    /// revisions) and returns its id.
    pub fn advance(&mut self, content: &str) -> String {
        let mut hasher = Sha256::new();
        hasher.update(self.rev().as_bytes());
        hasher.update([0]);
        hasher.update(content.as_bytes());
        let hash = hex(&hasher.finalize()[..16]);
        self.start += 1;
        self.ids.insert(0, hash);
        self.ids.truncate(KEPT_ANCESTORS);
        self.rev()
    }

    /// Whether `rev` is this record's current revision or one of its kept
    /// ancestors.
    pub fn descends_from(&self, rev: &str) -> bool {
        let Some((n, hash)) = rev.split_once('-') else {
            return rev.is_empty();
        };
        let Ok(n) = n.parse::<u32>() else {
            return false;
        };
        n <= self.start
            && self
                .ids
                .get((self.start - n) as usize)
                .is_some_and(|h| h == hash)
    }

    /// Whether the current revision is the one [`Revisions::advance`] gives
    /// `content` from its parent: the record is as it was when that
    /// revision was made, not changed since (by hand in a file, say).
    /// False when there is no revision, or when the parent is no longer
    /// kept (the ancestry was cut at [`KEPT_ANCESTORS`]), since the hash
    /// cannot then be recomputed.
    pub fn is_revision_of(&self, content: &str) -> bool {
        if self.start == 0 || !self.is_valid() {
            return false;
        }
        let parent = match self.start {
            1 => Revisions::default(),
            _ if self.ids.len() < 2 => return false,
            _ => Revisions {
                start: self.start - 1,
                ids: self.ids[1..].to_vec(),
            },
        };
        let mut again = parent;
        again.advance(content) == self.rev()
    }

    /// Whether the history is well formed: generation matches, hashes are
    /// 32 lowercase hex digits.
    pub fn is_valid(&self) -> bool {
        self.ids.len() <= self.start as usize
            && (self.start == 0) == self.ids.is_empty()
            && self
                .ids
                .iter()
                .all(|h| h.len() == 32 && h.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f')))
    }
}

/// SHA-256 of some bytes as lowercase hex (archived documents).
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    bytes
        .iter()
        .flat_map(|b| {
            [
                DIGITS[(b >> 4) as usize] as char,
                DIGITS[(b & 15) as usize] as char,
            ]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_count_generations_and_keep_ancestry() {
        let mut r = Revisions::default();
        assert_eq!(r.rev(), "");
        let first = r.advance("{\"a\":1}");
        assert!(first.starts_with("1-") && first.len() == 34, "{first}");
        let second = r.advance("{\"a\":2}");
        assert!(second.starts_with("2-"));
        assert!(r.descends_from(&first) && r.descends_from(&second));
        assert!(!r.descends_from("2-00000000000000000000000000000000"));
        assert!(r.is_valid());
        // The same change from the same parent gives the same revision.
        let mut other = Revisions::default();
        other.advance("{\"a\":1}");
        assert_eq!(other.advance("{\"a\":2}"), second);
        let mut diverged = Revisions::default();
        diverged.advance("{\"a\":1}");
        assert_ne!(diverged.advance("{\"a\":3}"), second);
    }

    #[test]
    fn a_revision_is_recognised_as_the_hash_of_its_content() {
        let mut r = Revisions::default();
        assert!(!r.is_revision_of("{}"), "no revision yet");
        r.advance("{\"a\":1}");
        assert!(r.is_revision_of("{\"a\":1}"));
        assert!(!r.is_revision_of("{\"a\":2}"), "changed since");
        r.advance("{\"a\":2}");
        assert!(r.is_revision_of("{\"a\":2}"));
        assert!(!r.is_revision_of("{\"a\":1}"));
        // Without its parent the hash cannot be recomputed.
        let cut = Revisions {
            start: 2,
            ids: r.ids[..1].to_vec(),
        };
        assert!(!cut.is_revision_of("{\"a\":2}"));
    }

    #[test]
    fn ancestry_is_capped() {
        let mut r = Revisions::default();
        for i in 0..150 {
            r.advance(&i.to_string());
        }
        assert_eq!(r.start, 150);
        assert_eq!(r.ids.len(), KEPT_ANCESTORS);
        assert!(r.is_valid());
        assert!(r.rev().starts_with("150-"));
    }

    #[test]
    fn hashes_bytes() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
