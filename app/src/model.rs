//! Types shared by the browser and the server: what a kiosk screen shows and what a person
//! answers. The parsing rules here (lengths, ranges, allowed values) are the domain's, so the
//! JSON API and the kiosk screens refuse the same things.

pub use crate::domain::{AnswerText, FaceScale, FieldError, SafetyScale};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Child,
    Parent,
    Carer,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Child => "child",
            Role::Parent => "parent",
            Role::Carer => "carer",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "child" => Some(Role::Child),
            "parent" => Some(Role::Parent),
            "carer" => Some(Role::Carer),
            _ => None,
        }
    }
    pub fn is_child(self) -> bool {
        self == Role::Child
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    CseStrategy,
    Icpc,
    Rcpc,
    CinReview,
    LacReview,
    Other,
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 6] = [
        MeetingKind::CseStrategy,
        MeetingKind::Icpc,
        MeetingKind::Rcpc,
        MeetingKind::CinReview,
        MeetingKind::LacReview,
        MeetingKind::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingKind::CseStrategy => "cse_strategy",
            MeetingKind::Icpc => "icpc",
            MeetingKind::Rcpc => "rcpc",
            MeetingKind::CinReview => "cin_review",
            MeetingKind::LacReview => "lac_review",
            MeetingKind::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
    /// In a CSE meeting a parent or carer may be part of the worry, so a child's words are
    /// for the chair alone unless the child says otherwise.
    pub fn default_visibility(self) -> Visibility {
        match self {
            MeetingKind::CseStrategy => Visibility::ChairOnly,
            _ => Visibility::Everyone,
        }
    }
}

/// Who may see one of a child's answers: the child decides, answer by answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    Everyone,
    ChairOnly,
    TalkFirst,
}

impl Visibility {
    pub const ALL: [Visibility; 3] = [Visibility::Everyone, Visibility::ChairOnly, Visibility::TalkFirst];
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Everyone => "everyone",
            Visibility::ChairOnly => "chair_only",
            Visibility::TalkFirst => "talk_first",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TakingPart {
    Attend,
    Write,
    Someone,
    Phone,
    NotSure,
}

impl TakingPart {
    pub const ALL: [TakingPart; 5] =
        [TakingPart::Attend, TakingPart::Write, TakingPart::Someone, TakingPart::Phone, TakingPart::NotSure];
    pub fn as_str(self) -> &'static str {
        match self {
            TakingPart::Attend => "attend",
            TakingPart::Write => "write",
            TakingPart::Someone => "someone",
            TakingPart::Phone => "phone",
            TakingPart::NotSure => "not_sure",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum HelpedBy {
    Nobody,
    Interpreter,
    Advocate,
    SocialWorker,
    ParentCarer,
    SomeoneElse,
}

impl HelpedBy {
    pub const ALL: [HelpedBy; 6] = [
        HelpedBy::Nobody,
        HelpedBy::Interpreter,
        HelpedBy::Advocate,
        HelpedBy::SocialWorker,
        HelpedBy::ParentCarer,
        HelpedBy::SomeoneElse,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            HelpedBy::Nobody => "nobody",
            HelpedBy::Interpreter => "interpreter",
            HelpedBy::Advocate => "advocate",
            HelpedBy::SocialWorker => "social_worker",
            HelpedBy::ParentCarer => "parent_carer",
            HelpedBy::SomeoneElse => "someone_else",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Coming {
    Yes,
    No,
    NotSure,
}

impl Coming {
    pub const ALL: [Coming; 3] = [Coming::Yes, Coming::No, Coming::NotSure];
    pub fn as_str(self) -> &'static str {
        match self {
            Coming::Yes => "yes",
            Coming::No => "no",
            Coming::NotSure => "not_sure",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// One of a child's free-text answers with who may see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChildText {
    #[serde(default)]
    pub text: String,
    pub visibility: Visibility,
}

/// Everything a child may say before the meeting; every field is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChildAnswers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taking_part: Option<Vec<TakingPart>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub good_things: Option<ChildText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worries: Option<ChildText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wishes: Option<ChildText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supporter: Option<ChildText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anything_else: Option<ChildText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety_scale: Option<SafetyScale>,
    /// Who may see the safety scale; not chosen is "only the chair" (`safety_visibility()`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety_visibility: Option<Visibility>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub talk_soon: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helped_by: Option<HelpedBy>,
}

impl ChildAnswers {
    /// Who may see the safety scale. A child who did not say keeps it for the chair: how safe
    /// a child feels can be about someone in the room.
    pub fn safety_visibility(&self) -> Visibility {
        self.safety_visibility.unwrap_or(Visibility::ChairOnly)
    }

    /// Only what the child said everyone at the meeting may hear: the answers kept for the
    /// chair, or to talk about first, are gone (and so is the private "talk soon" flag). The
    /// safety scale stays only if the child chose "everyone"; who helped is for the chair alone
    /// (it tells whose voice the words are, which the child was never asked to share).
    pub fn for_everyone(&self) -> ChildAnswers {
        let shared = |t: &Option<ChildText>| t.clone().filter(|t| t.visibility == Visibility::Everyone);
        let safety_shared = self.safety_visibility() == Visibility::Everyone;
        ChildAnswers {
            taking_part: self.taking_part.clone(),
            good_things: shared(&self.good_things),
            worries: shared(&self.worries),
            wishes: shared(&self.wishes),
            supporter: shared(&self.supporter),
            anything_else: shared(&self.anything_else),
            safety_scale: self.safety_scale.filter(|_| safety_shared),
            safety_visibility: self.safety_visibility.filter(|_| safety_shared),
            talk_soon: None,
            helped_by: None,
        }
    }
}

/// Everything a parent or carer may say before the meeting; every field is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ParentAnswers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub going_well: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worries: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub would_help: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coming: Option<Coming>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter_language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_needs: Option<String>,
}

/// The answer to most feedback questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    Yes,
    ABit,
    No,
}

impl Reply {
    pub const ALL: [Reply; 3] = [Reply::Yes, Reply::ABit, Reply::No];
    pub const fn as_str(self) -> &'static str {
        match self {
            Reply::Yes => "yes",
            Reply::ABit => "a_bit",
            Reply::No => "no",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// "Did you meet the chair before?" has no "a bit".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum YesNo {
    Yes,
    No,
}

impl YesNo {
    pub const ALL: [YesNo; 2] = [YesNo::Yes, YesNo::No];
    pub const fn as_str(self) -> &'static str {
        match self {
            YesNo::Yes => "yes",
            YesNo::No => "no",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// "If you needed an interpreter, was one there?"
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InterpreterReply {
    Yes,
    No,
    NotNeeded,
}

impl InterpreterReply {
    pub const ALL: [InterpreterReply; 3] = [InterpreterReply::Yes, InterpreterReply::No, InterpreterReply::NotNeeded];
    pub const fn as_str(self) -> &'static str {
        match self {
            InterpreterReply::Yes => "yes",
            InterpreterReply::No => "no",
            InterpreterReply::NotNeeded => "not_needed",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// What anyone (child, parent or carer) says about a meeting afterwards. The four questions
/// parents say go wrong at conferences are for parents and carers only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct FeedbackAnswers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overall: Option<FaceScale>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listened: Option<Reply>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub understood: Option<Reply>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said_what_wanted: Option<Reply>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_in_time: Option<Reply>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub met_chair_before: Option<YesNo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter: Option<InterpreterReply>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub understood_decisions: Option<Reply>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idea: Option<String>,
}

/// Checks what serde cannot: the idea's length, and that a child was not given a parent's
/// question. (The face's range is `FaceScale`'s.)
pub fn check_feedback(role: Role, a: &FeedbackAnswers) -> Result<(), FieldError> {
    if role.is_child() {
        for (name, given) in [
            ("report_in_time", a.report_in_time.is_some()),
            ("met_chair_before", a.met_chair_before.is_some()),
            ("interpreter", a.interpreter.is_some()),
            ("understood_decisions", a.understood_decisions.is_some()),
        ] {
            if given {
                return Err(FieldError {
                    field: format!("answers.{name}"),
                    code: "not_for_child",
                    message: format!("{name} is asked of parents and carers only"),
                });
            }
        }
    }
    if let Some(i) = &a.idea {
        check_text("answers.idea", i)?;
    }
    Ok(())
}

/// A person's answers, whichever form they filled in. Tagged on the wire (to the browser);
/// stored and shown in the API as the inner form alone (`to_json` / `from_json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answers {
    Child(ChildAnswers),
    Parent(ParentAnswers),
}

impl Answers {
    /// Reads stored answers as the role's own form. (`{}` is valid for both, so the role,
    /// not the JSON, decides which it is.)
    pub fn from_json(role: Role, json: &str) -> Result<Self, serde_json::Error> {
        if role.is_child() {
            serde_json::from_str(json).map(Answers::Child)
        } else {
            serde_json::from_str(json).map(Answers::Parent)
        }
    }

    /// As `from_json`, from an already parsed object.
    pub fn from_value(role: Role, value: serde_json::Value) -> Result<Self, serde_json::Error> {
        if role.is_child() {
            serde_json::from_value(value).map(Answers::Child)
        } else {
            serde_json::from_value(value).map(Answers::Parent)
        }
    }

    /// The stored form: the answers object itself, as the API shows it.
    pub fn to_json(&self) -> String {
        match self {
            Answers::Child(c) => serde_json::to_string(c),
            Answers::Parent(p) => serde_json::to_string(p),
        }
        .unwrap_or_else(|_| "{}".into())
    }

    pub fn empty_for(role: Role) -> Self {
        if role.is_child() { Answers::Child(ChildAnswers::default()) } else { Answers::Parent(ParentAnswers::default()) }
    }
}


/// Checks the rule serde cannot: lengths. (The safety scale's range is `SafetyScale`'s.)
pub fn check_child(a: &ChildAnswers) -> Result<(), FieldError> {
    for (name, t) in [
        ("good_things", &a.good_things),
        ("worries", &a.worries),
        ("wishes", &a.wishes),
        ("supporter", &a.supporter),
        ("anything_else", &a.anything_else),
    ] {
        if let Some(t) = t {
            check_text(&format!("answers.{name}.text"), &t.text)?;
        }
    }
    Ok(())
}

pub fn check_parent(a: &ParentAnswers) -> Result<(), FieldError> {
    for (name, t) in [
        ("going_well", &a.going_well),
        ("worries", &a.worries),
        ("would_help", &a.would_help),
        ("interpreter_language", &a.interpreter_language),
        ("access_needs", &a.access_needs),
    ] {
        if let Some(t) = t {
            check_text(&format!("answers.{name}"), t)?;
        }
    }
    Ok(())
}

pub fn check_text(field: &str, text: &str) -> Result<(), FieldError> {
    AnswerText::check(field, text)
}

/// One screen of the kiosk journey. The order of screens is `flow(role)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    Welcome,
    TakingPart,
    About,
    GoodThings,
    Worries,
    Wishes,
    Safety,
    Supporter,
    AnythingElse,
    HelpedBy,
    GoingWell,
    WouldHelp,
    Coming,
    Interpreter,
    Access,
    Check,
    // After the meeting: feedback.
    Rating,
    Listened,
    Understood,
    SaidWanted,
    ReportInTime,
    MetChair,
    InterpreterThere,
    Decisions,
    Idea,
    FeedbackCheck,
}

const CHILD_FLOW: &[Step] = &[
    Step::Welcome,
    Step::TakingPart,
    Step::About,
    Step::GoodThings,
    Step::Worries,
    Step::Wishes,
    Step::Safety,
    Step::Supporter,
    Step::AnythingElse,
    Step::HelpedBy,
    Step::Check,
];

const PARENT_FLOW: &[Step] = &[
    Step::Welcome,
    Step::About,
    Step::GoingWell,
    Step::Worries,
    Step::WouldHelp,
    Step::Coming,
    Step::Interpreter,
    Step::Access,
    Step::Check,
];

const CHILD_FEEDBACK: &[Step] =
    &[Step::Welcome, Step::Rating, Step::Listened, Step::Understood, Step::SaidWanted, Step::Idea, Step::FeedbackCheck];

const PARENT_FEEDBACK: &[Step] = &[
    Step::Welcome,
    Step::Rating,
    Step::Listened,
    Step::Understood,
    Step::SaidWanted,
    Step::ReportInTime,
    Step::MetChair,
    Step::InterpreterThere,
    Step::Decisions,
    Step::Idea,
    Step::FeedbackCheck,
];

impl Step {
    pub fn slug(self) -> &'static str {
        match self {
            Step::Welcome => "welcome",
            Step::TakingPart => "taking-part",
            Step::About => "what-happens",
            Step::GoodThings => "good-things",
            Step::Worries => "worries",
            Step::Wishes => "wishes",
            Step::Safety => "safety",
            Step::Supporter => "who-with-me",
            Step::AnythingElse => "anything-else",
            Step::HelpedBy => "who-helped",
            Step::GoingWell => "going-well",
            Step::WouldHelp => "would-help",
            Step::Coming => "coming",
            Step::Interpreter => "interpreter",
            Step::Access => "access",
            Step::Check => "check",
            Step::Rating => "how-was-it",
            Step::Listened => "listened",
            Step::Understood => "understood",
            Step::SaidWanted => "said-what-you-wanted",
            Step::ReportInTime => "report-in-time",
            Step::MetChair => "met-chair",
            Step::InterpreterThere => "interpreter-there",
            Step::Decisions => "decisions",
            Step::Idea => "idea",
            Step::FeedbackCheck => "feedback-check",
        }
    }

    pub fn from_slug(role: Role, slug: &str) -> Option<Self> {
        flow(role).iter().chain(feedback_flow(role)).copied().find(|s| s.slug() == slug)
    }

    /// A screen of the feedback after the meeting (rather than the views before it).
    pub fn is_feedback(self) -> bool {
        self != Step::Welcome && CHILD_FEEDBACK.iter().chain(PARENT_FEEDBACK).any(|s| *s == self)
    }

    /// The "check your answers" screen of this screen's journey.
    pub fn check(self) -> Step {
        if self.is_feedback() { Step::FeedbackCheck } else { Step::Check }
    }

    /// The journey this screen belongs to.
    fn journey(self, role: Role) -> &'static [Step] {
        if self.is_feedback() { feedback_flow(role) } else { flow(role) }
    }

    pub fn path(self) -> String {
        format!("/k/{}", self.slug())
    }

    /// The screen after this one, or `None` on the last.
    pub fn next(self, role: Role) -> Option<Step> {
        let f = self.journey(role);
        f.iter().position(|s| *s == self).and_then(|i| f.get(i + 1).copied())
    }

    pub fn prev(self, role: Role) -> Option<Step> {
        let f = self.journey(role);
        f.iter().position(|s| *s == self).and_then(|i| i.checked_sub(1)).map(|i| f[i])
    }

    /// 1-based position and the number of question screens, for "Question 3 of 9".
    pub fn progress(self, role: Role) -> (usize, usize) {
        let f = self.journey(role);
        let i = f.iter().position(|s| *s == self).unwrap_or(0);
        (i + 1, f.len())
    }
}

pub fn flow(role: Role) -> &'static [Step] {
    if role.is_child() { CHILD_FLOW } else { PARENT_FLOW }
}

/// The feedback screens after the meeting, starting from the same welcome screen.
pub fn feedback_flow(role: Role) -> &'static [Step] {
    if role.is_child() { CHILD_FEEDBACK } else { PARENT_FEEDBACK }
}

/// The local (Europe/London) date and time of a meeting, in parts, so each language
/// can say it its own way from the same numbers on server and browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalTime {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    /// 1 = Monday … 7 = Sunday
    pub weekday: u32,
    pub hour: u32,
    pub minute: u32,
}

/// What the kiosk knows of the person holding the code: nothing of anyone else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KioskState {
    pub role: Role,
    pub first_name: Option<String>,
    pub meeting_kind: MeetingKind,
    pub starts_at: LocalTime,
    pub meeting_started: bool,
    pub answers: Answers,
    /// The id the final "send" carries, made once per draft, so a retry is never a second copy.
    pub submission_id: String,
    pub sent: bool,
    /// When the chair opened the views this person sent (after they sent them): the read
    /// receipt shown when they enter their code again.
    #[serde(default)]
    pub read_at: Option<LocalTime>,
    /// The meeting has started and was not cancelled: the code now opens feedback.
    #[serde(default)]
    pub feedback_open: bool,
    /// This person's feedback is in (from this visit or an earlier one).
    #[serde(default)]
    pub feedback_sent: bool,
    #[serde(default)]
    pub feedback: FeedbackAnswers,
}

/// A screen's form, as posted. One shape for every question screen keeps the server
/// function single and the no-JavaScript form identical to the hydrated one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepForm {
    pub step: String,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub visibility: Option<String>,
    #[serde(default)]
    pub choice: Option<String>,
    #[serde(default)]
    pub attend: Option<String>,
    #[serde(default)]
    pub write: Option<String>,
    #[serde(default)]
    pub someone: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub not_sure: Option<String>,
    #[serde(default)]
    pub talk_soon: Option<String>,
    /// Set when the person came from "check your answers", so they go back there.
    #[serde(default)]
    pub to_check: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_child_goes_through_every_screen_once_and_ends_on_check() {
        let mut s = Step::Welcome;
        let mut seen = vec![s];
        while let Some(n) = s.next(Role::Child) {
            seen.push(n);
            s = n;
        }
        assert_eq!(seen, CHILD_FLOW);
        assert_eq!(s, Step::Check);
        assert_eq!(Step::GoodThings.prev(Role::Child), Some(Step::About));
    }

    #[test]
    fn the_what_happens_screen_comes_before_any_free_text() {
        for role in [Role::Child, Role::Parent] {
            let f = flow(role);
            let about = f.iter().position(|s| *s == Step::About).unwrap();
            let first_text = f
                .iter()
                .position(|s| matches!(s, Step::GoodThings | Step::GoingWell | Step::Worries))
                .unwrap();
            assert!(about < first_text, "{role:?}");
        }
    }

    #[test]
    fn slugs_are_unique_across_views_and_feedback() {
        for role in [Role::Child, Role::Parent] {
            let all: Vec<_> = flow(role).iter().chain(&feedback_flow(role)[1..]).map(|s| s.slug()).collect();
            let mut slugs = all.clone();
            slugs.sort();
            slugs.dedup();
            assert_eq!(slugs.len(), all.len());
        }
    }

    #[test]
    fn feedback_runs_from_the_welcome_to_its_own_check_and_asks_parents_more() {
        for role in [Role::Child, Role::Parent] {
            let mut s = Step::Rating;
            assert_eq!(s.prev(role), Some(Step::Welcome));
            while let Some(n) = s.next(role) {
                assert!(n.is_feedback(), "{n:?}");
                s = n;
            }
            assert_eq!(s, Step::FeedbackCheck);
        }
        assert_eq!(Step::Welcome.next(Role::Child), Some(Step::TakingPart), "the welcome leads to views");
        assert_eq!(Step::from_slug(Role::Child, "met-chair"), None, "a parent's question");
        assert_eq!(Step::from_slug(Role::Carer, "met-chair"), Some(Step::MetChair));
        assert_eq!(Step::SaidWanted.next(Role::Child), Some(Step::Idea));
        assert_eq!(Step::Idea.progress(Role::Parent), (10, 11));
    }

    #[test]
    fn a_childs_feedback_keeps_to_the_childs_questions() {
        let a = FeedbackAnswers { overall: FaceScale::new(5), listened: Some(Reply::ABit), ..Default::default() };
        assert!(check_feedback(Role::Child, &a).is_ok());
        assert!(serde_json::from_str::<FeedbackAnswers>(r#"{"overall":0}"#).is_err(), "a face is 1 to 5");
        let a = FeedbackAnswers { met_chair_before: Some(YesNo::No), ..Default::default() };
        assert_eq!(check_feedback(Role::Child, &a).unwrap_err().code, "not_for_child");
        assert!(check_feedback(Role::Parent, &a).is_ok());
        let wire: FeedbackAnswers = serde_json::from_str(r#"{"overall":4,"listened":"a_bit","interpreter":"not_needed"}"#).unwrap();
        assert_eq!(wire.interpreter, Some(InterpreterReply::NotNeeded));
        assert!(serde_json::from_str::<FeedbackAnswers>(r#"{"listened":"maybe"}"#).is_err());
    }

    #[test]
    fn a_childs_long_words_and_a_safety_scale_over_ten_are_refused() {
        let long = ChildText { text: "a".repeat(AnswerText::MAX_CHARS + 1), visibility: Visibility::Everyone };
        let a = ChildAnswers { wishes: Some(long), ..Default::default() };
        assert_eq!(check_child(&a).unwrap_err().field, "answers.wishes.text");
        let e = serde_json::from_str::<ChildAnswers>(r#"{"safety_scale":11}"#).unwrap_err();
        assert!(e.to_string().contains("0 to 10"), "{e}");
        assert_eq!(serde_json::from_str::<ChildAnswers>(r#"{"safety_scale":10}"#).unwrap().safety_scale, SafetyScale::new(10));
    }

    #[test]
    fn a_cse_meeting_keeps_a_childs_words_for_the_chair_by_default() {
        assert_eq!(MeetingKind::CseStrategy.default_visibility(), Visibility::ChairOnly);
        assert_eq!(MeetingKind::Icpc.default_visibility(), Visibility::Everyone);
    }

    #[test]
    fn an_empty_parent_draft_stays_a_parents() {
        assert_eq!(Answers::from_json(Role::Parent, "{}").unwrap(), Answers::Parent(ParentAnswers::default()));
        assert_eq!(Answers::from_json(Role::Child, "{}").unwrap(), Answers::Child(ChildAnswers::default()));
        assert!(Answers::from_json(Role::Child, r#"{"coming":"yes"}"#).is_err());
        let a = Answers::Parent(ParentAnswers { coming: Some(Coming::Yes), ..Default::default() });
        assert_eq!(a.to_json(), r#"{"coming":"yes"}"#);
        let wire: Answers = serde_json::from_str(&serde_json::to_string(&Answers::Parent(ParentAnswers::default())).unwrap()).unwrap();
        assert!(matches!(wire, Answers::Parent(_)), "an empty parent draft reaches the browser as a parent's");
    }

    #[test]
    fn print_for_the_meeting_keeps_the_safety_scale_only_if_the_child_said_everyone() {
        let mut a = ChildAnswers {
            safety_scale: SafetyScale::new(3),
            helped_by: Some(HelpedBy::ParentCarer),
            good_things: Some(ChildText { text: "my dog".into(), visibility: Visibility::Everyone }),
            ..Default::default()
        };
        let shared = a.for_everyone();
        assert_eq!((shared.safety_scale, shared.helped_by), (None, None), "not chosen is for the chair");
        assert_eq!(shared.good_things, a.good_things);
        for kept_back in [Visibility::ChairOnly, Visibility::TalkFirst] {
            a.safety_visibility = Some(kept_back);
            assert_eq!(a.for_everyone().safety_scale, None, "{kept_back:?}");
        }
        a.safety_visibility = Some(Visibility::Everyone);
        let shared = a.for_everyone();
        assert_eq!((shared.safety_scale, shared.safety_visibility), (SafetyScale::new(3), Some(Visibility::Everyone)));
        assert_eq!(shared.helped_by, None, "who helped is never printed");
        let wire: ChildAnswers = serde_json::from_str(r#"{"safety_scale":4,"safety_visibility":"everyone"}"#).unwrap();
        assert_eq!(wire.safety_visibility(), Visibility::Everyone);
        assert_eq!(ChildAnswers::default().safety_visibility(), Visibility::ChairOnly);
        assert!(!serde_json::to_string(&ChildAnswers::default()).unwrap().contains("safety_visibility"));
    }

    #[test]
    fn unknown_child_fields_are_refused() {
        let r: Result<ChildAnswers, _> = serde_json::from_str(r#"{"going_well":"x"}"#);
        assert!(r.is_err());
    }
}
