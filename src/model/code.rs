//! The answer code: a compact, versioned, checksummed text that carries one
//! respondent's answers from their phone to a facilitator, by link, QR code
//! or copy and paste, without a server.
//!
//! ## Layout
//! `kr1-` followed by base64url (no padding) of these bytes:
//!
//! | bytes | meaning |
//! |---|---|
//! | 1 | format (3; formats 1 and 2 are still read) |
//! | 1 + L | length and ASCII of the content version |
//! | 1 | mode: 0 quick scan, 1 full check |
//! | 1 + ⌈C/8⌉ | number of classification questions, then one bit per choice of every question in content order (C bits; format 1 had a whole byte per question) |
//! | 2 + ⌈3N/8⌉ | number of items (big endian), then 3 bits per item in content order: 0 unanswered; for an agreement statement 1-5 the point on the scale; for a status question 1 in place, 2 not yet, 3 absent; 6 don't know; 7 not applicable |
//! | 1 + T | length and UTF-8 of an optional label (the respondent's own choice) |
//! | 1 + I | length and bytes of the response's random id (format 3 on; 0 for none) |
//! | 4 | CRC-32 of everything before it |
//!
//! Packing by content order keeps a full check under 60 bytes, so the QR
//! code stays small enough for any phone camera; the price is that a code
//! refers to items by position. A code made under an older content version
//! is read with that version's layout (`content/versions/`) and then
//! migrated; a version this build does not know is refused plainly.

use super::answer::{Agreement, Answer, Status};
use super::content::{Content, Scale};
use super::migration::{migrate, MigrationReport};
use super::response::{clean_id, Mode, Response};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use crc::{Crc, CRC_32_ISO_HDLC};
use std::fmt;

const PREFIX: &str = "kr1-";
const FORMAT: u8 = 3;
/// The first format, with a byte per classification question; codes made
/// by earlier builds are still read.
const FORMAT_BYTE_MASKS: u8 = 1;
/// The format before the response id; still read, without an id.
const FORMAT_WITHOUT_ID: u8 = 2;
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
    let choices: usize = content.classification.iter().map(|q| q.choices.len()).sum();
    let mut chosen_bits = vec![0u8; choices.div_ceil(8)];
    let mut bit = 0;
    for q in &content.classification {
        let chosen = response.classification.get(&q.id);
        for c in &q.choices {
            if chosen.is_some_and(|ch| ch.contains(&c.id)) {
                chosen_bits[bit / 8] |= 1 << (7 - bit % 8);
            }
            bit += 1;
        }
    }
    bytes.extend_from_slice(&chosen_bits);
    let n = content.items.len();
    bytes.extend_from_slice(&(n as u16).to_be_bytes());
    let mut packed = vec![0u8; (3 * n).div_ceil(8)];
    for (i, item) in content.items.iter().enumerate() {
        let value = match response.answer(&item.id) {
            None => 0,
            Some(Answer::Agreement(a)) => a.value(),
            Some(Answer::Status(Status::InPlace)) => 1,
            Some(Answer::Status(Status::NotYet)) => 2,
            Some(Answer::Status(Status::Absent)) => 3,
            Some(Answer::DontKnow) => 6,
            Some(Answer::NotApplicable) => 7,
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
    let id = id_bytes(&clean_id(&response.id));
    bytes.push(id.len() as u8);
    bytes.extend_from_slice(&id);
    bytes.extend_from_slice(&CHECKSUM.checksum(&bytes).to_be_bytes());
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Reads an answer code. Whitespace around and inside it (from copying or
/// line wrapping) is ignored, and a whole link is accepted too. A code made
/// under an older content version this build knows is migrated.
pub fn decode(content: &Content, text: &str) -> Result<Shared, CodeError> {
    decode_with_report(content, text).map(|(shared, _)| shared)
}

/// The generation of a code that starts like ours with a later number,
/// such as `kr2-`: made by a newer Kansrijk, not something else.
fn newer_prefix(text: &str) -> Option<u8> {
    let mut rest = text;
    while let Some(at) = rest.find("kr") {
        let after = &rest[at + 2..];
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && after[digits.len()..].starts_with('-') {
            if let Ok(n) = digits.parse::<u8>() {
                if n > 1 {
                    return Some(n);
                }
            }
        }
        rest = after;
    }
    None
}

/// [`decode`], with what the migration to this content version did.
pub fn decode_with_report(
    content: &Content,
    text: &str,
) -> Result<(Shared, MigrationReport), CodeError> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty() {
        return Err(CodeError::Empty);
    }
    let Some(start) = compact.find(PREFIX) else {
        return Err(
            newer_prefix(&compact).map_or(CodeError::NotACode, CodeError::UnsupportedFormat)
        );
    };
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
    if ![FORMAT, FORMAT_WITHOUT_ID, FORMAT_BYTE_MASKS].contains(&format) {
        return Err(CodeError::UnsupportedFormat(format));
    }
    let version_len = usize::from(reader.byte()?);
    let version = std::str::from_utf8(reader.take(version_len)?)
        .map_err(|_| CodeError::Inconsistent("content version is not text"))?;
    let layout =
        Layout::for_version(content, version).ok_or_else(|| CodeError::OtherContentVersion {
            code: version.to_owned(),
            ours: content.version.clone(),
        })?;
    let mode = match reader.byte()? {
        0 => Mode::Quick,
        1 => Mode::Full,
        _ => return Err(CodeError::Inconsistent("unknown mode")),
    };
    let mut response = Response {
        content_version: version.to_owned(),
        mode,
        ..Response::default()
    };
    if usize::from(reader.byte()?) != layout.questions.len() {
        return Err(CodeError::Inconsistent("classification count"));
    }
    let masks: Vec<Vec<bool>> = if format == FORMAT_BYTE_MASKS {
        let mut masks = Vec::with_capacity(layout.questions.len());
        for (_, _, choices) in &layout.questions {
            let mask = reader.byte()?;
            if choices.len() < 8 && mask >> choices.len() != 0 {
                return Err(CodeError::Inconsistent("classification choice"));
            }
            masks.push(
                (0..choices.len())
                    .map(|i| i < 8 && mask & (1 << i) != 0)
                    .collect(),
            );
        }
        masks
    } else {
        let total: usize = layout.questions.iter().map(|(_, _, c)| c.len()).sum();
        let bits = reader.take(total.div_ceil(8))?;
        if !total.is_multiple_of(8) && bits[bits.len() - 1] & (0xff >> (total % 8)) != 0 {
            return Err(CodeError::Inconsistent("classification choice"));
        }
        let mut at = 0;
        layout
            .questions
            .iter()
            .map(|(_, _, choices)| {
                let mask = (at..at + choices.len())
                    .map(|b| bits[b / 8] & (1 << (7 - b % 8)) != 0)
                    .collect();
                at += choices.len();
                mask
            })
            .collect()
    };
    for ((id, multiple, choices), mask) in layout.questions.iter().zip(masks) {
        let chosen: Vec<String> = choices
            .iter()
            .zip(mask)
            .filter(|(_, on)| *on)
            .map(|(c, _)| (*c).to_owned())
            .collect();
        if chosen.len() > 1 && !multiple {
            return Err(CodeError::Inconsistent(
                "several choices for a single-choice question",
            ));
        }
        if !chosen.is_empty() {
            response.classification.insert((*id).to_owned(), chosen);
        }
    }
    let count = u16::from_be_bytes([reader.byte()?, reader.byte()?]);
    if usize::from(count) != layout.items.len() {
        return Err(CodeError::Inconsistent("item count"));
    }
    let packed = reader.take((3 * usize::from(count)).div_ceil(8))?;
    for (i, (id, scale)) in layout.items.iter().enumerate() {
        let answer = match (read_bits(packed, 3 * i), scale) {
            (0, _) => continue,
            (6, _) => Answer::DontKnow,
            (7, _) => Answer::NotApplicable,
            (v, Scale::Agreement) => {
                Answer::Agreement(Agreement::new(v).ok_or(CodeError::Inconsistent("answer value"))?)
            }
            (1, Scale::Status) => Answer::Status(Status::InPlace),
            (2, Scale::Status) => Answer::Status(Status::NotYet),
            (3, Scale::Status) => Answer::Status(Status::Absent),
            (_, Scale::Status) => return Err(CodeError::Inconsistent("status value")),
        };
        response.set(id, answer);
    }
    let label_len = usize::from(reader.byte()?);
    let label = std::str::from_utf8(reader.take(label_len)?)
        .map_err(|_| CodeError::Inconsistent("label is not valid text"))?;
    if format == FORMAT {
        let id_len = usize::from(reader.byte()?);
        response.id = clean_id(&id_text(reader.take(id_len)?));
    }
    if reader.at != data.len() {
        return Err(CodeError::Inconsistent("trailing bytes"));
    }
    if layout.current {
        let unfit = content
            .items
            .iter()
            .any(|item| response.answer(&item.id).is_some_and(|a| !a.fits(item)));
        if unfit {
            return Err(CodeError::Inconsistent(
                "an answer the question does not take",
            ));
        }
    }
    let (response, report) = migrate(content, response);
    Ok((
        Shared {
            response,
            label: clean_label(label),
        },
        report,
    ))
}

/// The positions a code of some content version refers to: its questions
/// with their choices, and its items with their scales, in order.
struct Layout<'c> {
    current: bool,
    questions: Vec<(&'c str, bool, Vec<&'c str>)>,
    items: Vec<(&'c str, Scale)>,
}

impl<'c> Layout<'c> {
    fn for_version(content: &'c Content, version: &str) -> Option<Layout<'c>> {
        if version == content.version {
            return Some(Layout {
                current: true,
                questions: content
                    .classification
                    .iter()
                    .map(|q| {
                        (
                            q.id.as_str(),
                            q.multiple,
                            q.choices.iter().map(|c| c.id.as_str()).collect(),
                        )
                    })
                    .collect(),
                items: content
                    .items
                    .iter()
                    .map(|i| (i.id.as_str(), i.scale))
                    .collect(),
            });
        }
        let old = content.layout(version)?;
        Some(Layout {
            current: false,
            questions: old
                .classification
                .iter()
                .map(|q| {
                    (
                        q.id.as_str(),
                        q.multiple,
                        q.choices.iter().map(String::as_str).collect(),
                    )
                })
                .collect(),
            items: old
                .items
                .iter()
                .map(|id| {
                    let scale = if old.status.contains(id) {
                        Scale::Status
                    } else {
                        Scale::Agreement
                    };
                    (id.as_str(), scale)
                })
                .collect(),
        })
    }
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

/// The bytes an id's hex digits stand for; `id` is clean, so every pair is
/// two hex digits.
fn id_bytes(id: &str) -> Vec<u8> {
    id.as_bytes()
        .chunks(2)
        .filter_map(|pair| {
            let text = std::str::from_utf8(pair).ok()?;
            u8::from_str_radix(text, 16).ok()
        })
        .collect()
}

/// An id's bytes as lower-case hex digits.
fn id_text(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    bytes
        .iter()
        .flat_map(|b| [DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 15)]])
        .map(char::from)
        .collect()
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
