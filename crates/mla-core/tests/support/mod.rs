pub mod native_crypto;
