//! Every email the app writes, in one place: what each message says is presentation, so
//! the features only name the message and its facts. Staff get Danish; a requester gets
//! the language they wrote in where the feature knows it.
use super::{MailText, Message};
use crate::domain::enquiry::Topic;
use crate::i18n::{Labelled, Lang};
use chrono::NaiveDate;

/// One of the app's emails with the facts it needs.
pub enum Mail<'a> {
    /// A link to choose a new password, valid `minutes`.
    PasswordReset {
        name: &'a str,
        link: &'a str,
        minutes: i64,
    },
    /// A new member of staff's link to choose a first password, valid `days`.
    Invitation {
        name: &'a str,
        invited_by: &'a str,
        link: &'a str,
        days: i64,
    },
    /// To the requester: reference, promised answer date and private status link.
    EnquiryReceipt {
        name: &'a str,
        reference: &'a str,
        municipality: &'a str,
        due: NaiveDate,
        link: &'a str,
    },
    /// To the municipality's contacts: a new enquiry with its text.
    EnquiryNotice {
        reference: &'a str,
        topic: Topic,
        name: &'a str,
        email: &'a str,
        due: NaiveDate,
        message: &'a str,
        /// The enquiry's page in the staff area.
        link: &'a str,
    },
    /// To a member of staff an enquiry was routed to, by a person or a routing rule.
    EnquiryAssigned { reference: &'a str, by: &'a str },
    /// To the requester: a reply from the municipality.
    EnquiryReply {
        name: &'a str,
        reference: &'a str,
        reply: &'a str,
    },
    /// A step of a registry listing or of a mentor, to the person it concerns or to the
    /// contacts: these messages share their facts, each uses those it names.
    Step {
        subject: MailText,
        body: MailText,
        facts: Facts<'a>,
    },
}

/// What the emails of a step may name.
#[derive(Clone, Copy, Default)]
pub struct Facts<'a> {
    pub name: &'a str,
    pub company: &'a str,
    pub cvr: &'a str,
    pub municipality: &'a str,
    pub link: &'a str,
    pub reason: &'a str,
    /// A date the message names, written out (an annual report's due date).
    pub due: &'a str,
    /// How to reach someone: a name and an email address.
    pub contact: &'a str,
}

impl Mail<'_> {
    /// Subject and body in `lang`.
    pub fn compose(&self, lang: Lang) -> (String, String) {
        match *self {
            Mail::PasswordReset {
                name,
                link,
                minutes,
            } => (
                lang.t(MailText::ResetEmailSubject).to_owned(),
                lang.fill(
                    MailText::ResetEmailBody,
                    &[("name", &name), ("link", &link), ("minutes", &minutes)],
                ),
            ),
            Mail::Invitation {
                name,
                invited_by,
                link,
                days,
            } => (
                lang.t(MailText::InviteEmailSubject).to_owned(),
                lang.fill(
                    MailText::InviteEmailBody,
                    &[
                        ("name", &name),
                        ("by", &invited_by),
                        ("link", &link),
                        ("days", &days),
                    ],
                ),
            ),
            Mail::EnquiryReceipt {
                name,
                reference,
                municipality,
                due,
                link,
            } => (
                lang.fill(
                    MailText::EnquiryReceiptSubject,
                    &[("reference", &reference)],
                ),
                lang.fill(
                    MailText::EnquiryReceiptBody,
                    &[
                        ("name", &name),
                        ("reference", &reference),
                        ("municipality", &municipality),
                        ("due", &lang.date(due)),
                        ("link", &link),
                    ],
                ),
            ),
            Mail::EnquiryNotice {
                reference,
                topic,
                name,
                email,
                due,
                message,
                link,
            } => {
                let topic = lang.t(topic.label());
                (
                    lang.fill(
                        MailText::EnquiryNoticeSubject,
                        &[("reference", &reference), ("topic", &topic)],
                    ),
                    lang.fill(
                        MailText::EnquiryNoticeBody,
                        &[
                            ("reference", &reference),
                            ("topic", &topic),
                            ("name", &name),
                            ("email", &email),
                            ("due", &lang.date(due)),
                            ("message", &message),
                            ("link", &link),
                        ],
                    ),
                )
            }
            Mail::EnquiryAssigned { reference, by } => (
                lang.fill(
                    MailText::EnquiryAssignedSubject,
                    &[("reference", &reference)],
                ),
                lang.fill(
                    MailText::EnquiryAssignedBody,
                    &[("reference", &reference), ("by", &by)],
                ),
            ),
            Mail::EnquiryReply {
                name,
                reference,
                reply,
            } => (
                lang.fill(MailText::EnquiryReplySubject, &[("reference", &reference)]),
                lang.fill(
                    MailText::EnquiryReplyBody,
                    &[
                        ("name", &name),
                        ("reference", &reference),
                        ("reply", &reply),
                    ],
                ),
            ),
            Mail::Step {
                subject,
                body,
                facts: f,
            } => {
                let args: [(&str, &dyn std::fmt::Display); 8] = [
                    ("name", &f.name),
                    ("company", &f.company),
                    ("cvr", &f.cvr),
                    ("municipality", &f.municipality),
                    ("link", &f.link),
                    ("reason", &f.reason),
                    ("due", &f.due),
                    ("contact", &f.contact),
                ];
                (lang.fill(subject, &args), lang.fill(body, &args))
            }
        }
    }

    /// The message to `to` in `lang`, ready for `enqueue`.
    pub fn to(&self, municipality_id: Option<i32>, to: &str, lang: Lang) -> Message {
        let (subject, body) = self.compose(lang);
        Message {
            municipality_id,
            to: to.to_owned(),
            subject,
            body,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_receipt_names_the_reference_and_the_date_in_the_requesters_language() {
        let mail = Mail::EnquiryReceipt {
            name: "Mette",
            reference: "HV-2026-00001",
            municipality: "Frederikshavn Kommune",
            due: NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
            link: "http://x/enquiry/status/abc",
        };
        let (subject, body) = mail.compose(Lang::Da);
        assert!(subject.contains("HV-2026-00001"));
        assert!(body.contains("7.12.2026") && body.contains("http://x/enquiry/status/abc"));
        let (_, body) = mail.compose(Lang::En);
        assert!(body.contains("7 December 2026"));
    }
}
