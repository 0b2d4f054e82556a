//! Kiosk drafts: one person's answers as they go screen by screen, held on the server so
//! nothing stays in the browser, thrown away on exit, when idle, or once sent.

use super::{Result, ServiceError, feedback, invites, submission, views};
use crate::{auth, crypto::{self, Field}, db::Pool, now_ms};
use app::api::{AppError, KioskBackend};
use app::model::*;
use sqlx::Row;

/// A draft not touched for this long is gone (the screen's own idle reset comes sooner).
pub const DRAFT_IDLE_MS: i64 = 30 * 60 * 1000;
/// A draft is gone this long after it began, however often it was read or saved: on a shared
/// tablet nobody's answers may wait indefinitely for the next person, even on a screen that
/// something keeps reloading.
pub const DRAFT_MAX_MS: i64 = 3 * 60 * 60 * 1000;

/// Starts a draft for the person a code belongs to; returns the draft's secret token and
/// the invite's language.
pub async fn start(pool: &Pool, code: &str, client: &str) -> Result<(String, String)> {
    let invite = invites::open(pool, code, client).await?;
    if super::limits::take(pool, super::limits::DRAFTS_PER_INVITE, &invite.participant_id).await?.is_err() {
        return Err(ServiceError::RateLimited);
    }
    let token = auth::new_token();
    let token_hash = auth::token_hash(&token);
    let now = now_ms();
    let empty = Answers::empty_for(invite.role).to_json();
    sqlx::query(
        "INSERT INTO kiosk_sessions (token_hash, participant_id, answers, submission_id, sent, created_at, last_seen_at) \
         VALUES ($1, $2, $3, $4, 0, $5, $5)",
    )
    .bind(&token_hash)
    .bind(&invite.participant_id)
    .bind(crypto::seal(Field::DraftAnswers, &token_hash, &empty)?)
    .bind(super::new_id())
    .bind(now)
    .execute(pool)
    .await?;
    // Drafts left behind by closed tabs, and counts of attempts whose window has ended:
    // cleared here rather than by a timer, so that no instance needs to run one.
    sqlx::query("DELETE FROM kiosk_sessions WHERE last_seen_at < $1 OR created_at < $2")
        .bind(now - DRAFT_IDLE_MS)
        .bind(now - DRAFT_MAX_MS)
        .execute(pool)
        .await?;
    super::limits::sweep(pool).await?;
    Ok((token, invite.language))
}

struct Draft {
    invite: invites::Invite,
    answers: Answers,
    submission_id: String,
    sent: bool,
    feedback: FeedbackAnswers,
    /// In the database, from this visit or an earlier one.
    feedback_sent: bool,
}

async fn load(pool: &Pool, token: &str) -> Result<Option<Draft>> {
    let now = now_ms();
    let token_hash = auth::token_hash(token);
    let Some(row) =
        sqlx::query("SELECT participant_id, answers, submission_id, sent, feedback, created_at, last_seen_at FROM kiosk_sessions WHERE token_hash = $1")
        .bind(&token_hash)
        .fetch_optional(pool)
        .await?
    else {
        return Ok(None);
    };
    if row.try_get::<i64, _>("last_seen_at")? < now - DRAFT_IDLE_MS || row.try_get::<i64, _>("created_at")? < now - DRAFT_MAX_MS {
        discard(pool, token).await?;
        return Ok(None);
    }
    let pid: String = row.try_get("participant_id")?;
    let Some(invite) = invites::by_participant(pool, &pid).await? else { return Ok(None) };
    let answers = match crypto::open_opt(Field::DraftAnswers, &token_hash, row.try_get("answers")?)? {
        Some(json) => Answers::from_json(invite.role, &json).map_err(|e| super::unreadable("draft", &e))?,
        None => Answers::empty_for(invite.role),
    };
    let feedback = match crypto::open_opt(Field::DraftFeedback, &token_hash, row.try_get("feedback")?)? {
        Some(json) => serde_json::from_str(&json).map_err(|e| super::unreadable("feedback draft", &e))?,
        None => FeedbackAnswers::default(),
    };
    // Only asked once feedback is open: before that, every screen would pay for it.
    let feedback_sent = invite.feedback_open(now) && feedback::sent(pool, &pid).await?;
    Ok(Some(Draft {
        invite,
        answers,
        submission_id: row.try_get("submission_id")?,
        sent: row.try_get::<i64, _>("sent")? == 1,
        feedback,
        feedback_sent,
    }))
}

fn state_of(d: &Draft) -> KioskState {
    KioskState {
        role: d.invite.role,
        first_name: d.invite.first_name.clone(),
        meeting_kind: d.invite.meeting_kind,
        starts_at: invites::local_time(d.invite.starts_at),
        meeting_started: d.invite.meeting_started(now_ms()),
        answers: d.answers.clone(),
        submission_id: d.submission_id.clone(),
        sent: d.sent,
        read_at: None,
        feedback_open: d.invite.feedback_open(now_ms()),
        feedback_sent: d.feedback_sent,
        feedback: d.feedback.clone(),
    }
}

pub async fn state(pool: &Pool, token: &str) -> Result<Option<KioskState>> {
    let Some(d) = load(pool, token).await? else { return Ok(None) };
    sqlx::query("UPDATE kiosk_sessions SET last_seen_at = $1 WHERE token_hash = $2")
        .bind(now_ms())
        .bind(auth::token_hash(token))
        .execute(pool)
        .await?;
    let mut s = state_of(&d);
    s.read_at = invites::read_at(pool, &d.invite).await?.map(invites::local_time);
    Ok(Some(s))
}

/// Text from a form: trimmed of surrounding space; no longer than the API takes.
fn text(form: &StepForm, field: &str) -> Result<String> {
    let t = form.text.clone().unwrap_or_default().trim().to_string();
    Ok(AnswerText::new(field, t)?.into_string())
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// Applies one screen's form to the answers. Unknown screens and values are refused.
pub fn apply(answers: &mut Answers, kind: MeetingKind, form: &StepForm) -> Result<()> {
    let bad = |what: &str| ServiceError::invalid(what, "invalid_field", format!("{what} is not a valid answer"));
    match answers {
        Answers::Child(c) => {
            let step = Step::from_slug(Role::Child, &form.step).ok_or_else(|| bad("step"))?;
            let child_text = |field: &str| -> Result<Option<ChildText>> {
                let visibility = match form.visibility.as_deref() {
                    None | Some("") => kind.default_visibility(),
                    Some(v) => Visibility::parse(v).ok_or_else(|| bad("visibility"))?,
                };
                Ok(Some(ChildText { text: text(form, field)?, visibility }))
            };
            match step {
                Step::TakingPart => {
                    let on = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.is_empty());
                    let chosen: Vec<TakingPart> = [
                        (TakingPart::Attend, &form.attend),
                        (TakingPart::Write, &form.write),
                        (TakingPart::Someone, &form.someone),
                        (TakingPart::Phone, &form.phone),
                        (TakingPart::NotSure, &form.not_sure),
                    ]
                    .into_iter()
                    .filter(|(_, v)| on(v))
                    .map(|(o, _)| o)
                    .collect();
                    c.taking_part = Some(chosen);
                }
                Step::GoodThings => c.good_things = child_text("good_things")?,
                Step::Worries => c.worries = child_text("worries")?,
                Step::Wishes => c.wishes = child_text("wishes")?,
                Step::Supporter => c.supporter = child_text("supporter")?,
                Step::AnythingElse => {
                    c.anything_else = child_text("anything_else")?;
                    c.talk_soon = Some(form.talk_soon.as_deref().is_some_and(|s| !s.is_empty()));
                }
                Step::Safety => {
                    let scale = match form.choice.as_deref() {
                        None | Some("") => None,
                        Some(v) => Some(SafetyScale::parse(v).ok_or_else(|| bad("safety_scale"))?),
                    };
                    // Who may see it; not chosen is "only the chair" (whatever the meeting's kind).
                    let visibility = match form.visibility.as_deref() {
                        None | Some("") => None,
                        Some(v) => Some(Visibility::parse(v).ok_or_else(|| bad("visibility"))?),
                    };
                    c.safety_scale = scale;
                    c.safety_visibility = scale.and(visibility);
                }
                Step::HelpedBy => {
                    c.helped_by = match form.choice.as_deref() {
                        None | Some("") => None,
                        Some(v) => Some(HelpedBy::parse(v).ok_or_else(|| bad("helped_by"))?),
                    }
                }
                _ => {}
            }
        }
        Answers::Parent(p) => {
            let step = Step::from_slug(Role::Parent, &form.step).ok_or_else(|| bad("step"))?;
            match step {
                Step::GoingWell => p.going_well = non_empty(text(form, "going_well")?),
                Step::Worries => p.worries = non_empty(text(form, "worries")?),
                Step::WouldHelp => p.would_help = non_empty(text(form, "would_help")?),
                Step::Interpreter => p.interpreter_language = non_empty(text(form, "interpreter_language")?),
                Step::Access => p.access_needs = non_empty(text(form, "access_needs")?),
                Step::Coming => {
                    p.coming = match form.choice.as_deref() {
                        None | Some("") => None,
                        Some(v) => Some(Coming::parse(v).ok_or_else(|| bad("coming"))?),
                    }
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// Applies one feedback screen's form. Unknown screens and values are refused.
pub fn apply_feedback(a: &mut FeedbackAnswers, role: Role, form: &StepForm) -> Result<()> {
    let bad = |what: &str| ServiceError::invalid(what, "invalid_field", format!("{what} is not a valid answer"));
    let step = Step::from_slug(role, &form.step).filter(|s| s.is_feedback()).ok_or_else(|| bad("step"))?;
    // A radio left unticked is no answer (every question may be skipped).
    let choice = form.choice.as_deref().filter(|c| !c.is_empty());
    fn pick<T>(choice: Option<&str>, parse: fn(&str) -> Option<T>, err: ServiceError) -> Result<Option<T>> {
        choice.map(|c| parse(c).ok_or(err)).transpose()
    }
    match step {
        Step::Rating => {
            a.overall = pick(choice, FaceScale::parse, bad("overall"))?
        }
        Step::Listened => a.listened = pick(choice, Reply::parse, bad("listened"))?,
        Step::Understood => a.understood = pick(choice, Reply::parse, bad("understood"))?,
        Step::SaidWanted => a.said_what_wanted = pick(choice, Reply::parse, bad("said_what_wanted"))?,
        Step::ReportInTime => a.report_in_time = pick(choice, Reply::parse, bad("report_in_time"))?,
        Step::MetChair => a.met_chair_before = pick(choice, YesNo::parse, bad("met_chair_before"))?,
        Step::InterpreterThere => a.interpreter = pick(choice, InterpreterReply::parse, bad("interpreter"))?,
        Step::Decisions => a.understood_decisions = pick(choice, Reply::parse, bad("understood_decisions"))?,
        Step::Idea => a.idea = non_empty(text(form, "idea")?),
        _ => {}
    }
    Ok(())
}

async fn save_feedback_step(pool: &Pool, token: &str, mut d: Draft, form: StepForm) -> Result<Option<KioskState>> {
    if !d.invite.feedback_open(now_ms()) {
        return Err(ServiceError::Conflict { code: "feedback_not_open", message: "feedback opens when the meeting starts".into() });
    }
    if d.feedback_sent {
        return Err(already_sent());
    }
    apply_feedback(&mut d.feedback, d.invite.role, &form)?;
    let json = serde_json::to_string(&d.feedback).map_err(|e| anyhow::anyhow!(e))?;
    let token_hash = auth::token_hash(token);
    sqlx::query("UPDATE kiosk_sessions SET feedback = $1, last_seen_at = $2 WHERE token_hash = $3")
        .bind(crypto::seal(Field::DraftFeedback, &token_hash, &json)?)
        .bind(now_ms())
        .bind(&token_hash)
        .execute(pool)
        .await?;
    Ok(Some(state_of(&d)))
}

fn already_sent() -> ServiceError {
    ServiceError::Conflict { code: "feedback_already_sent", message: "feedback for this invite was already sent; thank you".into() }
}

pub async fn save_step(pool: &Pool, token: &str, form: StepForm) -> Result<Option<KioskState>> {
    let Some(mut d) = load(pool, token).await? else { return Ok(None) };
    if Step::from_slug(d.invite.role, &form.step).is_some_and(|s| s.is_feedback()) {
        return save_feedback_step(pool, token, d, form).await;
    }
    if d.invite.meeting_started(now_ms()) {
        return Err(ServiceError::MeetingStarted);
    }
    apply(&mut d.answers, d.invite.meeting_kind, &form)?;
    let json = d.answers.to_json();
    let token_hash = auth::token_hash(token);
    sqlx::query("UPDATE kiosk_sessions SET answers = $1, last_seen_at = $2 WHERE token_hash = $3 AND sent = 0")
        .bind(crypto::seal(Field::DraftAnswers, &token_hash, &json)?)
        .bind(now_ms())
        .bind(&token_hash)
        .execute(pool)
        .await?;
    Ok(Some(state_of(&d)))
}

/// Sends the draft as the person's views. Sending again with the same submission id (a retry
/// after a dropped connection) is a success that stores nothing new.
/// `language` is the kiosk's language as they sent (they may have changed it on the way).
pub async fn send(pool: &Pool, token: &str, submission_id: &str, language: &str, sends_per_hour: u32) -> Result<Option<()>> {
    let Some(d) = load(pool, token).await? else { return Ok(None) };
    if submission_id != d.submission_id {
        return Err(ServiceError::invalid("submission_id", "invalid_field", "this is not the draft's submission id"));
    }
    if d.sent {
        return Ok(Some(()));
    }
    views::submit(pool, &d.invite, &d.submission_id, &d.answers, language, submission::Via::Kiosk, sends_per_hour).await?;
    // The answers leave the kiosk: only the fact that they were sent stays, until exit.
    sqlx::query("UPDATE kiosk_sessions SET answers = NULL, sent = 1, last_seen_at = $1 WHERE token_hash = $2")
        .bind(now_ms())
        .bind(auth::token_hash(token))
        .execute(pool)
        .await?;
    Ok(Some(()))
}

/// Sends the feedback draft; a retry with the same submission id stores nothing new.
pub async fn send_feedback(pool: &Pool, token: &str, submission_id: &str) -> Result<Option<()>> {
    let Some(d) = load(pool, token).await? else { return Ok(None) };
    if submission_id != d.submission_id {
        return Err(ServiceError::invalid("submission_id", "invalid_field", "this is not the draft's submission id"));
    }
    feedback::submit(pool, &d.invite, &d.submission_id, &d.feedback, submission::Via::Kiosk).await?;
    sqlx::query("UPDATE kiosk_sessions SET feedback = NULL, feedback_sent = 1, last_seen_at = $1 WHERE token_hash = $2")
        .bind(now_ms())
        .bind(auth::token_hash(token))
        .execute(pool)
        .await?;
    Ok(Some(()))
}

pub async fn discard(pool: &Pool, token: &str) -> Result<()> {
    sqlx::query("DELETE FROM kiosk_sessions WHERE token_hash = $1").bind(auth::token_hash(token)).execute(pool).await?;
    Ok(())
}

/// The kiosk operations as the Leptos server functions reach them.
pub struct Kiosk {
    pub pool: Pool,
    /// `TIPTOES_SENDS_PER_HOUR`.
    pub sends_per_hour: u32,
}

#[async_trait::async_trait]
impl KioskBackend for Kiosk {
    async fn enter_code(&self, code: &str, client: &str) -> std::result::Result<(String, String), AppError> {
        Ok(start(&self.pool, code, client).await?)
    }
    async fn state(&self, token: &str) -> std::result::Result<Option<KioskState>, AppError> {
        Ok(state(&self.pool, token).await?)
    }
    async fn save_step(&self, token: &str, form: StepForm) -> std::result::Result<KioskState, AppError> {
        save_step(&self.pool, token, form).await?.ok_or(AppError::SessionEnded)
    }
    async fn send(&self, token: &str, submission_id: &str, language: app::i18n::Lang) -> std::result::Result<(), AppError> {
        send(&self.pool, token, submission_id, language.tag(), self.sends_per_hour).await?.ok_or(AppError::SessionEnded)
    }
    async fn send_feedback(&self, token: &str, submission_id: &str) -> std::result::Result<(), AppError> {
        send_feedback(&self.pool, token, submission_id).await?.ok_or(AppError::SessionEnded)
    }
    async fn exit(&self, token: &str) -> std::result::Result<(), AppError> {
        Ok(discard(&self.pool, token).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(step: &str) -> StepForm {
        StepForm { step: step.into(), ..Default::default() }
    }

    #[test]
    fn the_safety_scale_is_for_the_chair_unless_the_child_says_everyone() {
        let mut a = Answers::empty_for(Role::Child);
        apply(&mut a, MeetingKind::Icpc, &StepForm { choice: Some("4".into()), ..form("safety") }).unwrap();
        let Answers::Child(c) = &a else { panic!() };
        assert_eq!((c.safety_scale, c.safety_visibility()), (SafetyScale::new(4), Visibility::ChairOnly), "not chosen, even outside CSE");
        let f = StepForm { choice: Some("4".into()), visibility: Some("everyone".into()), ..form("safety") };
        apply(&mut a, MeetingKind::Icpc, &f).unwrap();
        let Answers::Child(c) = &a else { panic!() };
        assert_eq!(c.safety_visibility, Some(Visibility::Everyone));
        // No number, no choice about who sees it.
        apply(&mut a, MeetingKind::Icpc, &StepForm { visibility: Some("everyone".into()), ..form("safety") }).unwrap();
        let Answers::Child(c) = &a else { panic!() };
        assert_eq!((c.safety_scale, c.safety_visibility), (None, None));
        let f = StepForm { choice: Some("4".into()), visibility: Some("world".into()), ..form("safety") };
        assert!(apply(&mut a, MeetingKind::Icpc, &f).is_err());
    }

    #[test]
    fn a_cse_child_answer_is_for_the_chair_unless_the_child_says_otherwise() {
        let mut a = Answers::empty_for(Role::Child);
        let f = StepForm { text: Some("  my worry  ".into()), ..form("worries") };
        apply(&mut a, MeetingKind::CseStrategy, &f).unwrap();
        let Answers::Child(c) = &a else { panic!() };
        assert_eq!(c.worries, Some(ChildText { text: "my worry".into(), visibility: Visibility::ChairOnly }));
        let f = StepForm { text: Some("x".into()), visibility: Some("everyone".into()), ..form("worries") };
        apply(&mut a, MeetingKind::CseStrategy, &f).unwrap();
        let Answers::Child(c) = &a else { panic!() };
        assert_eq!(c.worries.as_ref().unwrap().visibility, Visibility::Everyone);
    }

    #[test]
    fn ticked_boxes_become_the_taking_part_list() {
        let mut a = Answers::empty_for(Role::Child);
        let f = StepForm { attend: Some("on".into()), phone: Some("on".into()), ..form("taking-part") };
        apply(&mut a, MeetingKind::Icpc, &f).unwrap();
        let Answers::Child(c) = &a else { panic!() };
        assert_eq!(c.taking_part, Some(vec![TakingPart::Attend, TakingPart::Phone]));
    }

    #[test]
    fn bad_values_are_refused_and_change_nothing() {
        let mut a = Answers::empty_for(Role::Child);
        apply(&mut a, MeetingKind::Icpc, &StepForm { choice: Some("7".into()), ..form("safety") }).unwrap();
        let before = a.clone();
        assert!(apply(&mut a, MeetingKind::Icpc, &StepForm { choice: Some("11".into()), ..form("safety") }).is_err());
        assert!(apply(&mut a, MeetingKind::Icpc, &StepForm { visibility: Some("world".into()), ..form("wishes") }).is_err());
        assert!(apply(&mut a, MeetingKind::Icpc, &form("going-well")).is_err(), "a parent's screen on a child's draft");
        let long = "a".repeat(AnswerText::MAX_CHARS + 1);
        assert!(apply(&mut a, MeetingKind::Icpc, &StepForm { text: Some(long), ..form("wishes") }).is_err());
        assert_eq!(a, before);
    }

    #[test]
    fn feedback_screens_take_their_own_answers_and_refuse_others() {
        let mut a = FeedbackAnswers::default();
        apply_feedback(&mut a, Role::Child, &StepForm { choice: Some("5".into()), ..form("how-was-it") }).unwrap();
        apply_feedback(&mut a, Role::Child, &StepForm { choice: Some("a_bit".into()), ..form("listened") }).unwrap();
        apply_feedback(&mut a, Role::Child, &StepForm { text: Some("  more breaks ".into()), ..form("idea") }).unwrap();
        assert_eq!((a.overall, a.listened, a.idea.as_deref()), (FaceScale::new(5), Some(Reply::ABit), Some("more breaks")));
        let before = a.clone();
        assert!(apply_feedback(&mut a, Role::Child, &StepForm { choice: Some("6".into()), ..form("how-was-it") }).is_err());
        assert!(apply_feedback(&mut a, Role::Child, &StepForm { choice: Some("maybe".into()), ..form("understood") }).is_err());
        assert!(apply_feedback(&mut a, Role::Child, &StepForm { choice: Some("yes".into()), ..form("met-chair") }).is_err(), "a parent's question");
        assert!(apply_feedback(&mut a, Role::Child, &form("worries")).is_err(), "a views screen");
        assert_eq!(a, before);
        apply_feedback(&mut a, Role::Parent, &StepForm { choice: Some("not_needed".into()), ..form("interpreter-there") }).unwrap();
        assert_eq!(a.interpreter, Some(InterpreterReply::NotNeeded));
    }
}
