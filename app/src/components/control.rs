//! The kinds of control a `Field` renders.

/// What a `Field` renders.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Control {
    #[default]
    Text,
    Email,
    Tel,
    Password,
    Date,
    Number,
    Search,
    /// Several lines (`rows` high).
    TextArea,
    /// One of `options`, the one whose value is `value` chosen.
    Select,
    /// One box, label after it; posts `value` (`on` unless given) when ticked.
    Checkbox,
    /// A file to upload (in a form posting `multipart/form-data`).
    File,
}

impl Control {
    pub(super) fn input_type(self) -> &'static str {
        match self {
            Control::Email => "email",
            Control::Tel => "tel",
            Control::Password => "password",
            Control::Date => "date",
            Control::Number => "number",
            Control::Search => "search",
            Control::Checkbox => "checkbox",
            Control::File => "file",
            _ => "text",
        }
    }
}
