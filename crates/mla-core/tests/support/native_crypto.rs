//! The vault formats implemented with RustCrypto, independently of the
//! browser's WebCrypto: if both read the same bytes, the format is what the
//! documentation says and not an accident of one implementation.

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

pub fn derive(passphrase: &str, kdf: &KdfParams) -> [u8; 32] {
    let mut out = [0u8; 32];
    let salt = kdf.salt_bytes().expect("usable kdf");
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(passphrase.as_bytes(), &salt, kdf.iterations, &mut out);
    out
}

pub fn seal_with(key: &[u8; 32], iv: &[u8; 12], aad: &[u8], msg: &[u8]) -> Vec<u8> {
    Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key))
        .encrypt(Nonce::from_slice(iv), Payload { msg, aad })
        .unwrap()
}

pub fn open_with(key: &[u8; 32], iv: &[u8], aad: &[u8], msg: &[u8]) -> Option<Vec<u8>> {
    Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key))
        .decrypt(Nonce::from_slice(iv), Payload { msg, aad })
        .ok()
}

/// Protects `data_key` for a profile, as the app does when a passphrase is set.
pub fn protect(
    profile_id: &str,
    passphrase: &str,
    data_key: &[u8; 32],
    kdf: KdfParams,
) -> Protection {
    let kek = derive(passphrase, &kdf);
    let iv = [7u8; 12];
    let wrapped = seal_with(&kek, &iv, &key_aad(profile_id), data_key);
    Protection {
        kdf,
        key: WrappedKey {
            algorithm: "AES-256-GCM".into(),
            iv: b64_encode(&iv),
            wrapped: b64_encode(&wrapped),
        },
    }
}

/// The data key, or `None` for a wrong passphrase.
pub fn unlock(profile_id: &str, passphrase: &str, p: &Protection) -> Option<[u8; 32]> {
    let kek = derive(passphrase, &p.kdf);
    let iv = b64_decode(&p.key.iv)?;
    let wrapped = b64_decode(&p.key.wrapped)?;
    let key = open_with(&kek, &iv, &key_aad(profile_id), &wrapped)?;
    key.try_into().ok()
}
