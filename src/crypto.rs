//! The vault's cryptography over the browser's WebCrypto: the only module
//! that calls it. A leaf: it depends on the core's formats only, and both
//! `storage` (the encrypting store's cipher) and `vault` use it.
//!
//! Keys never leave WebCrypto: the data key in use is non-extractable. It
//! is extractable only for the instant of wrapping it under a new
//! passphrase. The formats are `mla_core::vault`'s, and
//! `crates/mla-core/tests/vault.rs` implements them with RustCrypto.

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use mla_core::vault::{
    b64_decode, b64_encode, backup_aad, key_aad, seal_backup_file, Cipher, CryptoError,
    EncryptedBackup, KdfParams, Protection, Sealed, WrappedKey, ENCRYPTED_BACKUP_VERSION, IV_BYTES,
    SALT_BYTES,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

fn unavailable(e: JsValue) -> CryptoError {
    CryptoError::Unavailable(format!("{e:?}"))
}

fn crypto() -> Result<web_sys::Crypto, CryptoError> {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or_else(|| CryptoError::Unavailable("no WebCrypto".into()))
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    Ok(crypto()?.subtle())
}

/// `n` bytes from the browser's CSPRNG.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, CryptoError> {
    let mut bytes = vec![0u8; n];
    crypto()?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(unavailable)?;
    Ok(bytes)
}

fn params(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

fn bytes(b: &[u8]) -> JsValue {
    Uint8Array::from(b).into()
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from(*u))
        .collect::<Array>()
        .into()
}

fn gcm(iv: &[u8], aad: &[u8]) -> Object {
    params(&[
        ("name", "AES-GCM".into()),
        ("iv", bytes(iv)),
        ("additionalData", bytes(aad)),
    ])
}

fn aes_256() -> Object {
    params(&[("name", "AES-GCM".into()), ("length", 256.into())])
}

async fn run(p: Result<Promise, JsValue>) -> Result<JsValue, CryptoError> {
    JsFuture::from(p.map_err(unavailable)?)
        .await
        // WebCrypto rejects with OperationError when a tag does not verify.
        .map_err(|_| CryptoError::Rejected)
}

fn to_vec(buffer: JsValue) -> Vec<u8> {
    Uint8Array::new(&buffer).to_vec()
}

/// The key-encryption key for a passphrase (PBKDF2-HMAC-SHA256).
pub async fn derive_kek(passphrase: &str, kdf: &KdfParams) -> Result<CryptoKey, CryptoError> {
    let salt = kdf
        .salt_bytes()
        .ok_or_else(|| CryptoError::Unavailable("unsupported key derivation".into()))?;
    let s = subtle()?;
    let pass = Uint8Array::from(passphrase.as_bytes());
    let base: CryptoKey = run(s.import_key_with_object(
        "raw",
        &pass,
        &params(&[("name", "PBKDF2".into())]),
        false,
        &usages(&["deriveKey"]),
    ))
    .await?
    .unchecked_into();
    let algorithm = params(&[
        ("name", "PBKDF2".into()),
        ("salt", bytes(&salt)),
        ("iterations", kdf.iterations.into()),
        ("hash", "SHA-256".into()),
    ]);
    Ok(run(s.derive_key_with_object_and_object(
        &algorithm,
        &base,
        &aes_256(),
        false,
        &usages(&["encrypt", "decrypt", "wrapKey", "unwrapKey"]),
    ))
    .await?
    .unchecked_into())
}

async fn wrap(
    data_key: &CryptoKey,
    kek: &CryptoKey,
    profile_id: &str,
) -> Result<WrappedKey, CryptoError> {
    let iv = random_bytes(IV_BYTES)?;
    let wrapped =
        run(subtle()?.wrap_key_with_object("raw", data_key, kek, &gcm(&iv, &key_aad(profile_id))))
            .await?;
    Ok(WrappedKey {
        algorithm: "AES-256-GCM".into(),
        iv: b64_encode(&iv),
        wrapped: b64_encode(&to_vec(wrapped)),
    })
}

async fn unwrap(
    key: &WrappedKey,
    kek: &CryptoKey,
    profile_id: &str,
    extractable: bool,
) -> Result<CryptoKey, CryptoError> {
    let iv = b64_decode(&key.iv).ok_or(CryptoError::Rejected)?;
    let wrapped = b64_decode(&key.wrapped).ok_or(CryptoError::Rejected)?;
    Ok(
        run(subtle()?.unwrap_key_with_u8_array_and_object_and_object(
            "raw",
            &wrapped,
            kek,
            &gcm(&iv, &key_aad(profile_id)),
            &aes_256(),
            extractable,
            &usages(&["encrypt", "decrypt"]),
        ))
        .await?
        .unchecked_into(),
    )
}

fn new_kdf() -> Result<KdfParams, CryptoError> {
    Ok(KdfParams::pbkdf2(&random_bytes(SALT_BYTES)?))
}

/// A new random data key protected by `passphrase`, and the same key as a
/// non-extractable key ready for use.
pub async fn protect_new(
    profile_id: &str,
    passphrase: &str,
) -> Result<(Protection, CryptoKey), CryptoError> {
    let kdf = new_kdf()?;
    let kek = derive_kek(passphrase, &kdf).await?;
    let fresh: CryptoKey =
        run(subtle()?.generate_key_with_object(&aes_256(), true, &usages(&["encrypt", "decrypt"])))
            .await?
            .unchecked_into();
    let key = wrap(&fresh, &kek, profile_id).await?;
    let in_use = unwrap(&key, &kek, profile_id, false).await?;
    Ok((Protection { kdf, key }, in_use))
}

/// The profile's data key; `Rejected` for a wrong passphrase.
pub async fn unlock(
    profile_id: &str,
    passphrase: &str,
    p: &Protection,
) -> Result<CryptoKey, CryptoError> {
    let kek = derive_kek(passphrase, &p.kdf).await?;
    unwrap(&p.key, &kek, profile_id, false).await
}

/// The same data key wrapped under a new passphrase (fresh salt and nonce);
/// nothing else needs re-encrypting.
pub async fn rewrap(
    profile_id: &str,
    old: &str,
    new: &str,
    p: &Protection,
) -> Result<Protection, CryptoError> {
    let old_kek = derive_kek(old, &p.kdf).await?;
    let data_key = unwrap(&p.key, &old_kek, profile_id, true).await?;
    let kdf = new_kdf()?;
    let new_kek = derive_kek(new, &kdf).await?;
    let key = wrap(&data_key, &new_kek, profile_id).await?;
    Ok(Protection { kdf, key })
}

/// AES-256-GCM under a profile's data key.
#[derive(Clone)]
pub struct WebCipher {
    key: CryptoKey,
}

impl WebCipher {
    pub fn new(key: CryptoKey) -> WebCipher {
        WebCipher { key }
    }
}

async fn encrypt(key: &CryptoKey, aad: &[u8], plaintext: &[u8]) -> Result<Sealed, CryptoError> {
    let iv = random_bytes(IV_BYTES)?;
    let ct =
        run(subtle()?.encrypt_with_object_and_u8_array(&gcm(&iv, aad), key, plaintext)).await?;
    Ok(Sealed {
        iv,
        ciphertext: to_vec(ct),
    })
}

async fn decrypt(
    key: &CryptoKey,
    iv: &[u8],
    aad: &[u8],
    ciphertext: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let plain =
        run(subtle()?.decrypt_with_object_and_u8_array(&gcm(iv, aad), key, ciphertext)).await?;
    Ok(to_vec(plain))
}

impl Cipher for WebCipher {
    async fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Result<Sealed, CryptoError> {
        encrypt(&self.key, aad, plaintext).await
    }

    async fn open(&self, iv: &[u8], aad: &[u8], ciphertext: &[u8]) -> Result<Vec<u8>, CryptoError> {
        decrypt(&self.key, iv, aad, ciphertext).await
    }
}

/// The encrypted backup file of a plain backup.
pub async fn seal_backup(passphrase: &str, plain: &str, now: &str) -> Result<String, CryptoError> {
    let kdf = new_kdf()?;
    let key = derive_kek(passphrase, &kdf).await?;
    let sealed = encrypt(
        &key,
        &backup_aad(ENCRYPTED_BACKUP_VERSION),
        plain.as_bytes(),
    )
    .await?;
    Ok(seal_backup_file(&kdf, &sealed.iv, &sealed.ciphertext, now))
}

/// The plain backup inside; `Rejected` for a wrong passphrase or a changed file.
pub async fn open_backup(passphrase: &str, file: &EncryptedBackup) -> Result<String, CryptoError> {
    let key = derive_kek(passphrase, &file.kdf).await?;
    let plain = decrypt(&key, &file.iv, &backup_aad(file.version), &file.ciphertext).await?;
    String::from_utf8(plain).map_err(|_| CryptoError::Rejected)
}
