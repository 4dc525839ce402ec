//! The answer code: a compact, versioned, checksummed text that carries one
//! respondent's answers from their phone to a facilitator, by link, QR code
//! or copy and paste, without a server.
//!
//! ## Layout
//! `kr1-` followed by base64url (no padding) of these bytes:
//!
//! | bytes | meaning |
//! |---|---|
//! | 1 | format (1) |
//! | 1 + L | length and ASCII of the content version |
//! | 1 | mode: 0 quick scan, 1 full check |
//! | 1 + Q | number of classification questions, then one bit mask of chosen choices each |
//! | 2 + ⌈3N/8⌉ | number of items (big endian), then 3 bits per item in content order: 0 unanswered, 1-5 agreement, 6 don't know |
//! | 1 + T | length and UTF-8 of an optional label (the respondent's own choice) |
//! | 4 | CRC-32 of everything before it |
//!
//! Packing by content order keeps a full check under 60 bytes, so the QR
//! code stays small enough for any phone camera; the price is that a code
//! only decodes under the content version it was made with, which the
//! decoder says plainly.

use super::answer::{Agreement, Answer};
use super::content::Content;
use super::response::{Mode, Response};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use crc::{Crc, CRC_32_ISO_HDLC};
use std::fmt;

const PREFIX: &str = "kr1-";
const FORMAT: u8 = 1;
const CHECKSUM: Crc<u32> = Crc::<u32>::new(&CRC_32_ISO_HDLC);
/// Longest label kept, in characters: enough for a name and organisation.
pub const MAX_LABEL_CHARS: usize = 60;

/// A response as it travels: the answers and an optional label.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub response: Response,
    pub label: Option<String>,
}

/// Why a code could not be read. Nothing is changed when decoding fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing was given.
    Empty,
    /// The text is not a Kansrijk answer code at all.
    NotACode,
    /// The code is cut off.
    Truncated,
    /// The checksum does not match: a character was changed or lost.
    Damaged,
    /// Made by a newer app that writes a format this one can't read.
    UnsupportedFormat(u8),
    /// Made with another version of the questions.
    OtherContentVersion { code: String, ours: String },
    /// The checksum matches but the contents make no sense for this content.
    Inconsistent(&'static str),
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Empty => f.write_str("no code given"),
            CodeError::NotACode => f.write_str("not a Kansrijk answer code"),
            CodeError::Truncated => f.write_str("the code is incomplete"),
            CodeError::Damaged => f.write_str("the code is damaged (checksum mismatch)"),
            CodeError::UnsupportedFormat(v) => write!(f, "code format {v} is not supported"),
            CodeError::OtherContentVersion { code, ours } => {
                write!(f, "made with questions version {code}; this app has {ours}")
            }
            CodeError::Inconsistent(why) => {
                write!(f, "the code does not fit these questions: {why}")
            }
        }
    }
}

impl std::error::Error for CodeError {}

impl CodeError {
    /// A stable id for the user-facing message of this error.
    pub fn id(&self) -> &'static str {
        match self {
            CodeError::Empty => "empty",
            CodeError::NotACode => "not_a_code",
            CodeError::Truncated => "truncated",
            CodeError::Damaged => "damaged",
            CodeError::UnsupportedFormat(_) => "unsupported_format",
            CodeError::OtherContentVersion { .. } => "other_content_version",
            CodeError::Inconsistent(_) => "inconsistent",
        }
    }
}

/// Keeps a label printable and short: control characters go, length is
/// capped. Markup needs no escaping here because the view renders text only.
pub fn clean_label(label: &str) -> Option<String> {
    let cleaned: String = label
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_LABEL_CHARS)
        .collect();
    let trimmed = cleaned.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// Encodes a response (and an optional label) as an answer code.
pub fn encode(content: &Content, shared: &Shared) -> String {
    let response = &shared.response;
    let mut bytes = vec![FORMAT];
    let version = content.version.as_bytes();
    bytes.push(version.len() as u8);
    bytes.extend_from_slice(version);
    bytes.push(match response.mode {
        Mode::Quick => 0,
        Mode::Full => 1,
    });
    bytes.push(content.classification.len() as u8);
    for q in &content.classification {
        let chosen = response.classification.get(&q.id);
        let mask = q.choices.iter().enumerate().fold(0u8, |mask, (i, c)| {
            if chosen.is_some_and(|ch| ch.contains(&c.id)) && i < 8 {
                mask | (1 << i)
            } else {
                mask
            }
        });
        bytes.push(mask);
    }
    let n = content.items.len();
    bytes.extend_from_slice(&(n as u16).to_be_bytes());
    let mut packed = vec![0u8; (3 * n).div_ceil(8)];
    for (i, item) in content.items.iter().enumerate() {
        let value = match response.answer(&item.id) {
            None => 0,
            Some(Answer::Agreement(a)) => a.value(),
            Some(Answer::DontKnow) => 6,
        };
        write_bits(&mut packed, 3 * i, value);
    }
    bytes.extend_from_slice(&packed);
    let label = shared
        .label
        .as_deref()
        .and_then(clean_label)
        .unwrap_or_default();
    bytes.push(label.len() as u8);
    bytes.extend_from_slice(label.as_bytes());
    bytes.extend_from_slice(&CHECKSUM.checksum(&bytes).to_be_bytes());
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Reads an answer code. Whitespace around and inside it (from copying or
/// line wrapping) is ignored, and a whole link is accepted too.
pub fn decode(content: &Content, text: &str) -> Result<Shared, CodeError> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty() {
        return Err(CodeError::Empty);
    }
    let start = compact.find(PREFIX).ok_or(CodeError::NotACode)?;
    let body = &compact[start + PREFIX.len()..];
    let body = body.split(['&', '#', '?']).next().unwrap_or("");
    let bytes = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| CodeError::NotACode)?;
    if bytes.len() < 5 {
        return Err(CodeError::Truncated);
    }
    let (data, sum) = bytes.split_at(bytes.len() - 4);
    let expected = u32::from_be_bytes([sum[0], sum[1], sum[2], sum[3]]);
    if CHECKSUM.checksum(data) != expected {
        return Err(CodeError::Damaged);
    }
    let mut reader = Reader { data, at: 0 };
    let format = reader.byte()?;
    if format != FORMAT {
        return Err(CodeError::UnsupportedFormat(format));
    }
    let version_len = usize::from(reader.byte()?);
    let version = std::str::from_utf8(reader.take(version_len)?)
        .map_err(|_| CodeError::Inconsistent("content version is not text"))?;
    if version != content.version {
        return Err(CodeError::OtherContentVersion {
            code: version.to_owned(),
            ours: content.version.clone(),
        });
    }
    let mode = match reader.byte()? {
        0 => Mode::Quick,
        1 => Mode::Full,
        _ => return Err(CodeError::Inconsistent("unknown mode")),
    };
    let mut response = Response::new(content, mode);
    if usize::from(reader.byte()?) != content.classification.len() {
        return Err(CodeError::Inconsistent("classification count"));
    }
    for q in &content.classification {
        let mask = reader.byte()?;
        if q.choices.len() < 8 && mask >> q.choices.len() != 0 {
            return Err(CodeError::Inconsistent("classification choice"));
        }
        let chosen: Vec<String> = q
            .choices
            .iter()
            .enumerate()
            .filter(|(i, _)| *i < 8 && mask & (1 << i) != 0)
            .map(|(_, c)| c.id.clone())
            .collect();
        if chosen.len() > 1 && !q.multiple {
            return Err(CodeError::Inconsistent(
                "several choices for a single-choice question",
            ));
        }
        if !chosen.is_empty() {
            response.classification.insert(q.id.clone(), chosen);
        }
    }
    let count = u16::from_be_bytes([reader.byte()?, reader.byte()?]);
    if usize::from(count) != content.items.len() {
        return Err(CodeError::Inconsistent("item count"));
    }
    let packed = reader.take((3 * usize::from(count)).div_ceil(8))?;
    for (i, item) in content.items.iter().enumerate() {
        let answer = match read_bits(packed, 3 * i) {
            0 => continue,
            6 => Answer::DontKnow,
            v => {
                Answer::Agreement(Agreement::new(v).ok_or(CodeError::Inconsistent("answer value"))?)
            }
        };
        response.set(&item.id, answer);
    }
    let label_len = usize::from(reader.byte()?);
    let label = std::str::from_utf8(reader.take(label_len)?)
        .map_err(|_| CodeError::Inconsistent("label is not valid text"))?;
    if reader.at != data.len() {
        return Err(CodeError::Inconsistent("trailing bytes"));
    }
    Ok(Shared {
        response,
        label: clean_label(label),
    })
}

struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, CodeError> {
        Ok(self.take(1)?[0])
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], CodeError> {
        let end = self.at.checked_add(n).ok_or(CodeError::Truncated)?;
        let slice = self.data.get(self.at..end).ok_or(CodeError::Truncated)?;
        self.at = end;
        Ok(slice)
    }
}

fn write_bits(buf: &mut [u8], bit: usize, value: u8) {
    for k in 0..3 {
        if value & (1 << (2 - k)) != 0 {
            let b = bit + k;
            buf[b / 8] |= 1 << (7 - b % 8);
        }
    }
}

fn read_bits(buf: &[u8], bit: usize) -> u8 {
    (0..3).fold(0, |v, k| {
        let b = bit + k;
        (v << 1) | ((buf[b / 8] >> (7 - b % 8)) & 1)
    })
}
