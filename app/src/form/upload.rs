//! A form with a file (`enctype="multipart/form-data"`), read as it arrives: its text
//! fields, and its one file up to a limit; the rest of a larger file is read and dropped,
//! so it costs no more memory than the limit and the browser, having sent it all, gets the
//! answer (the server's body limit bounds how much that is). Server only.
use crate::error::{AppError, FieldError};
use crate::i18n::Msg;
use std::collections::HashMap;

/// The fields of one posted form with a file.
#[derive(Debug, Default)]
pub struct Upload {
    pub fields: HashMap<String, String>,
    /// The file's bytes (empty when none was chosen).
    pub file: Vec<u8>,
    /// The file was larger than the limit; `file` is empty.
    pub too_large: bool,
}

impl Upload {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }
}

/// At most this much text in a text field.
const MAX_FIELD_BYTES: usize = 4096;
/// At most this many fields.
const MAX_FIELDS: usize = 16;

/// Reads the form: the file from field `file_field`, up to `max_bytes`.
pub async fn read(
    data: leptos::server_fn::codec::MultipartData,
    file_field: &str,
    max_bytes: usize,
) -> Result<Upload, AppError> {
    let Some(mut multipart) = data.into_inner() else {
        return Err(AppError::Internal);
    };
    let malformed = |_| AppError::invalid(file_field, Msg::ErrorLogoUnreadable);
    let mut upload = Upload::default();
    let mut count = 0;
    while let Some(mut field) = multipart.next_field().await.map_err(malformed)? {
        count += 1;
        if count > MAX_FIELDS {
            return Err(AppError::invalid(file_field, Msg::ErrorLogoUnreadable));
        }
        let name = field.name().unwrap_or_default().to_owned();
        let is_file = name == file_field;
        let limit = if is_file { max_bytes } else { MAX_FIELD_BYTES };
        let mut bytes = Vec::new();
        let mut too_large = false;
        while let Some(chunk) = field.chunk().await.map_err(malformed)? {
            too_large |= bytes.len() + chunk.len() > limit;
            match too_large {
                true => bytes = Vec::new(),
                false => bytes.extend_from_slice(&chunk),
            }
        }
        if too_large && !is_file {
            return Err(AppError::Invalid(vec![FieldError::too_long(
                &name,
                MAX_FIELD_BYTES,
            )]));
        }
        upload.too_large |= too_large && is_file;
        if is_file {
            upload.file = bytes;
        } else {
            upload
                .fields
                .insert(name, String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    Ok(upload)
}
