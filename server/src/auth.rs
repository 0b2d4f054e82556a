//! Passwords (argon2id) and secret tokens (sessions, invite codes, kiosk drafts).

use crate::error::ServiceError;
use anyhow::Context;
use argon2::{
    Algorithm, Argon2, Block, Params, PasswordHash, Version,
    password_hash::{Output, ParamsString, SaltString, rand_core::OsRng},
};
use rand::{Rng, RngCore};
use sha2::{Digest, Sha256};

pub const MIN_PASSWORD_CHARS: usize = 12;

/// A stored password hash. Deliberately not `Serialize`: it never leaves the server.
#[derive(Clone)]
pub struct PasswordHashString(pub String);

/// Password hashing runs on a fixed set of threads, one per core, fed by a short queue.
/// argon2id is slow and memory-hard on purpose (about 19 MiB for each check): on tokio's
/// blocking pool (up to 512 threads) a flood of sign-ins held hundreds of those at once and
/// the server grew to gigabytes. Here at most one check per core runs, a few more wait, and
/// anything past that is told at once that the server is busy, so memory stays bounded
/// whatever arrives and the rest of the server keeps answering.
struct Hasher {
    queue: std::sync::mpsc::SyncSender<Box<dyn FnOnce() + Send>>,
}

/// Checks that may wait for a free thread, per thread.
const QUEUED_PER_THREAD: usize = 4;

fn hasher() -> &'static Hasher {
    static HASHER: std::sync::OnceLock<Hasher> = std::sync::OnceLock::new();
    HASHER.get_or_init(|| {
        // At most four, so that the memory bound holds on a big machine too (4 × 19 MiB).
        let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).min(4);
        let (queue, jobs) = std::sync::mpsc::sync_channel::<Box<dyn FnOnce() + Send>>(threads * QUEUED_PER_THREAD);
        let jobs = std::sync::Arc::new(std::sync::Mutex::new(jobs));
        for i in 0..threads {
            let jobs = jobs.clone();
            std::thread::Builder::new()
                .name(format!("argon2-{i}"))
                .spawn(move || {
                    loop {
                        // The lock is held only while waiting for the next job.
                        let job = match jobs.lock() {
                            Ok(rx) => rx.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                })
                .expect("cannot start a password hashing thread");
        }
        Hasher { queue }
    })
}

/// Runs `work` on a hashing thread; `Busy` when the queue is full.
async fn on_hasher<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, ServiceError> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    hasher()
        .queue
        .try_send(Box::new(move || {
            let _ = tx.send(work());
        }))
        .map_err(|e| match e {
            std::sync::mpsc::TrySendError::Full(_) => ServiceError::Busy,
            std::sync::mpsc::TrySendError::Disconnected(_) => ServiceError::Internal(anyhow::anyhow!("password hashing threads stopped")),
        })?;
    rx.await.context("password hashing thread failed").map_err(ServiceError::Internal)
}

thread_local! {
    /// Each hashing thread's argon2 memory, made once and used for every check on it. With a
    /// new 19 MiB allocation per check, the allocator kept freed blocks in several arenas and
    /// the server's resident memory grew to hundreds of megabytes from two threads.
    static MEMORY: std::cell::RefCell<Vec<Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The most memory a stored hash may ask for (64 MiB): a hash asking for more is refused as
/// unreadable rather than allowed to take the server's memory.
const MAX_M_COST_KIB: u32 = 64 * 1024;

/// argon2 into `out`, in this thread's own memory. A stored hash with a larger cost than ours
/// (from an older setting) gets memory of its own for that one check, so the thread's memory
/// stays at our cost.
fn argon2_into(argon: &Argon2, password: &[u8], salt: &[u8], out: &mut [u8]) -> Result<(), ServiceError> {
    let blocks = argon.params().block_count();
    if argon.params().m_cost() > MAX_M_COST_KIB {
        return Err(internal("stored hash", "memory cost over 64 MiB"));
    }
    let ours = Params::default().block_count();
    if blocks > ours {
        return argon.hash_password_into(password, salt, out).map_err(|e| internal("argon2", e));
    }
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() < ours {
            m.resize(ours, Block::default());
        }
        argon.hash_password_into_with_memory(password, salt, out, &mut m[..blocks])
    })
    .map_err(|e| internal("argon2", e))
}

fn internal(what: &str, e: impl std::fmt::Display) -> ServiceError {
    ServiceError::Internal(anyhow::anyhow!("{what}: {e}"))
}

/// A new argon2id hash (the crate's default cost: 19 MiB, 2 passes), as a PHC string.
fn hash_now(password: &[u8]) -> Result<PasswordHashString, ServiceError> {
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let salt_bytes = salt.decode_b64(&mut salt_bytes).map_err(|e| internal("salt", e))?;
    let params = Params::default();
    let mut out = vec![0u8; Params::DEFAULT_OUTPUT_LEN];
    argon2_into(&Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone()), password, salt_bytes, &mut out)?;
    let hash = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| internal("params", e))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| internal("output", e))?),
    };
    Ok(PasswordHashString(hash.to_string()))
}

/// Whether `password` matches a stored PHC string, with the cost the string says.
fn matches(stored: &str, password: &[u8]) -> Result<bool, ServiceError> {
    let parsed = PasswordHash::new(stored).map_err(|e| internal("stored hash unreadable", e))?;
    let algorithm = Algorithm::try_from(parsed.algorithm).map_err(|e| internal("stored hash", e))?;
    let version = parsed.version.map(Version::try_from).transpose().map_err(|e| internal("stored hash", e))?.unwrap_or_default();
    let params = Params::try_from(&parsed).map_err(|e| internal("stored hash", e))?;
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return Err(internal("stored hash", "no salt or hash"));
    };
    let mut salt_bytes = [0u8; 64];
    let salt_bytes = salt.decode_b64(&mut salt_bytes).map_err(|e| internal("stored salt", e))?;
    let mut out = vec![0u8; expected.len()];
    argon2_into(&Argon2::new(algorithm, version, params), password, salt_bytes, &mut out)?;
    // Output's equality is constant-time.
    Ok(Output::new(&out).map_err(|e| internal("output", e))? == expected)
}

pub async fn hash_password(password: String) -> Result<PasswordHashString, ServiceError> {
    on_hasher(move || hash_now(password.as_bytes())).await?
}

/// Checks a password. With no stored hash (unknown email) it still does the work of one
/// check, so the time taken does not tell whether the account exists.
pub async fn verify_password(stored: Option<PasswordHashString>, password: String) -> Result<bool, ServiceError> {
    on_hasher(move || match &stored {
        Some(h) => matches(&h.0, password.as_bytes()),
        None => matches(dummy_hash()?, password.as_bytes()).map(|_| false),
    })
    .await?
}

/// A hash of nothing anyone knows, made once (on a hashing thread), for unknown addresses.
fn dummy_hash() -> Result<&'static str, ServiceError> {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    if let Some(d) = DUMMY.get() {
        return Ok(d);
    }
    let made = hash_now(b"not a real password")?.0;
    Ok(DUMMY.get_or_init(|| made))
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

/// What is stored of a new code: an HMAC under a key from the key file (see `crypto`), so a
/// copy of the database alone cannot be searched for codes.
pub fn code_hash(typed: &str) -> String {
    crate::crypto::ring().code_hash(&normalise_code(typed))
}

/// Every stored form the typed code could have (under each key in the file), to look it up.
pub fn code_hashes(typed: &str) -> Vec<String> {
    crate::crypto::ring().code_hashes(&normalise_code(typed))
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

    #[test]
    fn hashes_made_here_and_by_the_argon2_crate_check_against_each_other() {
        use argon2::{PasswordHasher, PasswordVerifier};
        // Hashes already in a database were made by the crate's own hasher.
        let salt = SaltString::generate(&mut OsRng);
        let older = Argon2::default().hash_password(b"correct horse battery", &salt).unwrap().to_string();
        assert!(matches(&older, b"correct horse battery").unwrap());
        assert!(!matches(&older, b"correct horse batterz").unwrap());
        let newer = hash_now(b"correct horse battery").unwrap().0;
        assert!(newer.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{newer}");
        let parsed = PasswordHash::new(&newer).unwrap();
        assert!(Argon2::default().verify_password(b"correct horse battery", &parsed).is_ok());
        assert!(Argon2::default().verify_password(b"wrong", &parsed).is_err());
    }
}
