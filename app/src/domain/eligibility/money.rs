//! Exact amounts and percentages. Money is whole øre; a percentage is stored in units of
//! 1/10 000 of a percentage point. Decisions compare by cross-multiplication in i128, so no
//! rounding ever decides a verdict.
use serde::{Deserialize, Serialize};
use std::fmt;

/// An amount in Danish kroner, held as whole øre.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Dkk(pub i64);

/// A percentage, in ten-thousandths of a percentage point: 16.6 % is `Percent(166_000)`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Percent(pub i64);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("not a number")]
    NotANumber,
    #[error("too many decimals")]
    TooManyDecimals,
    #[error("too large")]
    TooLarge,
}

/// The largest amount accepted: a trillion kroner, far above any real enterprise, and far
/// below where i128 products could overflow.
pub const MAX_DKK: Dkk = Dkk(100_000_000_000_000);

impl Dkk {
    pub const ZERO: Dkk = Dkk(0);
    /// Decimals an amount may have: there is nothing smaller than an øre.
    pub const DECIMALS: u32 = 2;

    pub fn from_kroner(kroner: i64) -> Self {
        Dkk(kroner * 100)
    }

    /// Parses "1234", "1234.5", "1234,50", "1.234.567,50" (Danish), "1,234,567.50"
    /// (English) and "-200". At most two decimals: there is nothing smaller than an øre.
    pub fn parse(input: &str) -> Result<Self, NumberError> {
        Self::from_units(parse_decimal(input, Self::DECIMALS)?)
    }

    /// Machine-written decimals only, as in JSON: "-1234.5". No grouping, no comma, so
    /// "10.001" is three decimals (refused), never ten thousand and one.
    pub fn parse_plain(input: &str) -> Result<Self, NumberError> {
        let body = input.strip_prefix('-').unwrap_or(input);
        let mut parts = body.split('.');
        let (whole, fraction) = (parts.next().unwrap_or(""), parts.next());
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || !digits(whole) || fraction.is_some_and(|f| !digits(f)) {
            return Err(NumberError::NotANumber);
        }
        if fraction.is_some_and(|f| f.len() > Self::DECIMALS as usize) {
            return Err(NumberError::TooManyDecimals);
        }
        Self::from_units(parse_decimal(input, Self::DECIMALS)?)
    }

    fn from_units(units: i128) -> Result<Self, NumberError> {
        if units.abs() > i128::from(MAX_DKK.0) {
            return Err(NumberError::TooLarge);
        }
        Ok(Dkk(units as i64))
    }

    pub fn ore(self) -> i64 {
        self.0
    }

    pub fn is_positive(self) -> bool {
        self.0 > 0
    }

    /// "1.234.567,50" (Danish grouping and decimal comma) or "1,234,567.50".
    pub fn format(self, danish: bool) -> String {
        let (group, decimal) = if danish { ('.', ',') } else { (',', '.') };
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let kroner = (abs / 100).to_string();
        let mut grouped = String::new();
        for (i, c) in kroner.chars().enumerate() {
            if i > 0 && (kroner.len() - i).is_multiple_of(3) {
                grouped.push(group);
            }
            grouped.push(c);
        }
        format!("{sign}{grouped}{decimal}{:02}", abs % 100)
    }

    /// The amount as a decimal string with a point, for JSON: "60000.5" → "60000.50".
    pub fn to_decimal_string(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

impl Percent {
    pub const SCALE: i64 = 10_000;
    /// Decimals a percentage may have: one unit of `SCALE`.
    pub const DECIMALS: u32 = 4;

    pub fn from_points(points: i64) -> Self {
        Percent(points * Self::SCALE)
    }

    /// Parses "16.6", "16,6", "49.99"; at most four decimals.
    pub fn parse(input: &str) -> Result<Self, NumberError> {
        let units = parse_decimal(input.trim().trim_end_matches('%').trim(), Self::DECIMALS)?;
        if units.abs() > 1_000_000 * i128::from(Self::SCALE) {
            return Err(NumberError::TooLarge);
        }
        Ok(Percent(units as i64))
    }

    /// `part / whole` as a percentage, rounded half away from zero to the nearest unit.
    /// `None` when `whole` is zero.
    pub fn ratio(part: Dkk, whole: Dkk) -> Option<Self> {
        if whole.0 == 0 {
            return None;
        }
        let numerator = i128::from(part.0) * 100 * i128::from(Self::SCALE);
        let whole = i128::from(whole.0);
        let quotient = numerator / whole;
        let remainder = numerator % whole;
        let rounded = if 2 * remainder.abs() >= whole.abs() {
            quotient + numerator.signum() * whole.signum()
        } else {
            quotient
        };
        Some(Percent(
            rounded.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64,
        ))
    }

    /// How `part / whole` compares with this percentage, exactly: part · 100 · SCALE against
    /// self · whole in i128, so no rounding ever decides. `whole` must be positive.
    pub fn cmp_share(self, part: Dkk, whole: Dkk) -> std::cmp::Ordering {
        let share = i128::from(part.0) * 100 * i128::from(Self::SCALE);
        share.cmp(&(i128::from(self.0) * i128::from(whole.0)))
    }

    /// The largest whole øre amount that is at most this percentage of `whole` (positive).
    pub fn floor_of(self, whole: Dkk) -> Dkk {
        let value = i128::from(whole.0) * i128::from(self.0) / (100 * i128::from(Self::SCALE));
        Dkk(value.clamp(0, i128::from(i64::MAX)) as i64)
    }

    /// "16,6" or "16.6": up to `decimals` decimals, trailing zeros dropped.
    pub fn format(self, danish: bool, decimals: u32) -> String {
        let decimals = decimals.min(4);
        let step = 10_i64.pow(4 - decimals);
        // Round half away from zero to the shown precision.
        let rounded = (self.0 + self.0.signum() * step / 2) / step;
        let sign = if rounded < 0 { "-" } else { "" };
        let abs = rounded.unsigned_abs();
        let scale = 10_u64.pow(decimals);
        let whole = abs / scale;
        let mut fraction = if decimals == 0 {
            String::new()
        } else {
            format!("{:0width$}", abs % scale, width = decimals as usize)
        };
        while fraction.ends_with('0') {
            fraction.pop();
        }
        if fraction.is_empty() {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}{}{fraction}", if danish { ',' } else { '.' })
        }
    }

    /// For JSON: "16.6".
    pub fn to_decimal_string(self) -> String {
        self.format(false, 4)
    }
}

impl fmt::Display for Dkk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_decimal_string())
    }
}

/// Parses a decimal with at most `max_decimals` decimals into integer units of
/// 10^-max_decimals. Danish and English writing both work:
/// - one separator (`,` or `.`) is the decimal mark: "1234,5", "1234.5" — unless three
///   digits follow and fewer decimals are allowed: then it groups thousands ("500.000");
/// - the same separator several times groups thousands: "1.234.567";
/// - both kinds: the last one is the decimal mark, the other groups: "1.234,50", "1,234.50".
fn parse_decimal(input: &str, max_decimals: u32) -> Result<i128, NumberError> {
    let text: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(&text)),
    };
    let is_separator = |c: char| c == '.' || c == ',';
    let separators: Vec<(usize, char)> = body
        .char_indices()
        .filter(|(_, c)| is_separator(*c))
        .collect();
    let last = separators.last().copied();
    let kinds_differ = separators
        .iter()
        .any(|(_, c)| Some(*c) != last.map(|(_, l)| l));
    let decimal_at = match (separators.len(), last) {
        (0, _) | (_, None) => None,
        // "500.000" or "1,234": exactly three digits after the only separator cannot be
        // decimals of an amount (two at most), so the separator groups thousands.
        (1, Some((i, _))) if body.len() - i - 1 == 3 && max_decimals < 3 => None,
        (1, Some((i, _))) => Some(i),
        (_, Some((i, last_char))) if kinds_differ => {
            // The decimal mark appears once.
            if separators.iter().filter(|(_, c)| *c == last_char).count() > 1 {
                return Err(NumberError::NotANumber);
            }
            Some(i)
        }
        _ => None,
    };
    let (whole, fraction) = match decimal_at {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    // Thousands groups have three digits after the first group.
    let groups: Vec<&str> = whole.split(is_separator).collect();
    if groups.len() > 1 && (groups[0].is_empty() || groups[1..].iter().any(|g| g.len() != 3)) {
        return Err(NumberError::NotANumber);
    }
    let whole: String = groups.concat();
    if whole.is_empty() && fraction.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(NumberError::NotANumber);
    }
    if fraction.len() > max_decimals as usize {
        return Err(NumberError::TooManyDecimals);
    }
    if whole.len() > 20 {
        return Err(NumberError::TooLarge);
    }
    let whole: i128 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| NumberError::TooLarge)?
    };
    let mut fraction_units: i128 = if fraction.is_empty() {
        0
    } else {
        fraction.parse().map_err(|_| NumberError::NotANumber)?
    };
    for _ in fraction.len()..max_decimals as usize {
        fraction_units *= 10;
    }
    let value = whole * 10_i128.pow(max_decimals) + fraction_units;
    Ok(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_danish_and_english_amounts() {
        assert_eq!(Dkk::parse("1234"), Ok(Dkk(123_400)));
        assert_eq!(Dkk::parse("1234,5"), Ok(Dkk(123_450)));
        assert_eq!(Dkk::parse("1234.50"), Ok(Dkk(123_450)));
        assert_eq!(Dkk::parse("1.234.567,50"), Ok(Dkk(123_456_750)));
        assert_eq!(Dkk::parse("1,234,567.50"), Ok(Dkk(123_456_750)));
        assert_eq!(Dkk::parse(" 500 000 "), Ok(Dkk(50_000_000)));
        assert_eq!(Dkk::parse("-200"), Ok(Dkk(-20_000)));
        assert_eq!(Dkk::parse("0,01"), Ok(Dkk(1)));
        assert_eq!(Dkk::parse("1.234.567"), Ok(Dkk(123_456_700)));
        // How Danes write five hundred thousand, and how the English write 1 234.
        assert_eq!(Dkk::parse("500.000"), Ok(Dkk(50_000_000)));
        assert_eq!(Dkk::parse("1,234"), Ok(Dkk(123_400)));
    }

    #[test]
    fn rejects_what_is_not_an_amount() {
        assert_eq!(Dkk::parse(""), Err(NumberError::NotANumber));
        assert_eq!(Dkk::parse("abc"), Err(NumberError::NotANumber));
        assert_eq!(Dkk::parse("12a"), Err(NumberError::NotANumber));
        assert_eq!(Dkk::parse("1.23.4"), Err(NumberError::NotANumber));
        assert_eq!(Dkk::parse("1,2,3.4,5"), Err(NumberError::NotANumber));
        assert_eq!(Dkk::parse("-"), Err(NumberError::NotANumber));
        assert_eq!(Dkk::parse("."), Err(NumberError::NotANumber));
        assert_eq!(Dkk::parse("1,0001"), Err(NumberError::TooManyDecimals));
        assert_eq!(
            Dkk::parse("99999999999999999999999"),
            Err(NumberError::TooLarge)
        );
        assert_eq!(Dkk::parse("2000000000000"), Err(NumberError::TooLarge));
    }

    #[test]
    fn plain_parsing_is_for_machine_numbers() {
        assert_eq!(Dkk::parse_plain("60000.5"), Ok(Dkk(6_000_050)));
        assert_eq!(Dkk::parse_plain("-25000"), Ok(Dkk(-2_500_000)));
        assert_eq!(
            Dkk::parse_plain("10.001"),
            Err(NumberError::TooManyDecimals)
        );
        assert_eq!(Dkk::parse_plain("0.001"), Err(NumberError::TooManyDecimals));
        for bad in ["1,5", "1.234.567", "1e15", "", ".5", "5.", "--1"] {
            assert_eq!(Dkk::parse_plain(bad), Err(NumberError::NotANumber), "{bad}");
        }
    }

    #[test]
    fn formats_amounts_per_language() {
        assert_eq!(Dkk(123_456_750).format(true), "1.234.567,50");
        assert_eq!(Dkk(123_456_750).format(false), "1,234,567.50");
        assert_eq!(Dkk(-5).format(true), "-0,05");
        assert_eq!(Dkk(6_000_000).to_decimal_string(), "60000.00");
    }

    #[test]
    fn ratios_round_half_away_from_zero() {
        assert_eq!(Percent::ratio(Dkk(35), Dkk(100)), Some(Percent(350_000)));
        // 1/3 = 33.33333…% → 33.3333
        assert_eq!(Percent::ratio(Dkk(1), Dkk(3)), Some(Percent(333_333)));
        // 2/3 = 66.66666…% → 66.6667
        assert_eq!(Percent::ratio(Dkk(2), Dkk(3)), Some(Percent(666_667)));
        assert_eq!(Percent::ratio(Dkk(1), Dkk(0)), None);
        assert_eq!(Percent::ratio(Dkk(-1), Dkk(3)), Some(Percent(-333_333)));
    }

    #[test]
    fn shares_compare_exactly_and_floor_to_the_ore() {
        use std::cmp::Ordering::*;
        let cap = Percent::from_points(35);
        assert_eq!(cap.cmp_share(Dkk(35), Dkk(100)), Equal);
        assert_eq!(cap.cmp_share(Dkk(35_000_001), Dkk(100_000_000)), Greater);
        assert_eq!(cap.cmp_share(Dkk(34), Dkk(100)), Less);
        assert_eq!(cap.floor_of(Dkk(3)), Dkk(1));
        assert_eq!(Percent(166_000).floor_of(Dkk(100_000_000)), Dkk(16_600_000));
    }

    #[test]
    fn percentages_parse_and_format() {
        assert_eq!(Percent::parse("16,6"), Ok(Percent(166_000)));
        assert_eq!(Percent::parse("49.99 %"), Ok(Percent(499_900)));
        assert_eq!(Percent::parse("35.0001"), Ok(Percent(350_001)));
        assert_eq!(
            Percent::parse("35.00001"),
            Err(NumberError::TooManyDecimals)
        );
        assert_eq!(Percent(166_000).format(true, 2), "16,6");
        assert_eq!(Percent(166_000).format(false, 2), "16.6");
        assert_eq!(Percent(350_001).format(false, 2), "35");
        assert_eq!(Percent(350_001).format(false, 4), "35.0001");
        assert_eq!(Percent(120_000).to_decimal_string(), "12");
    }
}
