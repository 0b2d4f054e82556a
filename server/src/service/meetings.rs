//! Meetings and their participants, as a chair sets them up and reads them back.

use crate::time::Time;
use super::{Result, ServiceError, new_id, users::User};
use crate::{auth, crypto::{self, Field}, db::Pool, now_ms};
use app::i18n::Lang;
use app::domain::MeetingStatus;
use app::model::{MeetingKind, Role};
use serde::{Deserialize, Serialize};
use sqlx::Row;
use std::collections::HashMap;

/// An invite code works until this long after the meeting (so feedback can follow it).
pub const CODE_VALID_AFTER_MS: i64 = 30 * 24 * 60 * 60 * 1000;
const MAX_PARTICIPANTS: usize = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[derive(utoipa::ToSchema)]
pub enum AgeBand {
    #[serde(rename = "0-4")]
    Under5,
    #[serde(rename = "5-9")]
    From5To9,
    #[serde(rename = "10-12")]
    From10To12,
    #[serde(rename = "13-15")]
    From13To15,
    #[serde(rename = "16-17")]
    From16To17,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[derive(utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Female,
    Male,
    Other,
    NotRecorded,
}

fn enum_str<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

#[derive(Debug, Deserialize)]
#[derive(utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMeeting {
    pub kind: MeetingKind,
    /// RFC 3339.
    #[schema(format = DateTime)]
    pub starts_at: String,
    #[serde(default)]
    pub case_ref: Option<String>,
    #[serde(default)]
    pub participants: Vec<NewParticipant>,
}

#[derive(Debug, Deserialize)]
#[derive(utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewParticipant {
    pub role: Role,
    #[serde(default)]
    pub first_name: Option<String>,
    /// One of the kiosk's languages.
    #[schema(pattern = "^(en-GB|pl|sk|cs|ro|ar|ur|pa|ckb|ku|fa|ti)$")]
    pub language: String,
    #[serde(default)]
    pub age_band: Option<AgeBand>,
    #[serde(default)]
    pub gender: Option<Gender>,
}

#[derive(Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct CreatedMeeting {
    pub id: String,
    pub participants: Vec<CreatedParticipant>,
}

/// The only time a code is seen: it is stored as a hash.
#[derive(Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct CreatedParticipant {
    pub id: String,
    pub role: Role,
    pub invite_code: String,
    pub invite_url: String,
}

pub fn parse_time(field: &str, s: &str) -> Result<i64> {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|t| t.timestamp_millis())
        .map_err(|_| ServiceError::invalid(field, "invalid_time", format!("{field} must be an RFC 3339 time like 2026-03-03T10:30:00Z")))
}

/// A date and time as a chair types them (`2026-03-03`, `10:30`), in UK time, to milliseconds.
/// A time the clock change skips or repeats takes the earlier reading.
pub fn parse_local(date: &str, time: &str) -> Result<i64> {
    use chrono::TimeZone;
    let d = chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .map_err(|_| ServiceError::invalid("date", "invalid_date", "the date must be like 2026-03-03"))?;
    let t = chrono::NaiveTime::parse_from_str(time.trim(), "%H:%M")
        .map_err(|_| ServiceError::invalid("time", "invalid_time", "the time must be like 10:30"))?;
    let local = d.and_time(t);
    chrono_tz::Europe::London
        .from_local_datetime(&local)
        .earliest()
        .or_else(|| chrono_tz::Europe::London.from_local_datetime(&(local + chrono::Duration::hours(1))).earliest())
        .map(|t| t.timestamp_millis())
        .ok_or_else(|| ServiceError::invalid("time", "invalid_time", "that time does not exist in the UK"))
}

fn optional_text(field: &str, v: Option<String>, max: usize) -> Result<Option<String>> {
    let v = v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    if let Some(s) = &v
        && s.chars().count() > max
    {
        return Err(ServiceError::invalid(field, "text_too_long", format!("{field} must be at most {max} characters")));
    }
    Ok(v)
}

/// A participant's details, checked.
struct Checked {
    role: Role,
    first_name: Option<String>,
    language: &'static str,
    age_band: Option<String>,
    gender: Option<String>,
}

impl Checked {
    /// The rules for the `i`th person of a list (the index names the field in errors).
    fn new(i: usize, p: NewParticipant) -> Result<Checked> {
        let field = |f: &str| format!("participants[{i}].{f}");
        let language = Lang::parse(&p.language).ok_or_else(|| {
            let tags: Vec<_> = Lang::ALL.iter().map(|l| l.tag()).collect();
            ServiceError::invalid(field("language"), "unsupported_language", format!("language must be one of {}", tags.join(", ")))
        })?;
        if !p.role.is_child() && (p.age_band.is_some() || p.gender.is_some()) {
            return Err(ServiceError::invalid(field("age_band"), "child_only", "age_band and gender are recorded for children only"));
        }
        Ok(Checked {
            role: p.role,
            first_name: optional_text(&field("first_name"), p.first_name, 100)?,
            language: language.tag(),
            age_band: p.age_band.as_ref().map(enum_str),
            gender: p.gender.as_ref().map(enum_str),
        })
    }
}

impl Checked {
    /// Adds this person to a meeting with their code (stored as its hash).
    async fn insert(
        &self,
        conn: &mut sqlx::AnyConnection,
        meeting_id: &str,
        position: usize,
        code: &str,
        expires_at: i64,
        public_base: &str,
    ) -> Result<CreatedParticipant> {
        let pid = new_id();
        sqlx::query(
            "INSERT INTO participants (id, meeting_id, position, role, first_name, language, age_band, gender, code_hash, code_expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(&pid)
        .bind(meeting_id)
        .bind(position as i64)
        .bind(self.role.as_str())
        .bind(crypto::seal_opt(Field::FirstName, &pid, self.first_name.as_deref())?)
        .bind(self.language)
        .bind(&self.age_band)
        .bind(&self.gender)
        .bind(auth::code_hash(code))
        .bind(expires_at)
        .execute(conn)
        .await?;
        Ok(CreatedParticipant { id: pid, role: self.role, invite_url: format!("{public_base}/i/{code}"), invite_code: code.to_string() })
    }
}

/// Creates a meeting chaired by `chair`, with a fresh invite code for each participant.
pub async fn create(pool: &Pool, chair: &User, input: NewMeeting, public_base: &str) -> Result<CreatedMeeting> {
    create_with_codes(pool, chair, input, public_base, None).await
}

/// As `create`, with a given id and codes (the demo data's, found again on each load, and its
/// memorable codes) instead of random ones.
pub async fn create_with_codes(
    pool: &Pool,
    chair: &User,
    input: NewMeeting,
    public_base: &str,
    fixed: Option<(&str, Vec<String>)>,
) -> Result<CreatedMeeting> {
    let starts_at = parse_time("starts_at", &input.starts_at)?;
    let case_ref = optional_text("case_ref", input.case_ref, 100)?;
    if input.participants.len() > MAX_PARTICIPANTS {
        return Err(ServiceError::invalid("participants", "too_many", format!("at most {MAX_PARTICIPANTS} participants")));
    }
    let checked = input.participants.into_iter().enumerate().map(|(i, p)| Checked::new(i, p)).collect::<Result<Vec<_>>>()?;
    let (id, codes) = match fixed {
        Some((id, codes)) => (id.to_string(), codes),
        None => (new_id(), checked.iter().map(|_| auth::new_invite_code()).collect()),
    };
    let now = now_ms();
    let mut tx = pool.begin().await?;
    sqlx::query(
        "INSERT INTO meetings (id, kind, starts_at, case_ref, chair_id, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, 'scheduled', $6, $6)",
    )
    .bind(&id)
    .bind(input.kind.as_str())
    .bind(starts_at)
    .bind(crypto::seal_opt(Field::CaseRef, &id, case_ref.as_deref())?)
    .bind(&chair.id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let mut created = Vec::with_capacity(checked.len());
    for (i, (p, code)) in checked.into_iter().zip(codes).enumerate() {
        created.push(p.insert(&mut *tx, &id, i, &code, starts_at + CODE_VALID_AFTER_MS, public_base).await?);
    }
    super::audit::record(&mut *tx, chair, super::audit::Action::CreateMeeting, &id).await?;
    tx.commit().await?;
    Ok(CreatedMeeting { id, participants: created })
}

/// What every view of a meeting starts with. Read from a row with the columns
/// id, kind, starts_at, case_ref, status, chair_id, chair_name, words_deleted_at.
#[derive(Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct MeetingHead {
    pub id: String,
    pub kind: MeetingKind,
    pub starts_at: Time,
    pub case_ref: Option<String>,
    pub status: MeetingStatus,
    pub chair: ChairRef,
    /// When the words written for it are deleted (see `retention`), while they are still here.
    pub words_kept_until: Option<Time>,
    /// When they were deleted, once they have been.
    pub words_deleted_at: Option<Time>,
}

impl MeetingHead {
    fn from_row(r: &sqlx::any::AnyRow) -> Result<Self> {
        let kind: String = r.try_get("kind")?;
        let id: String = r.try_get("id")?;
        let starts_at: i64 = r.try_get("starts_at")?;
        let deleted: Option<i64> = r.try_get("words_deleted_at")?;
        Ok(MeetingHead {
            case_ref: crypto::open_opt(Field::CaseRef, &id, r.try_get("case_ref")?)?,
            id,
            kind: MeetingKind::parse(&kind).ok_or_else(|| anyhow::anyhow!("bad kind {kind:?}"))?,
            starts_at: Time(starts_at),
            status: status_of(r)?,
            chair: ChairRef { id: r.try_get("chair_id")?, name: r.try_get("chair_name")? },
            words_kept_until: deleted.is_none().then(|| Time(super::retention::words_go_at(starts_at))),
            words_deleted_at: deleted.map(Time),
        })
    }
}

/// A meeting with each person's newest views: a read of their words.
#[derive(Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct MeetingDetail {
    #[serde(flatten)]
    pub head: MeetingHead,
    pub participants: Vec<ParticipantDetail>,
}

/// A meeting and its people, none of their words: what the edit and outcome forms need.
#[derive(Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct MeetingPeople {
    #[serde(flatten)]
    pub head: MeetingHead,
    pub participants: Vec<Participant>,
}

#[derive(Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct ChairRef {
    pub id: String,
    pub name: String,
}

/// Who someone is, whether they sent views, and their part in the meeting: none of their words.
#[derive(Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct Participant {
    pub id: String,
    pub role: Role,
    pub first_name: Option<String>,
    /// One of the kiosk's languages.
    #[schema(pattern = "^(en-GB|pl|sk|cs|ro|ar|ur|pa|ckb|ku|fa|ti)$")]
    pub language: String,
    pub age_band: Option<String>,
    pub gender: Option<String>,
    /// How many times they sent views (each later one replaced the one before).
    pub submissions: i64,
    /// When their invite was last printed (a new code each time), or null.
    pub invite_printed_at: Option<Time>,
    /// What the chair recorded after the meeting, or null before then.
    pub outcome: Option<RecordedOutcome>,
    /// When their words were erased at their request (see `person::erase`), or null.
    pub words_erased_at: Option<Time>,
}

#[derive(Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct ParticipantDetail {
    #[serde(flatten)]
    pub person: Participant,
    /// The newest views this person sent, or null.
    pub views: Option<SentViews>,
}

/// One person's part in the meeting, as the chair recorded it.
#[derive(Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct RecordedOutcome {
    pub attended: bool,
    pub views_shared_by: Vec<app::domain::SharedBy>,
    pub not_able: bool,
    pub not_able_reason: Option<String>,
    pub interpreter_needed: bool,
    pub interpreter_present: bool,
}

#[derive(Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct SentViews {
    /// This version's id (a translation is made of one version's words).
    pub id: String,
    pub submission_id: String,
    pub submitted_at: Time,
    pub via: String,
    /// The language the words were written in (a tag such as `ti`).
    #[schema(pattern = "^(en-GB|pl|sk|cs|ro|ar|ur|pa|ckb|ku|fa|ti)$")]
    pub language: String,
    pub answers: serde_json::Value,
    /// The chair's English translations of typed answers, beside the words as written.
    pub translations: Vec<super::translations::Translation>,
}

/// One version's answers as stored, opened: `null` once they were deleted (after the meeting,
/// see `retention`, or on request, see `person`), when the version is still counted.
pub(super) fn stored_answers(views_id: &str, stored: &str) -> Result<serde_json::Value> {
    if stored.is_empty() {
        return Ok(serde_json::Value::Null);
    }
    serde_json::from_str(&crypto::open(Field::Answers, views_id, stored)?).map_err(|e| super::unreadable("answers", &e).into())
}

/// `ms` as RFC 3339 (see `Time`), for the JSON that services make whole (an export).
pub fn rfc3339(ms: i64) -> String {
    Time(ms).rfc3339()
}

/// A meeting with the newest views each participant sent. Only its chair or a manager may
/// read it; for anyone else it does not exist. Every read is written to the audit log (and
/// the chair's own reads are what the child's read receipt counts).
pub async fn get(pool: &Pool, user: &User, id: &str) -> Result<MeetingDetail> {
    read(pool, user, id, super::audit::Action::ReadViews).await
}

/// As `get`, audited as `why` (reading the views, or printing what everyone may hear).
pub async fn read(pool: &Pool, user: &User, id: &str, why: super::audit::Action) -> Result<MeetingDetail> {
    let MeetingPeople { head, participants } = people(pool, user, id).await?;
    // Only each person's newest views, picked in SQL: a person may have sent many versions,
    // and the chair reads one. Ties on the time go to the larger id, as the order always did.
    let rows = sqlx::query(
        "SELECT id, participant_id, submission_id, answers, via, created_at, language FROM ( \
           SELECT v.id, v.participant_id, v.submission_id, v.answers, v.via, v.created_at, COALESCE(v.language, p.language) AS language, \
             ROW_NUMBER() OVER (PARTITION BY v.participant_id ORDER BY v.created_at DESC, v.id DESC) AS newest \
           FROM views v JOIN participants p ON p.id = v.participant_id WHERE p.meeting_id = $1) latest \
         WHERE newest = 1",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    let mut translations: HashMap<String, Vec<super::translations::Translation>> = HashMap::new();
    for (views_id, t) in super::translations::of_meeting(pool, id).await? {
        translations.entry(views_id).or_default().push(t);
    }
    let mut newest: HashMap<String, SentViews> = HashMap::with_capacity(rows.len());
    for v in rows {
        let answers: String = v.try_get("answers")?;
        let views_id: String = v.try_get("id")?;
        let answers = stored_answers(&views_id, &answers)?;
        newest.insert(
            v.try_get("participant_id")?,
            SentViews {
                translations: translations.remove(&views_id).unwrap_or_default(),
                id: views_id,
                submission_id: v.try_get("submission_id")?,
                submitted_at: Time(v.try_get("created_at")?),
                via: v.try_get("via")?,
                language: v.try_get("language")?,
                answers,
            },
        );
    }
    super::audit::record(pool, user, why, id).await?;
    let participants =
        participants.into_iter().map(|person| ParticipantDetail { views: newest.remove(&person.id), person }).collect();
    Ok(MeetingDetail { head, participants })
}

/// A meeting and its people without anyone's words, for the edit and outcome forms. The same
/// ownership rule as `get`, but nothing is read, so nothing is audited and no child is told
/// their views were read.
pub async fn people(pool: &Pool, user: &User, id: &str) -> Result<MeetingPeople> {
    let row = sqlx::query(
        "SELECT m.id, m.kind, m.starts_at, m.case_ref, m.status, m.chair_id, u.name AS chair_name, m.words_deleted_at \
         FROM meetings m JOIN users u ON u.id = m.chair_id WHERE m.id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?
    .ok_or(ServiceError::NotFound)?;
    let head = MeetingHead::from_row(&row)?;
    may_act(user, &head.chair.id)?;
    let rows = sqlx::query(
        "SELECT p.id, p.role, p.first_name, p.language, p.age_band, p.gender, p.invite_printed_at, p.attended, p.views_shared_by, \
           p.not_able, p.not_able_reason, p.interpreter_needed, p.interpreter_present, p.words_deleted_at, \
           (SELECT COUNT(*) FROM views v WHERE v.participant_id = p.id) AS submissions \
         FROM participants p WHERE p.meeting_id = $1 ORDER BY p.position",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    let participants = rows.iter().map(participant_from_row).collect::<Result<Vec<_>>>()?;
    Ok(MeetingPeople { head, participants })
}

fn participant_from_row(p: &sqlx::any::AnyRow) -> Result<Participant> {
    let role: String = p.try_get("role")?;
    let id: String = p.try_get("id")?;
    let flag = |c: &str| -> Result<bool> { Ok(p.try_get::<Option<i64>, _>(c)?.unwrap_or(0) == 1) };
    let outcome = match p.try_get::<Option<i64>, _>("attended")? {
        None => None,
        Some(attended) => {
            let shared: Option<String> = p.try_get("views_shared_by")?;
            Some(RecordedOutcome {
                attended: attended == 1,
                views_shared_by: match shared {
                    Some(s) => serde_json::from_str(&s).map_err(|e| super::unreadable("outcome", &e))?,
                    None => Vec::new(),
                },
                not_able: flag("not_able")?,
                not_able_reason: crypto::open_opt(Field::NotAbleReason, &id, p.try_get("not_able_reason")?)?,
                interpreter_needed: flag("interpreter_needed")?,
                interpreter_present: flag("interpreter_present")?,
            })
        }
    };
    Ok(Participant {
        first_name: crypto::open_opt(Field::FirstName, &id, p.try_get("first_name")?)?,
        id,
        role: Role::parse(&role).ok_or_else(|| anyhow::anyhow!("bad role {role:?}"))?,
        language: p.try_get("language")?,
        age_band: p.try_get("age_band")?,
        gender: p.try_get("gender")?,
        submissions: p.try_get("submissions")?,
        invite_printed_at: p.try_get::<Option<i64>, _>("invite_printed_at")?.map(Time),
        outcome,
        words_erased_at: p.try_get::<Option<i64>, _>("words_deleted_at")?.map(Time),
    })
}

/// The one ownership rule: a meeting's chair or a manager. For anyone else the meeting does
/// not exist (the same 404 as an unknown id, so nothing tells them it is there).
fn may_act(user: &User, chair_id: &str) -> Result<()> {
    if chair_id == user.id || user.is_manager() { Ok(()) } else { Err(ServiceError::NotFound) }
}

/// The facts about a meeting that its rules need.
pub struct Owned {
    pub kind: MeetingKind,
    pub starts_at: i64,
    pub status: MeetingStatus,
    pub chair_name: String,
}

/// Finds a meeting the user may act on: its chair, or a manager. Anyone else gets `NotFound`,
/// the same as for a meeting that does not exist.
pub async fn owned(pool: &Pool, user: &User, id: &str) -> Result<Owned> {
    let row = sqlx::query(
        "SELECT m.chair_id, m.kind, m.starts_at, m.status, u.name AS chair_name FROM meetings m \
         JOIN users u ON u.id = m.chair_id WHERE m.id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?
    .ok_or(ServiceError::NotFound)?;
    may_act(user, &row.try_get::<String, _>("chair_id")?)?;
    let kind: String = row.try_get("kind")?;
    Ok(Owned {
        kind: MeetingKind::parse(&kind).ok_or_else(|| anyhow::anyhow!("bad kind {kind:?}"))?,
        starts_at: row.try_get("starts_at")?,
        status: status_of(&row)?,
        chair_name: row.try_get("chair_name")?,
    })
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    pub from: Option<String>,
    pub to: Option<String>,
    /// Managers: one chair's meetings only.
    pub chair: Option<String>,
    /// Which page of `PAGE_SIZE` meetings, from 1 (the default).
    pub page: Option<u32>,
}

/// Meetings on one page of the list: a manager's list grows with the whole service.
pub const PAGE_SIZE: i64 = 50;

/// One page of meetings, and where it is in the whole list.
#[derive(Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct MeetingList {
    pub meetings: Vec<MeetingSummary>,
    /// This page, from 1.
    pub page: i64,
    /// How many pages there are (at least 1, even with no meetings).
    pub pages: i64,
    /// How many meetings there are on all pages.
    pub total: i64,
}

/// A meeting in a list: counts and flags, none of anyone's words.
#[derive(Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct MeetingSummary {
    #[serde(flatten)]
    pub head: MeetingHead,
    pub participants: i64,
    /// How many people sent views.
    pub views_received: i64,
    /// A child's newest views ask to talk to someone soon.
    pub talk_soon: bool,
}

/// A date (`2026-03-03`, the start of that day in UTC) or an RFC 3339 time.
fn parse_bound(field: &str, s: &str) -> Result<i64> {
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc().timestamp_millis());
    }
    parse_time(field, s)
}

/// The user's meetings (a manager's: everyone's, or one chair's), upcoming first (soonest
/// first), then past ones (latest first), a page at a time. Counts come from SQL, not row by
/// row, and only for the meetings on the page.
pub async fn list(pool: &Pool, user: &User, q: ListQuery) -> Result<MeetingList> {
    let from = q.from.as_deref().map(|s| parse_bound("from", s)).transpose()?.unwrap_or(i64::MIN);
    let to = q.to.as_deref().map(|s| parse_bound("to", s)).transpose()?.unwrap_or(i64::MAX);
    let chair = if user.is_manager() { q.chair.unwrap_or_default() } else { user.id.clone() };
    let page = i64::from(q.page.unwrap_or(1));
    if page < 1 {
        return Err(ServiceError::invalid("page", "invalid_field", "page counts from 1"));
    }
    let now = now_ms();
    let total: i64 = sqlx::query(
        "SELECT COUNT(*) AS n FROM meetings m WHERE ($1 = '' OR m.chair_id = $1) AND m.starts_at >= $2 AND m.starts_at < $3",
    )
    .bind(&chair)
    .bind(from)
    .bind(to)
    .fetch_one(pool)
    .await?
    .try_get("n")?;
    // The page's ids first (the order ends on the id, so no meeting falls between two pages),
    // then their counts.
    const ORDER: &str = "CASE WHEN m.starts_at >= $4 THEN 0 ELSE 1 END, \
                         CASE WHEN m.starts_at >= $4 THEN m.starts_at ELSE -m.starts_at END, m.id";
    let rows = sqlx::query(crate::db::sql(&format!(
        "SELECT m.id, m.kind, m.starts_at, m.case_ref, m.status, m.chair_id, u.name AS chair_name, m.words_deleted_at, \
           (SELECT COUNT(*) FROM participants p WHERE p.meeting_id = m.id) AS participants, \
           (SELECT COUNT(DISTINCT v.participant_id) FROM views v JOIN participants p ON p.id = v.participant_id \
              WHERE p.meeting_id = m.id) AS views_received, \
           (SELECT COUNT(*) FROM views v JOIN participants p ON p.id = v.participant_id \
              WHERE p.meeting_id = m.id AND v.talk_soon = 1 \
                AND v.created_at = (SELECT MAX(v2.created_at) FROM views v2 WHERE v2.participant_id = v.participant_id)) AS talk_soon \
         FROM (SELECT m.id FROM meetings m \
               WHERE ($1 = '' OR m.chair_id = $1) AND m.starts_at >= $2 AND m.starts_at < $3 \
               ORDER BY {ORDER} LIMIT $5 OFFSET $6) on_page \
         JOIN meetings m ON m.id = on_page.id JOIN users u ON u.id = m.chair_id \
         ORDER BY {ORDER}"
    )))
    .bind(&chair)
    .bind(from)
    .bind(to)
    .bind(now)
    .bind(PAGE_SIZE)
    .bind((page - 1) * PAGE_SIZE)
    .fetch_all(pool)
    .await?;
    let meetings = rows
        .iter()
        .map(|r| {
            Ok(MeetingSummary {
                head: MeetingHead::from_row(r)?,
                participants: r.try_get("participants")?,
                views_received: r.try_get("views_received")?,
                talk_soon: r.try_get::<i64, _>("talk_soon")? > 0,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(MeetingList { meetings, page, pages: ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1), total })
}

#[derive(Debug, Default, Deserialize)]
#[derive(utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MeetingChanges {
    pub kind: Option<MeetingKind>,
    /// RFC 3339.
    #[schema(format = DateTime)]
    pub starts_at: Option<String>,
    /// `""` clears it.
    pub case_ref: Option<String>,
    /// The whole list of people, in order: those with an `id` are kept (and changed), those
    /// without are added with new codes, and those left out are removed — unless they sent
    /// views, which are never thrown away.
    pub participants: Option<Vec<ParticipantChange>>,
}

#[derive(Debug, Deserialize)]
#[derive(utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ParticipantChange {
    #[serde(default)]
    pub id: Option<String>,
    pub role: Role,
    #[serde(default)]
    pub first_name: Option<String>,
    /// One of the kiosk's languages.
    #[schema(pattern = "^(en-GB|pl|sk|cs|ro|ar|ur|pa|ckb|ku|fa|ti)$")]
    pub language: String,
    #[serde(default)]
    pub age_band: Option<AgeBand>,
    #[serde(default)]
    pub gender: Option<Gender>,
}

/// A meeting's `status` column, as the domain's type.
pub(super) fn status_of(row: &sqlx::any::AnyRow) -> Result<MeetingStatus> {
    let status: String = row.try_get("status")?;
    Ok(MeetingStatus::parse(&status).ok_or_else(|| anyhow::anyhow!("bad status {status:?}"))?)
}

fn closed(status: MeetingStatus) -> Option<ServiceError> {
    (status != MeetingStatus::Scheduled).then(|| ServiceError::Conflict {
        code: "meeting_closed",
        message: format!("the meeting is {status}; it can no longer be changed"),
    })
}

/// Changes a scheduled meeting. A new time moves the invite codes' expiry with it. Returns
/// the people added (with their codes, shown this once).
pub async fn update(pool: &Pool, user: &User, id: &str, changes: MeetingChanges, public_base: &str) -> Result<Vec<CreatedParticipant>> {
    let m = owned(pool, user, id).await?;
    if let Some(e) = closed(m.status) {
        return Err(e);
    }
    // A meeting whose words were deleted after its time takes no new ones.
    let purged = sqlx::query("SELECT words_deleted_at FROM meetings WHERE id = $1").bind(id).fetch_one(pool).await?;
    if purged.try_get::<Option<i64>, _>("words_deleted_at")?.is_some() {
        return Err(ServiceError::Conflict { code: "words_deleted", message: "this meeting's words were deleted after its time; set up a new meeting".into() });
    }
    let starts_at = changes.starts_at.as_deref().map(|s| parse_time("starts_at", s)).transpose()?;
    let case_ref = changes.case_ref.map(|c| optional_text("case_ref", Some(c), 100)).transpose()?;
    let people = match changes.participants {
        Some(list) => Some(check_people(pool, id, list).await?),
        None => None,
    };
    let mut tx = crate::db::begin_write(pool).await?;
    // A new kind, chair or time moves any feedback already given (see figures::tally).
    let change = super::figures::tally::before(tx.conn(), id).await?;
    // Again, now that the meeting is locked: an outcome recorded since the look above closed it.
    if let Some(e) = closed(status_now(tx.conn(), id).await?) {
        return Err(e);
    }
    if let Some(kind) = changes.kind {
        sqlx::query("UPDATE meetings SET kind = $1 WHERE id = $2").bind(kind.as_str()).bind(id).execute(tx.conn()).await?;
    }
    if let Some(case_ref) = case_ref {
        let sealed = crypto::seal_opt(Field::CaseRef, id, case_ref.as_deref())?;
        sqlx::query("UPDATE meetings SET case_ref = $1 WHERE id = $2").bind(sealed).bind(id).execute(tx.conn()).await?;
    }
    if let Some(t) = starts_at {
        sqlx::query("UPDATE meetings SET starts_at = $1 WHERE id = $2").bind(t).bind(id).execute(tx.conn()).await?;
        sqlx::query("UPDATE participants SET code_expires_at = $1 WHERE meeting_id = $2")
            .bind(t + CODE_VALID_AFTER_MS)
            .bind(id)
            .execute(tx.conn())
            .await?;
    }
    let mut added = Vec::new();
    if let Some(people) = people {
        for gone in &people.removed {
            sqlx::query("DELETE FROM kiosk_sessions WHERE participant_id = $1").bind(gone).execute(tx.conn()).await?;
            sqlx::query("DELETE FROM participants WHERE id = $1 AND meeting_id = $2").bind(gone).bind(id).execute(tx.conn()).await?;
        }
        let expires = starts_at.unwrap_or(m.starts_at) + CODE_VALID_AFTER_MS;
        for (position, (existing, p)) in people.list.into_iter().enumerate() {
            match existing {
                Some(pid) => {
                    sqlx::query(
                        // An erased person's name stays erased.
                        "UPDATE participants SET position = $1, role = $2, first_name = CASE WHEN words_deleted_at IS NULL THEN $3 END, \
                         language = $4, age_band = $5, gender = $6 WHERE id = $7 AND meeting_id = $8",
                    )
                    .bind(position as i64)
                    .bind(p.role.as_str())
                    .bind(crypto::seal_opt(Field::FirstName, &pid, p.first_name.as_deref())?)
                    .bind(p.language)
                    .bind(&p.age_band)
                    .bind(&p.gender)
                    .bind(&pid)
                    .bind(id)
                    .execute(tx.conn())
                    .await?;
                }
                None => added.push(p.insert(tx.conn(), id, position, &auth::new_invite_code(), expires, public_base).await?),
            }
        }
    }
    sqlx::query("UPDATE meetings SET updated_at = $1 WHERE id = $2").bind(now_ms()).bind(id).execute(tx.conn()).await?;
    super::audit::record(tx.conn(), user, super::audit::Action::EditMeeting, id).await?;
    change.after(tx.conn()).await?;
    tx.commit().await?;
    Ok(added)
}

/// A new list of people, checked against the meeting's current one.
struct PeopleChange {
    /// In order: the existing id (or none, for someone new) and the details.
    list: Vec<(Option<String>, Checked)>,
    removed: Vec<String>,
}

/// A meeting's people: id → (role, whether they sent views).
pub async fn people_and_views(pool: &Pool, meeting_id: &str) -> Result<HashMap<String, (String, bool)>> {
    let rows = sqlx::query(
        "SELECT p.id, p.role, (SELECT COUNT(*) FROM views v WHERE v.participant_id = p.id) AS views_sent \
         FROM participants p WHERE p.meeting_id = $1",
    )
    .bind(meeting_id)
    .fetch_all(pool)
    .await?;
    let mut out = HashMap::new();
    for r in rows {
        // COUNT is a 64-bit integer in both databases (EXISTS is a boolean in one, a number in the other).
        out.insert(r.try_get("id")?, (r.try_get("role")?, r.try_get::<i64, _>("views_sent")? > 0));
    }
    Ok(out)
}

async fn check_people(pool: &Pool, meeting_id: &str, list: Vec<ParticipantChange>) -> Result<PeopleChange> {
    if list.len() > MAX_PARTICIPANTS {
        return Err(ServiceError::invalid("participants", "too_many", format!("at most {MAX_PARTICIPANTS} participants")));
    }
    let current = people_and_views(pool, meeting_id).await?;
    let mut kept = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(list.len());
    for (i, p) in list.into_iter().enumerate() {
        if let Some(pid) = &p.id {
            let Some((role, has_views)) = current.get(pid) else {
                return Err(ServiceError::invalid(format!("participants[{i}].id"), "unknown_participant", "no such participant in this meeting"));
            };
            if !kept.insert(pid.clone()) {
                return Err(ServiceError::invalid(format!("participants[{i}].id"), "duplicate", "each participant once"));
            }
            if *has_views && role != p.role.as_str() {
                return Err(ServiceError::Conflict { code: "has_views", message: "someone who sent views keeps their role".into() });
            }
        }
        let id = p.id.clone();
        let checked = Checked::new(
            i,
            NewParticipant { role: p.role, first_name: p.first_name, language: p.language, age_band: p.age_band, gender: p.gender },
        )?;
        out.push((id, checked));
    }
    let removed: Vec<String> = current.keys().filter(|id| !kept.contains(*id)).cloned().collect();
    if removed.iter().any(|id| current[id].1) {
        return Err(ServiceError::Conflict { code: "has_views", message: "someone who sent views cannot be removed".into() });
    }
    Ok(PeopleChange { list: out, removed })
}

fn held() -> ServiceError {
    ServiceError::Conflict { code: "meeting_closed", message: "the meeting was held; record a new outcome instead".into() }
}

/// A meeting's status as it is in the transaction (after `figures::tally::before` locked it).
async fn status_now(conn: &mut sqlx::AnyConnection, id: &str) -> Result<MeetingStatus> {
    let row = sqlx::query("SELECT status FROM meetings WHERE id = $1").bind(id).fetch_one(conn).await?;
    status_of(&row)
}

/// Cancels a meeting, keeping its record (and any views) for the figures and the audit.
/// Cancelling twice is fine; a held meeting cannot be cancelled here (its outcome says so).
pub async fn cancel(pool: &Pool, user: &User, id: &str) -> Result<()> {
    let m = owned(pool, user, id).await?;
    match m.status {
        MeetingStatus::Cancelled => Ok(()),
        MeetingStatus::Held => Err(held()),
        _ => {
            let mut tx = crate::db::begin_write(pool).await?;
            // Feedback from a cancelled meeting is not counted (see figures::tally).
            let change = super::figures::tally::before(tx.conn(), id).await?;
            // Again, now that the meeting is locked: held since the look above, it stays held.
            match status_now(tx.conn(), id).await? {
                MeetingStatus::Cancelled => return Ok(()),
                MeetingStatus::Held => return Err(held()),
                _ => {}
            }
            sqlx::query("UPDATE meetings SET status = 'cancelled', updated_at = $1 WHERE id = $2")
                .bind(now_ms())
                .bind(id)
                .execute(tx.conn())
                .await?;
            change.after(tx.conn()).await?;
            super::audit::record(tx.conn(), user, super::audit::Action::CancelMeeting, id).await?;
            tx.commit().await?;
            Ok(())
        }
    }
}
