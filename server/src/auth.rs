//! Passwords (argon2id) and secret tokens (sessions, invite codes, kiosk drafts).

use anyhow::Context;
use argon2::{
    Argon2, PasswordHash, PasswordHasher, PasswordVerifier,
    password_hash::{SaltString, rand_core::OsRng},
};
use rand::{Rng, RngCore};
use sha2::{Digest, Sha256};

pub const MIN_PASSWORD_CHARS: usize = 12;

/// A stored password hash. Deliberately not `Serialize`: it never leaves the server.
#[derive(Clone)]
pub struct PasswordHashString(pub String);

/// Hashes on a blocking thread: argon2id is slow on purpose and must not stall the runtime.
pub async fn hash_password(password: String) -> anyhow::Result<PasswordHashString> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| PasswordHashString(h.to_string()))
            .map_err(|e| anyhow::anyhow!("cannot hash password: {e}"))
    })
    .await
    .context("password hashing task failed")?
}

/// Checks a password. With no stored hash (unknown email) it still does the work of one
/// check, so the time taken does not tell whether the account exists.
pub async fn verify_password(stored: Option<PasswordHashString>, password: String) -> anyhow::Result<bool> {
    tokio::task::spawn_blocking(move || {
        let dummy;
        let hash = match &stored {
            Some(h) => h.0.as_str(),
            None => {
                dummy = dummy_hash();
                dummy.as_str()
            }
        };
        let parsed = PasswordHash::new(hash).map_err(|e| anyhow::anyhow!("stored hash unreadable: {e}"))?;
        let ok = Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok();
        Ok(ok && stored.is_some())
    })
    .await
    .context("password check task failed")?
}

fn dummy_hash() -> String {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY
        .get_or_init(|| {
            let salt = SaltString::generate(&mut OsRng);
            Argon2::default().hash_password(b"not a real password", &salt).map(|h| h.to_string()).unwrap_or_default()
        })
        .clone()
}

/// A random secret for a cookie: 256 bits, hex.
pub fn new_token() -> String {
    let mut b = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut b);
    hex::encode(b)
}

/// What the database keeps of a token or code: its SHA-256. The secret itself has enough
/// entropy that a fast hash is safe, and lookups stay a single indexed query.
pub fn token_hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Letters and digits a child will not confuse: no 0/O, no 1/I.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/// 10 characters of 32 = 50 bits.
pub const CODE_CHARS: usize = 10;

/// A new invite code, shown as `ABCDE-FGHJK`.
pub fn new_invite_code() -> String {
    let mut rng = rand::rngs::OsRng;
    let raw: String = (0..CODE_CHARS).map(|_| CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char).collect();
    format!("{}-{}", &raw[..5], &raw[5..])
}

/// The code as typed, made canonical: case, spaces and dashes do not matter.
pub fn normalise_code(typed: &str) -> String {
    typed.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

pub fn code_hash(typed: &str) -> String {
    token_hash(&normalise_code(typed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_only_unambiguous_characters_and_are_50_bits() {
        for _ in 0..200 {
            let c = new_invite_code();
            assert_eq!(c.len(), 11);
            assert!(normalise_code(&c).bytes().all(|b| CODE_ALPHABET.contains(&b)), "{c}");
            assert!(!c.contains(['0', 'O', '1', 'I']));
        }
        assert_eq!(CODE_ALPHABET.len(), 32);
        const { assert!(CODE_CHARS * 5 >= 50) };
    }

    #[test]
    fn a_code_matches_however_it_is_typed() {
        assert_eq!(code_hash("abcde-fghjk"), code_hash("ABCDE FGHJK"));
        assert_ne!(code_hash("ABCDE-FGHJK"), code_hash("ABCDE-FGHJM"));
    }

    #[tokio::test]
    async fn a_password_checks_against_its_argon2id_hash_only() {
        let h = hash_password("correct horse battery".into()).await.unwrap();
        assert!(h.0.starts_with("$argon2id$"));
        assert!(verify_password(Some(h.clone()), "correct horse battery".into()).await.unwrap());
        assert!(!verify_password(Some(h), "wrong horse battery".into()).await.unwrap());
        assert!(!verify_password(None, "not a real password".into()).await.unwrap());
    }
}
