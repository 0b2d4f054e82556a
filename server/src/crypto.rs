//! Words at rest: every child's and parent's words (views, drafts, ideas, first names, case
//! references, and what a chair writes about them) are stored sealed with XChaCha20-Poly1305
//! under a key kept in a file outside the database (`TIPTOES_KEY_FILE`). A copy of the
//! database alone reads as noise; with the key file the service reads it as before.
//!
//! The key file holds one or more keys, oldest first. The last one seals; all of them open,
//! so `tiptoes rotate-key` can add a key, reseal every value to it, and only then let the old
//! ones go (see `service::keys`). Each sealed value names its key:
//! `tt1$<key id>$<base64 of nonce and ciphertext>`. The row and column a value belongs to are
//! bound into it (associated data), so a value copied to another row or column does not open.
//!
//! Invite codes and the subjects of the attempt limits (addresses, email addresses) are kept
//! as HMAC-SHA-256 under keys derived from the same secret: with the database alone, trying
//! every code (2^50) offline tells nothing.

use crate::error::ServiceError;
use anyhow::{Context, bail};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD as B64};
use chacha20poly1305::{
    XChaCha20Poly1305, XNonce,
    aead::{Aead, KeyInit, Payload},
};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;
use std::{
    path::{Path, PathBuf},
    sync::{OnceLock, RwLock},
    time::{Duration, Instant, SystemTime},
};

/// How a sealed value starts: the format's version.
const SEALED: &str = "tt1$";
/// How a keyed code hash starts.
const CODE: &str = "h1$";
/// How often a running server looks at the key file for a key that `rotate-key` added.
const RECHECK: Duration = Duration::from_secs(10);

/// Where a sealed value lives: its table, its column, and the columns that name its row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    FirstName,
    NotAbleReason,
    CaseRef,
    Answers,
    DraftAnswers,
    DraftFeedback,
    Idea,
    Translation,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::FirstName,
        Field::NotAbleReason,
        Field::CaseRef,
        Field::Answers,
        Field::DraftAnswers,
        Field::DraftFeedback,
        Field::Idea,
        Field::Translation,
    ];

    pub fn table(self) -> &'static str {
        match self {
            Field::FirstName | Field::NotAbleReason => "participants",
            Field::CaseRef => "meetings",
            Field::Answers => "views",
            Field::DraftAnswers | Field::DraftFeedback => "kiosk_sessions",
            Field::Idea => "feedback",
            Field::Translation => "translations",
        }
    }

    pub fn column(self) -> &'static str {
        match self {
            Field::FirstName => "first_name",
            Field::NotAbleReason => "not_able_reason",
            Field::CaseRef => "case_ref",
            Field::Answers | Field::DraftAnswers => "answers",
            Field::DraftFeedback => "feedback",
            Field::Idea => "idea",
            Field::Translation => "text",
        }
    }

    /// The columns whose values, joined with `/`, name the row.
    pub fn row_columns(self) -> &'static [&'static str] {
        match self {
            Field::DraftAnswers | Field::DraftFeedback => &["token_hash"],
            Field::Translation => &["views_id", "field"],
            _ => &["id"],
        }
    }

    fn aad(self, row: &str) -> String {
        format!("{}.{}:{row}", self.table(), self.column())
    }
}

#[derive(Clone)]
struct Key {
    id: String,
    words: XChaCha20Poly1305,
    codes: [u8; 32],
    limits: [u8; 32],
}

/// A secret of 32 bytes, derived for one purpose (HMAC-SHA-256 of the purpose under the key
/// from the file), so the same file key never serves two uses.
fn derive(secret: &[u8; 32], purpose: &str) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(purpose.as_bytes());
    mac.finalize().into_bytes().into()
}

fn hmac_hex(key: &[u8; 32], data: &str) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(data.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

impl Key {
    fn new(id: String, secret: [u8; 32]) -> Key {
        Key {
            words: XChaCha20Poly1305::new(&derive(&secret, "tiptoes words v1").into()),
            codes: derive(&secret, "tiptoes invite codes v1"),
            limits: derive(&secret, "tiptoes limits v1"),
            id,
        }
    }
}

/// The keys from the file, oldest first.
struct Keys {
    keys: Vec<Key>,
    /// The file's modification time and length when read: a change means a reload.
    stamp: Option<(SystemTime, u64)>,
    checked: Instant,
}

pub struct KeyRing {
    path: PathBuf,
    state: RwLock<Keys>,
}

/// A key id: short, from a fixed alphabet, and never containing the separator.
fn valid_id(id: &str) -> bool {
    (1..=32).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

/// Reads a key file: lines of `<id> <64 hex digits>`, oldest first; `#` starts a comment.
/// The error never quotes a key.
pub fn parse(text: &str) -> anyhow::Result<Vec<(String, [u8; 32])>> {
    let mut out: Vec<(String, [u8; 32])> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace();
        let (Some(id), Some(hex_key), None) = (parts.next(), parts.next(), parts.next()) else {
            bail!("line {} is not `<key id> <64 hex digits>`", n + 1);
        };
        let mut secret = [0u8; 32];
        if !valid_id(id) || hex::decode_to_slice(hex_key, &mut secret).is_err() {
            bail!("line {} is not `<key id> <64 hex digits>`", n + 1);
        }
        if out.iter().any(|(k, _)| k == id) {
            bail!("line {}: key id {id} is there twice", n + 1);
        }
        out.push((id.to_string(), secret));
    }
    if out.is_empty() {
        bail!("it holds no key");
    }
    Ok(out)
}

const HEADER: &str = "# Tiptoes keys. Keep this file secret, readable by the service only, and out of the\n\
# database's backups: with it, a copy of the database can be read. The last key seals new\n\
# words; the ones above it still open older ones until `tiptoes rotate-key` has moved them.\n";

/// A new key line: a random id and a random 256-bit secret.
pub fn new_key_line() -> String {
    let mut id = [0u8; 4];
    let mut secret = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut id);
    rand::rngs::OsRng.fill_bytes(&mut secret);
    format!("k{} {}\n", hex::encode(id), hex::encode(secret))
}

/// Writes the key file whole: to a new file (mode 0600) beside it, then renamed over it, so a
/// reader sees the old file or the new one, never half of one.
pub fn write_key_file(path: &Path, keys: &[(String, [u8; 32])]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut text = String::from(HEADER);
    for (id, secret) in keys {
        text.push_str(&format!("{id} {}\n", hex::encode(secret)));
    }
    let tmp = path.with_extension(format!("new-{}", std::process::id()));
    let mut f = private_file(&tmp)?;
    f.write_all(text.as_bytes()).and_then(|()| f.sync_all()).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(())
}

/// A new file only the owner can read or write.
fn private_file(path: &Path) -> anyhow::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).with_context(|| format!("cannot create the key file {}", path.display()))
}

impl KeyRing {
    /// Reads the key file, or makes one with a new key (mode 0600) if there is none.
    pub fn open_or_create(path: &Path) -> anyhow::Result<KeyRing> {
        if !path.exists() {
            use std::io::Write;
            let mut f = private_file(path)?;
            f.write_all(format!("{HEADER}{}", new_key_line()).as_bytes())
                .and_then(|()| f.sync_all())
                .with_context(|| format!("cannot write the key file {}", path.display()))?;
            tracing::info!(key_file = %path.display(), "made a new key file; keep it out of the database's backups");
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?.permissions().mode();
            if mode & 0o077 != 0 {
                tracing::warn!(key_file = %path.display(), mode = format!("{:o}", mode & 0o777), "the key file can be read by others; chmod 600 it");
            }
        }
        let ring = KeyRing {
            path: path.to_path_buf(),
            state: RwLock::new(Keys { keys: Vec::new(), stamp: None, checked: Instant::now() }),
        };
        ring.reload()?;
        Ok(ring)
    }

    /// A ring of one random key, held in memory only (unit tests).
    pub fn ephemeral() -> KeyRing {
        let line = new_key_line();
        let (id, secret) = parse(&line).expect("a new key parses").remove(0);
        KeyRing {
            path: PathBuf::new(),
            state: RwLock::new(Keys { keys: vec![Key::new(id, secret)], stamp: None, checked: Instant::now() }),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the key file again (after `rotate-key` changed it).
    pub fn reload_now(&self) -> anyhow::Result<()> {
        self.reload()
    }

    fn reload(&self) -> anyhow::Result<()> {
        let text = std::fs::read_to_string(&self.path).with_context(|| format!("cannot read the key file {}", self.path.display()))?;
        let keys = parse(&text).with_context(|| format!("the key file {} is not readable", self.path.display()))?;
        let mut state = self.state.write().unwrap_or_else(|e| e.into_inner());
        state.keys = keys.into_iter().map(|(id, secret)| Key::new(id, secret)).collect();
        state.stamp = stamp(&self.path);
        state.checked = Instant::now();
        Ok(())
    }

    /// Reloads the file if it changed since it was read (checked at most every `RECHECK`), so
    /// every instance seals with the key `rotate-key` added within seconds.
    fn fresh(&self) {
        if self.path.as_os_str().is_empty() {
            return;
        }
        let due = self.state.read().map(|s| s.checked.elapsed() >= RECHECK).unwrap_or(true);
        if !due {
            return;
        }
        let changed = self.state.read().map(|s| s.stamp != stamp(&self.path)).unwrap_or(true);
        if changed {
            if let Err(e) = self.reload() {
                tracing::error!(error = %e, "cannot reload the key file; sealing with the keys already read");
            }
        } else if let Ok(mut s) = self.state.write() {
            s.checked = Instant::now();
        }
    }

    fn current(&self) -> Key {
        self.fresh();
        let s = self.state.read().unwrap_or_else(|e| e.into_inner());
        s.keys.last().expect("a key ring always holds a key").clone()
    }

    /// The key with this id; a key this instance has not read yet (another instance rotated)
    /// makes it read the file again.
    fn by_id(&self, id: &str) -> Option<Key> {
        let find = |s: &Keys| s.keys.iter().find(|k| k.id == id).cloned();
        if let Some(k) = find(&self.state.read().unwrap_or_else(|e| e.into_inner())) {
            return Some(k);
        }
        if !self.path.as_os_str().is_empty() {
            let _ = self.reload();
        }
        find(&self.state.read().unwrap_or_else(|e| e.into_inner()))
    }

    pub fn current_id(&self) -> String {
        self.current().id
    }

    pub fn ids(&self) -> Vec<String> {
        self.fresh();
        self.state.read().unwrap_or_else(|e| e.into_inner()).keys.iter().map(|k| k.id.clone()).collect()
    }

    pub fn seal(&self, field: Field, row: &str, plain: &str) -> Result<String, ServiceError> {
        let key = self.current();
        let mut nonce = [0u8; 24];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let aad = field.aad(row);
        let sealed = key
            .words
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain.as_bytes(), aad: aad.as_bytes() })
            .map_err(|_| ServiceError::Internal(anyhow::anyhow!("cannot seal {aad}")))?;
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        Ok(format!("{SEALED}{}${}", key.id, B64.encode(bytes)))
    }

    /// Opens a stored value. Text from before encryption (no `tt1$`) is returned as it is:
    /// the start-up pass seals it, and until then the service still reads it.
    pub fn open(&self, field: Field, row: &str, stored: &str) -> Result<String, ServiceError> {
        let Some(rest) = stored.strip_prefix(SEALED) else { return Ok(stored.to_string()) };
        let aad = field.aad(row);
        // Names the value's place, never its contents.
        let fail = |why: &str| ServiceError::Internal(anyhow::anyhow!("cannot open {aad}: {why}"));
        let (id, body) = rest.split_once('$').ok_or_else(|| fail("no key id"))?;
        let key = self.by_id(id).ok_or_else(|| fail(&format!("key {id} is not in the key file")))?;
        let bytes = B64.decode(body).map_err(|_| fail("not base64"))?;
        if bytes.len() < 24 {
            return Err(fail("too short"));
        }
        let (nonce, sealed) = bytes.split_at(24);
        let plain = key
            .words
            .decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad: aad.as_bytes() })
            .map_err(|_| fail("wrong key, or altered"))?;
        String::from_utf8(plain).map_err(|_| fail("not UTF-8"))
    }

    /// A code's keyed hash under the current key (what is stored).
    pub fn code_hash(&self, normalised: &str) -> String {
        let key = self.current();
        format!("{CODE}{}${}", key.id, hmac_hex(&key.codes, normalised))
    }

    /// Every hash a stored code could have: under each key in the file, and the plain SHA-256
    /// that codes had before keys (they stop working 30 days after their meeting).
    pub fn code_hashes(&self, normalised: &str) -> Vec<String> {
        self.fresh();
        let s = self.state.read().unwrap_or_else(|e| e.into_inner());
        let mut out: Vec<String> = s.keys.iter().rev().map(|k| format!("{CODE}{}${}", k.id, hmac_hex(&k.codes, normalised))).collect();
        out.push(crate::auth::token_hash(normalised));
        out
    }

    /// A limit's subject (an address, an email), keyed, for `attempt_counts`.
    pub fn subject_hash(&self, subject: &str) -> String {
        hmac_hex(&self.current().limits, subject)
    }
}

/// Whether a stored value was sealed under the key `id`.
pub fn sealed_prefix(id: &str) -> String {
    format!("{SEALED}{id}$")
}

pub fn code_prefix(id: &str) -> String {
    format!("{CODE}{id}$")
}

static RING: OnceLock<KeyRing> = OnceLock::new();

/// Makes `ring` the process's keys. Once per process: a server holds one key file.
pub fn install(ring: KeyRing) {
    let _ = RING.set(ring);
}

/// Loads (or makes) the key file and installs it.
pub fn install_from(path: &Path) -> anyhow::Result<&'static KeyRing> {
    install(KeyRing::open_or_create(path)?);
    Ok(ring())
}

/// The process's keys. Unit tests get a random in-memory key.
pub fn ring() -> &'static KeyRing {
    #[cfg(test)]
    {
        RING.get_or_init(KeyRing::ephemeral)
    }
    #[cfg(not(test))]
    {
        RING.get().expect("the key file is loaded at start (crypto::install_from)")
    }
}

pub fn seal(field: Field, row: &str, plain: &str) -> Result<String, ServiceError> {
    ring().seal(field, row, plain)
}

pub fn seal_opt(field: Field, row: &str, plain: Option<&str>) -> Result<Option<String>, ServiceError> {
    plain.map(|p| seal(field, row, p)).transpose()
}

pub fn open(field: Field, row: &str, stored: &str) -> Result<String, ServiceError> {
    ring().open(field, row, stored)
}

pub fn open_opt(field: Field, row: &str, stored: Option<String>) -> Result<Option<String>, ServiceError> {
    stored.map(|s| open(field, row, &s)).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_words_open_in_their_own_place_only() {
        let ring = KeyRing::ephemeral();
        let s = ring.seal(Field::Answers, "views-1", "I am scared at home").unwrap();
        assert!(s.starts_with("tt1$k"), "{s}");
        assert!(!s.contains("scared"));
        assert_eq!(ring.open(Field::Answers, "views-1", &s).unwrap(), "I am scared at home");
        assert_ne!(s, ring.seal(Field::Answers, "views-1", "I am scared at home").unwrap(), "a new nonce each time");
        // Moved to another row or column, it does not open.
        assert!(ring.open(Field::Answers, "views-2", &s).is_err());
        assert!(ring.open(Field::Idea, "views-1", &s).is_err());
        // Altered by one character, it does not open; the error names the place, not the words.
        let mut altered = s.clone().into_bytes();
        let last = altered.len() - 1;
        altered[last] = if altered[last] == b'A' { b'B' } else { b'A' };
        let e = ring.open(Field::Answers, "views-1", &String::from_utf8(altered).unwrap()).unwrap_err();
        assert!(format!("{e:?}").contains("views.answers:views-1"), "{e:?}");
        // Another key file cannot open it.
        assert!(KeyRing::ephemeral().open(Field::Answers, "views-1", &s).is_err());
        // Words from before encryption still read.
        assert_eq!(ring.open(Field::FirstName, "p", "Olivia").unwrap(), "Olivia");
    }

    #[test]
    fn code_hashes_are_keyed() {
        let (a, b) = (KeyRing::ephemeral(), KeyRing::ephemeral());
        assert_eq!(a.code_hash("ABCDEFGHJK"), a.code_hash("ABCDEFGHJK"));
        assert_ne!(a.code_hash("ABCDEFGHJK"), b.code_hash("ABCDEFGHJK"), "another secret, another hash");
        assert!(!a.code_hash("ABCDEFGHJK").contains(&crate::auth::token_hash("ABCDEFGHJK")));
        assert!(a.code_hashes("ABCDEFGHJK").contains(&a.code_hash("ABCDEFGHJK")));
    }

    #[test]
    fn a_key_file_is_read_strictly_and_never_quoted() {
        let line = new_key_line();
        let keys = parse(&format!("# comment\n\n{line}")).unwrap();
        assert_eq!(keys.len(), 1);
        let secret = line.split_whitespace().nth(1).unwrap();
        for bad in [format!("k1 {}", &secret[..60]), format!("k$1 {secret}"), format!("k1 {secret} extra"), "".into()] {
            let e = parse(&bad).unwrap_err().to_string();
            assert!(!e.contains(&secret[..20]), "{e}");
        }
        assert!(parse(&format!("k1 {secret}\nk1 {secret}\n")).is_err(), "an id twice");
    }

    #[cfg(unix)]
    #[test]
    fn a_new_key_file_is_private_and_is_read_back() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("tiptoes-key-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("tiptoes.key");
        let ring = KeyRing::open_or_create(&path).unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        let sealed = ring.seal(Field::CaseRef, "m", "CASE-9").unwrap();
        let again = KeyRing::open_or_create(&path).unwrap();
        assert_eq!(again.open(Field::CaseRef, "m", &sealed).unwrap(), "CASE-9");
        assert_eq!(ring.current_id(), again.current_id());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
