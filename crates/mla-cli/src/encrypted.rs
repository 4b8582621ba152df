//! Opening an encrypted backup on the command line: the passphrase from a
//! file, the environment or the terminal, then PBKDF2 and AES-256-GCM as
//! `docs/encryption.md` describes (the app does the same over WebCrypto).

use std::io::BufRead as _;
use std::path::Path;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use mla_core::vault::{backup_aad, EncryptedBackup};

/// The environment variable that may hold the backup's passphrase.
pub const PASSPHRASE_VAR: &str = "MLA_PASSPHRASE";

/// A line as typed or saved: without its line ending (a passphrase may
/// itself start or end with spaces, so nothing else is trimmed).
fn without_line_end(text: &str) -> &str {
    let text = text.strip_suffix('\n').unwrap_or(text);
    text.strip_suffix('\r').unwrap_or(text)
}

/// The passphrase: from `file` if given, else `MLA_PASSPHRASE`, else asked
/// for on standard input (the answer is not hidden; use a file or the
/// variable where that matters).
pub fn passphrase(file: Option<&Path>, backup: &str) -> Result<String, String> {
    if let Some(file) = file {
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read the passphrase file {}: {e}", file.display()))?;
        return Ok(without_line_end(&text).to_string());
    }
    if let Ok(text) = std::env::var(PASSPHRASE_VAR) {
        return Ok(text);
    }
    eprint!("Passphrase of {backup}: ");
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| format!("cannot read the passphrase: {e}"))?;
    if line.is_empty() {
        return Err(format!(
            "{backup} is encrypted: give its passphrase with --passphrase-file, {PASSPHRASE_VAR} or on standard input"
        ));
    }
    Ok(without_line_end(&line).to_string())
}

/// The plain backup inside, or `None` when the passphrase is wrong or the
/// file was changed (AES-GCM cannot tell the two apart).
pub fn open(file: &EncryptedBackup, passphrase: &str) -> Option<String> {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(
        passphrase.as_bytes(),
        &file.salt,
        file.kdf.iterations,
        &mut key,
    );
    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&key));
    let aad = backup_aad(file.version);
    let plain = cipher
        .decrypt(
            Nonce::from_slice(&file.iv),
            Payload {
                msg: &file.ciphertext,
                aad: &aad,
            },
        )
        .ok()?;
    String::from_utf8(plain).ok()
}
