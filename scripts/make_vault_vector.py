#!/usr/bin/env python3
"""Writes crates/mla-core/tests/fixtures/vault_vector.json: a profile's
wrapped data key and one encrypted draft, made with Python's `cryptography`
package. The native tests (RustCrypto) and the browser tests (WebCrypto)
both open it, so three implementations agree on the format in
docs/encryption.md. Fixed salt and nonces: a test vector, never real data."""
import base64, json, pathlib
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives import hashes

b64 = lambda b: base64.b64encode(b).decode()
profile, passphrase, iterations = "vector-profile", "tres tristes tigres trigaban", 1000
salt, key_iv, rec_iv = bytes(range(16)), bytes([1] * 12), bytes([2] * 12)
data_key = bytes(range(100, 132))
kek = PBKDF2HMAC(hashes.SHA256(), 32, salt, iterations).derive(passphrase.encode())
wrapped = AESGCM(kek).encrypt(key_iv, data_key, b"mla-key/1\0" + profile.encode())
title = "Vector: Đorđe Šćekić / عبد الله / Пётр"
draft = {"schema_version": 2, "id": "vector", "created": "2026-11-28T10:00:00Z",
         "updated": "2026-11-28T10:00:00Z", "title": title}
body = json.dumps(draft, ensure_ascii=False).encode()
ct = AESGCM(data_key).encrypt(rec_iv, body, b"mla-record/1\0drafts\0vector\0" + b"2")
out = {
    "profile": profile, "passphrase": passphrase, "title": title,
    "protection": {
        "kdf": {"algorithm": "PBKDF2-HMAC-SHA256", "iterations": iterations, "salt": b64(salt)},
        "key": {"algorithm": "AES-256-GCM", "iv": b64(key_iv), "wrapped": b64(wrapped)},
    },
    "record": {"v": 1, "schema": 2, "iv": b64(rec_iv), "ct": b64(ct)},
}
path = pathlib.Path(__file__).resolve().parent.parent / "crates/mla-core/tests/fixtures/vault_vector.json"
path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
print(path)
