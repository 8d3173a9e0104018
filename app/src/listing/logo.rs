//! A company's logo from an uploaded file: recognised by its content (never by its name or
//! declared type), decoded within limits, scaled down to at most `MAX_SIDE` pixels a side
//! and re-encoded as PNG, which carries none of the original's metadata (camera, place).
//! A decompression bomb stops at its header; a text file named `.png` is not a picture.
//! Server only, and pure: bytes in, bytes out.
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;

/// The largest file accepted, in bytes (1 MB).
pub const MAX_BYTES: usize = 1024 * 1024;
/// The largest picture decoded, in pixels a side; larger is refused before decoding.
pub const MAX_SOURCE_SIDE: u32 = 4096;
/// The largest logo kept, in pixels a side: enough for a profile at twice the pixel
/// density.
pub const MAX_SIDE: u32 = 400;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogoError {
    /// No file, or an empty one.
    Missing,
    /// Above `MAX_BYTES`.
    TooLarge,
    /// Not a PNG, JPEG or WebP picture.
    NotAPicture,
    /// Above `MAX_SOURCE_SIDE` pixels a side.
    TooManyPixels,
    /// Starts like a picture but cannot be read.
    Unreadable,
}

/// The logo as kept: PNG bytes and its size.
#[derive(Clone, Debug)]
pub struct Logo {
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// The file's picture, re-encoded.
pub fn reencode(bytes: &[u8]) -> Result<Logo, LogoError> {
    if bytes.is_empty() {
        return Err(LogoError::Missing);
    }
    if bytes.len() > MAX_BYTES {
        return Err(LogoError::TooLarge);
    }
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| LogoError::NotAPicture)?;
    if !matches!(
        reader.format(),
        Some(ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP)
    ) {
        return Err(LogoError::NotAPicture);
    }
    let mut decoder = reader.into_decoder().map_err(|_| LogoError::Unreadable)?;
    let (width, height) = decoder.dimensions();
    if width > MAX_SOURCE_SIDE || height > MAX_SOURCE_SIDE {
        return Err(LogoError::TooManyPixels);
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SOURCE_SIDE);
    limits.max_image_height = Some(MAX_SOURCE_SIDE);
    // Four bytes a pixel at the largest size, and some room for the decoder's own buffers.
    limits.max_alloc = Some(u64::from(MAX_SOURCE_SIDE).pow(2) * 4 + 16 * 1024 * 1024);
    // (64 MB at most for the largest picture; `queries::logo` decodes one at a time.)
    decoder
        .set_limits(limits)
        .map_err(|_| LogoError::TooManyPixels)?;
    // A phone's photo says which way up it was taken; the re-encoded one has no such note.
    let orientation = decoder.orientation().ok();
    let mut picture = DynamicImage::from_decoder(decoder).map_err(|_| LogoError::Unreadable)?;
    // Scaled first (the box is square, so turning after is the same), by area averaging:
    // turning or filtering the full-size picture would cost a copy and seconds.
    if picture.width() > MAX_SIDE || picture.height() > MAX_SIDE {
        picture = picture.thumbnail(MAX_SIDE, MAX_SIDE);
    }
    if let Some(orientation) = orientation {
        picture.apply_orientation(orientation);
    }
    // Eight bits a channel, transparency kept where there is any.
    let picture = match picture.color().has_alpha() {
        true => DynamicImage::ImageRgba8(picture.into_rgba8()),
        false => DynamicImage::ImageRgb8(picture.into_rgb8()),
    };
    let mut png = Vec::new();
    picture
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|_| LogoError::Unreadable)?;
    Ok(Logo {
        png,
        width: picture.width(),
        height: picture.height(),
    })
}

/// Pictures for the tests of logos, here and in the server's.
#[cfg(any(test, feature = "test-support"))]
pub mod testing {
    use image::{DynamicImage, ImageBuffer, ImageFormat, Rgb};
    use std::io::Cursor;

    /// A picture of `width` × `height` in `format`: a gradient, which compresses well.
    pub fn picture(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
        encoded(width, height, format, |x, y| {
            Rgb([(x % 256) as u8, (y % 256) as u8, 128])
        })
    }

    /// A PNG whose pixels vary enough that it compresses little (1400 × 900 is over 2 MB).
    pub fn noise(width: u32, height: u32) -> Vec<u8> {
        encoded(width, height, ImageFormat::Png, |x, y| {
            Rgb([(x % 251) as u8, (y % 241) as u8, ((x * y) % 239) as u8])
        })
    }

    fn encoded(
        width: u32,
        height: u32,
        format: ImageFormat,
        pixel: impl Fn(u32, u32) -> Rgb<u8>,
    ) -> Vec<u8> {
        let mut bytes = Vec::new();
        DynamicImage::ImageRgb8(ImageBuffer::from_fn(width, height, pixel))
            .write_to(&mut Cursor::new(&mut bytes), format)
            .expect("a picture encodes");
        bytes
    }

    /// A PNG's header rewritten to claim another size (its checksum made right again): a
    /// decompression bomb's header in a few hundred bytes.
    pub fn with_size(png: &[u8], width: u32, height: u32) -> Vec<u8> {
        let mut bytes = png.to_vec();
        // Signature (8), chunk length (4), "IHDR" (4), then width and height.
        bytes[16..20].copy_from_slice(&width.to_be_bytes());
        bytes[20..24].copy_from_slice(&height.to_be_bytes());
        let crc = crc32(&bytes[12..29]);
        bytes[29..33].copy_from_slice(&crc.to_be_bytes());
        bytes
    }

    /// PNG's chunk checksum (CRC-32, ISO 3309).
    pub fn crc32(data: &[u8]) -> u32 {
        let mut crc = !0u32;
        for byte in data {
            crc ^= u32::from(*byte);
            for _ in 0..8 {
                crc = (crc >> 1) ^ (0xEDB8_8320 & (!(crc & 1)).wrapping_add(1));
            }
        }
        !crc
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{crc32, picture, with_size};
    use super::*;
    use image::{ImageBuffer, Rgba};

    fn encoded(picture: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut bytes = Vec::new();
        picture
            .write_to(&mut Cursor::new(&mut bytes), format)
            .unwrap();
        bytes
    }

    #[test]
    fn png_jpeg_and_webp_become_png_of_bounded_size() {
        for format in [ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::WebP] {
            let logo = reencode(&picture(1200, 600, format)).unwrap();
            assert_eq!((logo.width, logo.height), (400, 200), "{format:?}");
            assert_eq!(
                image::guess_format(&logo.png).unwrap(),
                ImageFormat::Png,
                "{format:?}"
            );
        }
        // Small ones keep their size.
        let logo = reencode(&picture(64, 32, ImageFormat::Png)).unwrap();
        assert_eq!((logo.width, logo.height), (64, 32));
    }

    #[test]
    fn transparency_is_kept() {
        let see_through =
            DynamicImage::ImageRgba8(ImageBuffer::from_pixel(8, 8, Rgba([0, 0, 0, 0])));
        let logo = reencode(&encoded(see_through, ImageFormat::Png)).unwrap();
        let back = image::load_from_memory(&logo.png).unwrap();
        assert!(back.color().has_alpha());
        assert_eq!(back.to_rgba8().get_pixel(0, 0)[3], 0);
    }

    #[test]
    fn metadata_is_not_carried_over() {
        // A PNG with a text chunk (as cameras and editors write) after its header.
        let plain = picture(4, 4, ImageFormat::Png);
        let text = b"Author\0Secret Person, Vestergade 1";
        let mut chunk = (text.len() as u32).to_be_bytes().to_vec();
        chunk.extend_from_slice(b"tEXt");
        chunk.extend_from_slice(text);
        chunk.extend_from_slice(&crc32(&chunk[4..]).to_be_bytes());
        let bytes = [&plain[..33], &chunk, &plain[33..]].concat();
        assert!(image::load_from_memory(&bytes).is_ok(), "still a valid PNG");
        assert!(contains(&bytes, b"Secret Person"));
        let logo = reencode(&bytes).unwrap();
        assert!(!contains(&logo.png, b"Secret Person"));
        assert!(!contains(&logo.png, b"tEXt"));
    }

    #[test]
    fn a_text_file_named_png_is_not_a_picture() {
        let text = b"<html><script>alert(1)</script></html>\n".repeat(20);
        assert_eq!(reencode(&text).unwrap_err(), LogoError::NotAPicture);
        // Nor are formats outside the three (a GIF), however well formed.
        let gif = b"GIF89a\x04\x00\x04\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00;";
        assert_eq!(reencode(gif).unwrap_err(), LogoError::NotAPicture);
        assert_eq!(reencode(b"").unwrap_err(), LogoError::Missing);
    }

    #[test]
    fn a_file_above_one_megabyte_is_refused_unread() {
        let mut big = picture(16, 16, ImageFormat::Png);
        big.resize(MAX_BYTES + 1, 0);
        assert_eq!(reencode(&big).unwrap_err(), LogoError::TooLarge);
    }

    #[test]
    fn a_decompression_bomb_stops_at_its_header() {
        // 20 000 × 20 000 pixels (1.6 GB decoded) said in a file of a few hundred bytes.
        let bomb = with_size(&picture(1, 1, ImageFormat::Png), 20_000, 20_000);
        assert!(bomb.len() < 1000);
        assert_eq!(reencode(&bomb).unwrap_err(), LogoError::TooManyPixels);
        // A picture whose data ends early is unreadable, not a panic.
        let good = picture(100, 100, ImageFormat::Png);
        assert_eq!(
            reencode(&good[..good.len() / 2]).unwrap_err(),
            LogoError::Unreadable
        );
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }
}
