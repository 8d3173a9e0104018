//! A message as an RFC 5322 `.eml` file: plain text, UTF-8, subject encoded per RFC 2047.
use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::{DateTime, Utc};

pub fn render_eml(
    message_id: &str,
    from: &str,
    to: &str,
    subject: &str,
    body: &str,
    date: DateTime<Utc>,
) -> String {
    let subject = format!("=?utf-8?B?{}?=", STANDARD.encode(subject));
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!(
        "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\nMessage-ID: {message_id}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n",
        date = date.to_rfc2822(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_file_has_headers_an_encoded_subject_and_crlf_lines() {
        let date = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
        let eml = render_eml(
            "<7.1@x.dk>",
            "noreply@x.dk",
            "a@b.dk",
            "Nulstil adgangskode",
            "Hej\nLinje 2",
            date,
        );
        assert!(eml.starts_with("From: noreply@x.dk\r\nTo: a@b.dk\r\n"));
        assert!(eml.contains("Subject: =?utf-8?B?TnVsc3RpbCBhZGdhbmdza29kZQ==?="));
        assert!(eml.contains("Date: Sun, 22 Nov 2026 12:00:00 +0000"));
        assert!(eml.contains("Message-ID: <7.1@x.dk>\r\n"));
        assert!(eml.ends_with("\r\n\r\nHej\r\nLinje 2\r\n"));
    }
}
