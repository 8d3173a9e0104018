//! The emails' texts, Danish first, in a table of their own (`i18n::texts!`): server only,
//! so the browser's bundle carries none of them. `{…}` placeholders are filled by
//! `Lang::fill`.
crate::i18n::texts! {
    MailText;
    ResetEmailSubject { da: "Nulstil din adgangskode", en: "Reset your password" }
    ResetEmailBody {
        da: "Hej {name}\n\nDu (eller nogen med din e-mail) har bedt om at nulstille adgangskoden. Vælg en ny her:\n\n{link}\n\nLinket virker én gang i {minutes} minutter. Har du ikke bedt om det, kan du se bort fra denne mail.\n",
        en: "Hello {name}\n\nYou (or someone with your email) asked to reset the password. Choose a new one here:\n\n{link}\n\nThe link works once, for {minutes} minutes. If you did not ask, ignore this email.\n",
    }
    EnquiryReceiptSubject { da: "Vi har modtaget din henvendelse ({reference})", en: "We have received your enquiry ({reference})" }
    EnquiryReceiptBody {
        da: "Hej {name}\n\nTak for din henvendelse til {municipality}. Dit referencenummer er {reference}.\n\nDu får svar senest {due}. Her kan du følge sagen og se svaret:\n{link}\n\nVenlig hilsen\n{municipality}\n",
        en: "Hello {name}\n\nThank you for your enquiry to {municipality}. Your reference is {reference}.\n\nYou will have an answer by {due}. Follow it and see the answer here:\n{link}\n\nKind regards\n{municipality}\n",
    }
    EnquiryNoticeSubject { da: "Ny henvendelse {reference}: {topic}", en: "New enquiry {reference}: {topic}" }
    EnquiryNoticeBody {
        da: "Ny henvendelse {reference} om {topic} fra {name} <{email}>. Svarfrist: {due}.\n\n{message}\n\nSe og besvar den her:\n{link}\n",
        en: "New enquiry {reference} about {topic} from {name} <{email}>. Answer by: {due}.\n\n{message}\n\nSee and answer it here:\n{link}\n",
    }
    EnquiryReplySubject { da: "Svar på din henvendelse {reference}", en: "Reply to your enquiry {reference}" }
    EnquiryReplyBody {
        da: "Hej {name}\n\nSvar på din henvendelse {reference}:\n\n{reply}\n\nDu kan også se svaret via linket i din kvittering.\n",
        en: "Hello {name}\n\nReply to your enquiry {reference}:\n\n{reply}\n\nYou can also see it through the link in your receipt.\n",
    }
    EnquiryAssignedSubject { da: "Henvendelse {reference} er sendt til dig", en: "Enquiry {reference} has been routed to you" }
    EnquiryAssignedBody { da: "{by} har sendt henvendelse {reference} videre til dig. Se den under Henvendelser.\n", en: "{by} has routed enquiry {reference} to you. See it under Enquiries.\n" }
    ListingConfirmSubject { da: "Bekræft din ansøgning til registret", en: "Confirm your application to the registry" }
    ListingConfirmBody {
        da: "Hej {name}\n\nTak for ansøgningen om at få {company} optaget i registret over socialøkonomiske virksomheder hos {municipality}.\n\nBekræft din e-mailadresse ved at åbne dette link:\n{link}\n\nFørst når du har bekræftet, ser kommunen ansøgningen. Har du ikke søgt, kan du se bort fra denne e-mail.\n",
        en: "Hello {name}\n\nThank you for applying to have {company} listed in {municipality}'s registry of social-economy enterprises.\n\nConfirm your email address by opening this link:\n{link}\n\nThe municipality sees the application only once you have confirmed. If you did not apply, ignore this email.\n",
    }
    ListingReceivedSubject { da: "Din ansøgning til registret er modtaget", en: "Your application to the registry has been received" }
    ListingReceivedBody {
        da: "Hej {name}\n\nKommunen har nu din ansøgning for {company}. Her kan du følge den og svare, hvis kommunen beder om ændringer:\n{link}\n\nGem linket: det er din adgang til ansøgningen.\n",
        en: "Hello {name}\n\nThe municipality now has your application for {company}. Follow it here, and answer if the municipality asks for changes:\n{link}\n\nKeep the link: it is your access to the application.\n",
    }
    ListingChangesSubject { da: "Kommunen beder om ændringer i ansøgningen for {company}", en: "The municipality asks for changes to the application for {company}" }
    ListingChangesBody {
        da: "Hej {name}\n\nKommunen beder om ændringer i ansøgningen for {company}:\n\n{reason}\n\nRet og send ansøgningen igen her:\n{link}\n\nLinket erstatter tidligere links til ansøgningen.\n",
        en: "Hello {name}\n\nThe municipality asks for changes to the application for {company}:\n\n{reason}\n\nCorrect and resend the application here:\n{link}\n\nThis link replaces earlier links to the application.\n",
    }
    ReportReminderSubject { da: "Årsrapporten for {company} skal indsendes senest {due}", en: "The annual report of {company} is due by {due}" }
    ReportReminderBody {
        da: "Hej {name}\n\nÅrsrapporten for {company} (CVR {cvr}) skal være indsendt senest {due}.\n\nEr virksomheden stadig en registreret socialøkonomisk virksomhed? Tag selvtesten igen og se, om I stadig opfylder kriterierne:\n{link}\n",
        en: "Hello {name}\n\nThe annual report of {company} (CVR {cvr}) is due by {due}.\n\nIs the company still a registered social-economy enterprise? Take the self-assessment again to see whether you still meet the criteria:\n{link}\n",
    }
    ListingPublishedSubject { da: "{company} er nu optaget i registret", en: "{company} is now listed in the registry" }
    ListingPublishedBody {
        da: "Hej {name}\n\n{company} er nu optaget i registret over socialøkonomiske virksomheder:\n{link}\n",
        en: "Hello {name}\n\n{company} is now listed in the registry of social-economy enterprises:\n{link}\n",
    }
    ListingRejectedSubject { da: "Ansøgningen for {company} er afvist", en: "The application for {company} has been rejected" }
    ListingRejectedBody {
        da: "Hej {name}\n\nKommunen har afvist ansøgningen om at optage {company} i registret:\n\n{reason}\n\nDu er velkommen til at skrive til kommunen eller søge igen.\n",
        en: "Hello {name}\n\nThe municipality has rejected the application to list {company} in the registry:\n\n{reason}\n\nYou are welcome to write to the municipality or apply again.\n",
    }
    ListingDeregisteredSubject { da: "{company} er afregistreret", en: "{company} has been deregistered" }
    ListingDeregisteredBody {
        da: "Hej {name}\n\n{company} er fjernet fra registret over socialøkonomiske virksomheder:\n\n{reason}\n",
        en: "Hello {name}\n\n{company} has been removed from the registry of social-economy enterprises:\n\n{reason}\n",
    }
    ListingNoticeSubject { da: "Ny ansøgning til registret: {company}", en: "New application to the registry: {company}" }
    ListingNoticeBody {
        da: "{company} (CVR {cvr}) har søgt om at blive optaget i registret. Se ansøgningen her:\n{link}\n",
        en: "{company} (CVR {cvr}) has applied to be listed in the registry. See the application here:\n{link}\n",
    }
    InviteEmailSubject { da: "Du er oprettet som medarbejder", en: "You have been added as a member of staff" }
    InviteEmailBody {
        da: "Hej {name}\n\n{by} har oprettet dig som medarbejder på kommunens side om socialøkonomi. Vælg din adgangskode her:\n\n{link}\n\nLinket virker én gang i {days} dage.\n",
        en: "Hello {name}\n\n{by} has added you as a member of staff on the municipality's social economy site. Choose your password here:\n\n{link}\n\nThe link works once, for {days} days.\n",
    }
    MentorRequestReceiptSubject { da: "Vi har jeres ønske om en mentor", en: "We have your request for a mentor" }
    MentorRequestReceiptBody {
        da: "Hej {name}\n\nTak for jeres ønske om en mentor. {municipality} finder en mentor, der passer, og skriver til dig med et forslag.\n\nHar du ikke bedt om en mentor, kan du se bort fra denne e-mail.\n",
        en: "Hello {name}\n\nThank you for your request for a mentor. {municipality} finds a mentor who fits and writes to you with a proposal.\n\nIf you did not ask for a mentor, ignore this email.\n",
    }
    MentorRequestNoticeSubject { da: "Ønske om mentor: {company}", en: "Request for a mentor: {company}" }
    MentorRequestNoticeBody {
        da: "{name} ({company}) ønsker en mentor. Se ønsket og forslagene til mentorer her:\n{link}\n",
        en: "{name} ({company}) asks for a mentor. See the request and the suggested mentors here:\n{link}\n",
    }
    MentorConfirmSubject { da: "Bekræft din tilmelding som mentor", en: "Confirm your sign-up as a mentor" }
    MentorConfirmBody {
        da: "Hej {name}\n\nTak, fordi du vil være mentor i {municipality}s mentorordning for socialøkonomiske virksomheder.\n\nBekræft din e-mailadresse ved at åbne dette link:\n{link}\n\nFørst når du har bekræftet, ser kommunen din tilmelding. Har du ikke tilmeldt dig, kan du se bort fra denne e-mail.\n",
        en: "Hello {name}\n\nThank you for offering to mentor social-economy enterprises in {municipality}'s mentor scheme.\n\nConfirm your email address by opening this link:\n{link}\n\nThe municipality sees your sign-up only once you have confirmed. If you did not sign up, ignore this email.\n",
    }
    MentorNoticeSubject { da: "Ny mentor tilmeldt: {name}", en: "New mentor signed up: {name}" }
    MentorNoticeBody {
        da: "{name} ({company}) har tilmeldt sig mentorordningen og bekræftet sin e-mailadresse. Godkend eller afvis tilmeldingen her:\n{link}\n",
        en: "{name} ({company}) has signed up to the mentor scheme and confirmed their email address. Approve or decline the sign-up here:\n{link}\n",
    }
    MentorApprovedSubject { da: "Du er godkendt som mentor", en: "You are approved as a mentor" }
    MentorApprovedBody {
        da: "Hej {name}\n\n{municipality} har godkendt dig som mentor. Vi skriver, når vi har en virksomhed, du passer til.\n\nPå din egen side kan du ændre, hvor meget og hvornår du kan, holde pause eller melde dig ud:\n{link}\n\nGem linket: det er din adgang.\n",
        en: "Hello {name}\n\n{municipality} has approved you as a mentor. We will write when we have an enterprise you fit.\n\nOn your own page you can change how much and when you can help, pause, or leave:\n{link}\n\nKeep the link: it is your access.\n",
    }
    MentorDeclinedSubject { da: "Din tilmelding som mentor", en: "Your sign-up as a mentor" }
    MentorDeclinedBody {
        da: "Hej {name}\n\nTak for din tilmelding til mentorordningen. {municipality} har desværre ikke kunnet godkende den:\n\n{reason}\n\nDu er velkommen til at skrive til kommunen, hvis du har spørgsmål.\n",
        en: "Hello {name}\n\nThank you for signing up to the mentor scheme. {municipality} has not been able to approve it:\n\n{reason}\n\nYou are welcome to write to the municipality if you have questions.\n",
    }
    MentorAlreadySubject { da: "Du er allerede tilmeldt mentorordningen", en: "You are already signed up to the mentor scheme" }
    MentorAlreadyBody {
        da: "Hej {name}\n\nNogen (måske dig) har forsøgt at tilmelde denne e-mailadresse til {municipality}s mentorordning. Du er allerede tilmeldt: brug linket i e-mailen, hvor kommunen godkendte dig, eller skriv til kommunen.\n\nHar du ikke forsøgt, kan du se bort fra denne e-mail.\n",
        en: "Hello {name}\n\nSomeone (perhaps you) tried to sign this email address up to {municipality}'s mentor scheme. You are already signed up: use the link in the email in which the municipality approved you, or write to the municipality.\n\nIf it was not you, ignore this email.\n",
    }
    MentorshipProposedMentorSubject { da: "Forslag til mentorforløb: {company}", en: "A proposed mentorship: {company}" }
    MentorshipProposedMentorBody {
        da: "Hej {name}\n\n{municipality} foreslår dig som mentor for {company}. Læs forslaget, og bekræft aftalen om tavshedspligt her:\n{link}\n\nForløbet går i gang, når både du og virksomheden har bekræftet.\n",
        en: "Hello {name}\n\n{municipality} proposes you as the mentor of {company}. Read the proposal and confirm the confidentiality agreement here:\n{link}\n\nThe mentorship starts when both you and the enterprise have confirmed.\n",
    }
    MentorshipProposedEnterpriseSubject { da: "I har fået en mentor", en: "You have a mentor" }
    MentorshipProposedEnterpriseBody {
        da: "Hej {name}\n\n{municipality} har fundet en mentor til {company}. Læs forslaget, og bekræft aftalen om tavshedspligt her:\n{link}\n\nForløbet går i gang, når både I og mentoren har bekræftet.\n",
        en: "Hello {name}\n\n{municipality} has found a mentor for {company}. Read the proposal and confirm the confidentiality agreement here:\n{link}\n\nThe mentorship starts when both you and the mentor have confirmed.\n",
    }
    MentorshipActiveSubject { da: "Mentorforløbet er i gang: {company}", en: "The mentorship has started: {company}" }
    MentorshipActiveBody {
        da: "Hej {name}\n\nBegge har bekræftet aftalen om tavshedspligt, og mentorforløbet er i gang. Du kan nå {company} her:\n\n{contact}\n\nAftal jeres første møde. Mål og periode står på siden fra e-mailen med forslaget.\n\nVenlig hilsen\n{municipality}\n",
        en: "Hello {name}\n\nBoth have confirmed the confidentiality agreement, and the mentorship has started. You can reach {company} here:\n\n{contact}\n\nAgree on your first meeting. Goals and period are on the page linked from the proposal email.\n\nKind regards\n{municipality}\n",
    }
    MentorshipEvaluateSubject { da: "Hvordan gik mentorforløbet?", en: "How did the mentorship go?" }
    MentorshipEvaluateBody {
        da: "Hej {name}\n\nMentorforløbet med {company} er afsluttet. Giv det en vurdering fra 1 til 5 og en kommentar, hvis du vil (det tager et minut). Kun kommunens medarbejdere læser svaret:\n{link}\n\nVenlig hilsen\n{municipality}\n",
        en: "Hello {name}\n\nThe mentorship with {company} has ended. Give it a rating from 1 to 5 and a comment if you like (it takes a minute). Only the municipality's staff read the answer:\n{link}\n\nKind regards\n{municipality}\n",
    }
    MentorshipCancelledSubject { da: "Mentorforløbet er annulleret", en: "The mentorship is cancelled" }
    MentorshipCancelledBody {
        da: "Hej {name}\n\n{municipality} har annulleret mentorforløbet med {company}:\n\n{reason}\n\nSkriv til kommunen, hvis du har spørgsmål.\n",
        en: "Hello {name}\n\n{municipality} has cancelled the mentorship with {company}:\n\n{reason}\n\nWrite to the municipality if you have questions.\n",
    }
    MentorLeftSubject { da: "Mentor udmeldt midt i et forløb: {name}", en: "Mentor left during a mentorship: {name}" }
    MentorLeftBody {
        da: "{name} har meldt sig ud af mentorordningen, mens dette forløb kører:\n{link}\n\nAftal med virksomheden, om forløbet skal afsluttes, eller om den skal have en ny mentor.\n",
        en: "{name} has left the mentor scheme while this mentorship runs:\n{link}\n\nAgree with the enterprise whether to end it or find a new mentor.\n",
    }
    MentorshipQuietSubject { da: "Mentorforløb uden møder: {company}", en: "Mentorship without meetings: {company}" }
    MentorshipQuietBody {
        da: "Der er ikke registreret et møde i mentorforløbet mellem {name} og {company} siden {due}: seks uger uden møder.\n\nSpørg, hvordan det går, eller sæt forløbet på pause:\n{link}\n\nDu får kun denne påmindelse én gang, indtil der igen er holdt et møde.\n",
        en: "No meeting has been logged in the mentorship between {name} and {company} since {due}: six weeks without meetings.\n\nAsk how it is going, or pause the mentorship:\n{link}\n\nYou get this reminder once, until a meeting has been held again.\n",
    }
}

#[cfg(test)]
mod tests {
    use super::MailText;
    use crate::i18n::{Lang, placeholders};

    #[test]
    fn no_email_text_is_blank_or_has_other_placeholders_in_english() {
        for text in MailText::ALL {
            let (da, en) = (text.text(Lang::Da), text.text(Lang::En));
            assert!(!da.trim().is_empty() && !en.trim().is_empty(), "{text:?}");
            assert_eq!(
                placeholders(da),
                placeholders(en),
                "{text:?}: other placeholders"
            );
        }
    }
}
