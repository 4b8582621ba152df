//! The vault formats implemented with RustCrypto, independently of the
//! browser's WebCrypto: if both read the same bytes, the format is what the
//! documentation says and not an accident of one implementation.
//!
//! Only the primitives (PBKDF2, AES-GCM) are RustCrypto's. The flows mirror
//! `src/crypto.rs` step for step and go through the product wherever
//! it has a say: `KdfParams::salt_bytes`, `key_aad`, the base64 helpers, the
//! `Cipher` trait and its `CryptoError`, and the stored types.

#![allow(dead_code)]

use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use mla_core::vault::{
    b64_decode, b64_encode, key_aad, Cipher, CryptoError, KdfParams, Protection, Sealed, WrappedKey,
};

pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    // Nothing here waits on I/O, so one poll completes every future.
    let waker = std::task::Waker::noop();
    let mut cx = std::task::Context::from_waker(waker);
    let mut f = std::pin::pin!(f);
    match f.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(v) => v,
        std::task::Poll::Pending => panic!("future did not complete"),
    }
}

/// AES-256-GCM with a fresh random nonce for every seal, as `WebCipher`.
pub struct NativeCipher {
    pub key: [u8; 32],
}

impl Cipher for NativeCipher {
    async fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Result<Sealed, CryptoError> {
        let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&self.key));
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let ciphertext = cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad,
                },
            )
            .map_err(|_| CryptoError::Unavailable("encrypt".into()))?;
        Ok(Sealed {
            iv: nonce.to_vec(),
            ciphertext,
        })
    }

    async fn open(&self, iv: &[u8], aad: &[u8], ciphertext: &[u8]) -> Result<Vec<u8>, CryptoError> {
        if iv.len() != 12 {
            return Err(CryptoError::Rejected);
        }
        let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&self.key));
        cipher
            .decrypt(
                Nonce::from_slice(iv),
                Payload {
                    msg: ciphertext,
                    aad,
                },
            )
            .map_err(|_| CryptoError::Rejected)
    }
}

/// The key-encryption key for a passphrase, as `derive_kek`: the stored
/// parameters are judged by the product (`salt_bytes`).
pub fn derive_kek(passphrase: &str, kdf: &KdfParams) -> Result<NativeCipher, CryptoError> {
    let salt = kdf
        .salt_bytes()
        .ok_or_else(|| CryptoError::Unavailable("unsupported key derivation".into()))?;
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(passphrase.as_bytes(), &salt, kdf.iterations, &mut key);
    Ok(NativeCipher { key })
}

/// As `wrap`: the data key sealed under the KEK, bound to its profile.
pub fn wrap(
    data_key: &[u8; 32],
    kek: &NativeCipher,
    profile_id: &str,
) -> Result<WrappedKey, CryptoError> {
    let sealed = block_on(kek.seal(&key_aad(profile_id), data_key))?;
    Ok(WrappedKey {
        algorithm: "AES-256-GCM".into(),
        iv: b64_encode(&sealed.iv),
        wrapped: b64_encode(&sealed.ciphertext),
    })
}

/// As `unwrap`: `Rejected` for a wrong KEK, another profile or changed bytes.
pub fn unwrap(
    key: &WrappedKey,
    kek: &NativeCipher,
    profile_id: &str,
) -> Result<[u8; 32], CryptoError> {
    let iv = b64_decode(&key.iv).ok_or(CryptoError::Rejected)?;
    let wrapped = b64_decode(&key.wrapped).ok_or(CryptoError::Rejected)?;
    let raw = block_on(kek.open(&iv, &key_aad(profile_id), &wrapped))?;
    raw.try_into().map_err(|_| CryptoError::Rejected)
}

/// As `protect_new`, with the salt given: the protection and the data key.
pub fn protect_new(
    profile_id: &str,
    passphrase: &str,
    kdf: KdfParams,
) -> Result<(Protection, [u8; 32]), CryptoError> {
    let mut data_key = [0u8; 32];
    data_key.copy_from_slice(&Aes256Gcm::generate_key(&mut OsRng));
    let kek = derive_kek(passphrase, &kdf)?;
    let key = wrap(&data_key, &kek, profile_id)?;
    Ok((Protection { kdf, key }, data_key))
}

/// As `unlock`: the profile's data key; `Rejected` for a wrong passphrase.
pub fn unlock(profile_id: &str, passphrase: &str, p: &Protection) -> Result<[u8; 32], CryptoError> {
    unwrap(&p.key, &derive_kek(passphrase, &p.kdf)?, profile_id)
}

/// As `rewrap`: the same data key under a new passphrase and new parameters.
pub fn rewrap(
    profile_id: &str,
    old: &str,
    new: &str,
    p: &Protection,
    kdf: KdfParams,
) -> Result<Protection, CryptoError> {
    let data_key = unlock(profile_id, old, p)?;
    let key = wrap(&data_key, &derive_kek(new, &kdf)?, profile_id)?;
    Ok(Protection { kdf, key })
}
