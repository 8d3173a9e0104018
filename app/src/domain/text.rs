//! Text normalisation for search and sorting, done in Rust so SQLite and PostgreSQL give the
//! same answers whatever their collation.

/// Lower-cases with Unicode rules (SQLite's `lower()` only folds ASCII) and collapses runs of
/// white space, so "  Æble  Haven" and "æble haven" match.
pub fn fold(input: &str) -> String {
    input
        .split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A key whose byte order is Danish alphabetical order: digits, a–z, then æ, ø, å. Each
/// character becomes two decimal digits, because every database collation orders strings of
/// digits the same way, while letters and punctuation are ordered differently by SQLite
/// (bytes) and PostgreSQL (the locale).
pub fn danish_sort_key(input: &str) -> String {
    let mut key = String::with_capacity(input.len() * 2);
    for c in fold(input).chars() {
        let rank: Option<u8> = match c {
            ' ' => Some(0),
            '0'..='9' => Some(1 + (c as u8 - b'0')),
            'a'..='z' => Some(11 + (c as u8 - b'a')),
            'é' | 'è' | 'ê' | 'ë' => Some(11 + 4),
            'á' | 'à' | 'â' => Some(11),
            'ü' => Some(11 + 24),
            'æ' | 'ä' => Some(37),
            'ø' | 'ö' => Some(38),
            'å' => Some(39),
            // Punctuation and other symbols do not decide the order.
            _ => None,
        };
        if let Some(rank) = rank {
            key.push(char::from(b'0' + rank / 10));
            key.push(char::from(b'0' + rank % 10));
        }
    }
    key
}

/// Escapes text for HTML: `&`, `<`, `>` and quotes.
pub fn html_escape(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Percent-encodes everything but unreserved characters, for a value in a URL's query.
pub fn url_encode(input: &str) -> String {
    input
        .bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A URL-safe name from a municipality's name: lower case, æ/ø/å spelt out as in
/// Danish URLs (ae/oe/aa), the word "Kommune" dropped, anything else a single hyphen.
/// "Hjørring Kommune" → "hjoerring".
pub fn slugify(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let lower = lower.strip_suffix(" kommune").unwrap_or(&lower);
    let mut out = String::with_capacity(lower.len());
    for c in lower.chars() {
        match spelt_out(c) {
            Some(spelt) => out.push_str(spelt),
            None if c.is_ascii_alphanumeric() => out.push(c),
            None if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            None => {}
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// The words a search matches, for both the indexed text and what is typed: lower case,
/// æ/ø/å spelt out (so "Ålborg" and "Aalborg" are the same word, either way round), accents
/// dropped, anything but letters and digits a space. The words never contain a character
/// that means something to SQLite's FTS5 or PostgreSQL's `tsquery`.
pub fn search_terms(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars().flat_map(char::to_lowercase) {
        match spelt_out(c) {
            Some(spelt) => out.push_str(spelt),
            None if c.is_alphanumeric() => out.push(c),
            None if !out.is_empty() && !out.ends_with(' ') => out.push(' '),
            None => {}
        }
    }
    out.trim_end().to_owned()
}

/// How Danish spells a letter in plain Latin letters (as in URLs and old spellings).
fn spelt_out(c: char) -> Option<&'static str> {
    Some(match c {
        'æ' | 'ä' => "ae",
        'ø' | 'ö' => "oe",
        'å' => "aa",
        'ü' => "ue",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'á' | 'à' | 'â' => "a",
        'í' | 'ì' | 'î' | 'ï' => "i",
        'ó' | 'ò' | 'ô' => "o",
        'ú' | 'ù' | 'û' => "u",
        _ => return None,
    })
}

/// Escapes `%`, `_` and the escape character itself for a SQL `LIKE … ESCAPE '\'` pattern, so
/// a search for "100%" finds that text and not everything.
pub fn like_escape(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A plausible address: one `@`, something before it, a dotted domain after, no spaces.
/// Whether it receives mail is only known by writing to it.
pub fn plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.contains(char::is_whitespace)
        && !domain.contains('@')
        && email.len() <= 254
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_spell_out_danish_letters_and_drop_kommune() {
        assert_eq!(slugify("Hjørring Kommune"), "hjoerring");
        assert_eq!(slugify("  Brønderslev kommune "), "broenderslev");
        assert_eq!(slugify("Ærø Kommune"), "aeroe");
        assert_eq!(slugify("Lyngby-Taarbæk Kommune"), "lyngby-taarbaek");
        assert_eq!(slugify("Høje-Taastrup  Kommune"), "hoeje-taastrup");
        assert_eq!(slugify("Aabenraa"), "aabenraa");
        assert_eq!(slugify("<script>"), "script");
        assert_eq!(slugify("!!!"), "");
    }

    #[test]
    fn search_terms_spell_out_danish_letters_both_ways() {
        assert_eq!(search_terms("Ålborg"), search_terms("AALBORG"));
        assert_eq!(
            search_terms("Grøn Kaffe-bar, Næstved!"),
            "groen kaffe bar naestved"
        );
        assert_eq!(search_terms("Café Ærø"), "cafe aeroe");
        assert_eq!(search_terms("  \"x\" OR * : & |  "), "x or");
        assert_eq!(search_terms("<script>"), "script");
        assert_eq!(search_terms("---"), "");
    }

    #[test]
    fn fold_lowercases_danish_letters_and_spaces() {
        assert_eq!(fold("  ÆBLE   Haven ØST "), "æble haven øst");
    }

    #[test]
    fn sort_key_puts_ae_oe_aa_after_z() {
        let mut names = vec![
            "Åen Café",
            "Zebra Bikes",
            "Ølstykke Ost",
            "Æblegården",
            "Anker",
        ];
        names.sort_by_key(|n| danish_sort_key(n));
        assert_eq!(
            names,
            [
                "Anker",
                "Zebra Bikes",
                "Æblegården",
                "Ølstykke Ost",
                "Åen Café"
            ]
        );
    }

    #[test]
    fn sort_key_is_digits_only_and_case_blind() {
        let key = danish_sort_key("Grøn Omstilling ApS!");
        assert!(key.bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(key, danish_sort_key("GRØN omstilling aps"));
    }

    #[test]
    fn shorter_prefix_sorts_first() {
        assert!(danish_sort_key("Café") < danish_sort_key("Café Nord"));
    }

    #[test]
    fn html_escape_leaves_no_markup() {
        assert_eq!(
            html_escape("</textarea><script>a('&')</script>"),
            "&lt;/textarea&gt;&lt;script&gt;a(&#39;&amp;&#39;)&lt;/script&gt;"
        );
    }

    #[test]
    fn like_escape_neutralises_wildcards() {
        assert_eq!(like_escape("100%_a\\b"), "100\\%\\_a\\\\b");
    }

    #[test]
    fn emails_need_a_dotted_domain_and_no_spaces() {
        for ok in ["a@b.dk", "første.efternavn@kommune.dk"] {
            assert!(plausible_email(ok), "{ok}");
        }
        for bad in [
            "", "a", "a@", "@b.dk", "a@b", "a b@c.dk", "a@b.dk.", "a@@b.dk",
        ] {
            assert!(!plausible_email(bad), "{bad}");
        }
    }
}
