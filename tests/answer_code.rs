//! The answer code survives the trip and rejects anything else with a
//! reason, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::model::answer::{Agreement, Answer, Status};
use kansrijk::model::code::{clean_label, decode, decode_with_report, encode, CodeError, Shared};
use kansrijk::model::evaluation::Evaluation;
use kansrijk::model::flag::FlagState;
use kansrijk::model::response::{Mode, Response};
use kansrijk::model::verdict::Level;
use proptest::prelude::*;

mod strategies;
use strategies::{any_response, CONTENT};

fn any_shared() -> impl Strategy<Value = Shared> {
    let id = prop::option::of("([0-9a-f]{2}){1,16}");
    (any_response(), prop::option::of(".{0,80}"), id).prop_map(|(mut response, label, id)| {
        response.id = id.unwrap_or_default();
        Shared {
            response,
            label: label.as_deref().and_then(clean_label),
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn decode_inverts_encode(shared in any_shared()) {
        let code = encode(&CONTENT, &shared);
        prop_assert_eq!(decode(&CONTENT, &code), Ok(shared));
    }

    #[test]
    fn any_single_changed_character_is_caught(shared in any_shared(), at in any::<prop::sample::Index>(), ch in "[A-Za-z0-9_-]") {
        let code = encode(&CONTENT, &shared);
        let body_start = 4;
        let i = body_start + at.index(code.len() - body_start);
        let mut bytes = code.clone().into_bytes();
        prop_assume!(bytes[i] != ch.as_bytes()[0]);
        bytes[i] = ch.as_bytes()[0];
        let tampered = String::from_utf8(bytes).expect("ascii");
        prop_assert!(decode(&CONTENT, &tampered).is_err());
    }

    #[test]
    fn a_cut_off_code_is_rejected(shared in any_shared(), cut in 1usize..40) {
        let code = encode(&CONTENT, &shared);
        let cut = cut.min(code.len() - 5);
        prop_assert!(decode(&CONTENT, &code[..code.len() - cut]).is_err());
    }
}

#[test]
fn a_full_check_fits_a_small_qr_code() {
    let c = &*CONTENT;
    let mut r = Response::new(c, Mode::Full);
    r.id = "0123456789ab".into();
    for i in &c.items {
        r.set(&i.id, Answer::DontKnow);
    }
    let code = encode(
        c,
        &Shared {
            response: r,
            label: clean_label("Gemeente Voorbeeldstad"),
        },
    );
    // QR version 7 at error correction level M holds 122 bytes. The code
    // grew past version 6 (106 bytes) when it began to carry the
    // response's id, which the group needs to count a respondent once; a
    // link's address adds more than the id does in any case.
    assert!(code.len() <= 122, "{} characters", code.len());
}

/// A code as builds before the response id wrote it (format 2): the same
/// bytes without the id, under their own checksum.
fn without_id(code: &str) -> String {
    use base64::Engine;
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let bytes = engine.decode(&code[4..]).expect("a code");
    let id_len = usize::from(bytes[bytes.len() - 5 - 8]);
    assert_eq!(
        id_len, 8,
        "an 8-byte id is the last field before the checksum"
    );
    let mut data = bytes[..bytes.len() - 4 - 1 - id_len].to_vec();
    data[0] = 2;
    let sum = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC).checksum(&data);
    data.extend_from_slice(&sum.to_be_bytes());
    format!("kr1-{}", engine.encode(data))
}

#[test]
fn the_response_id_travels_in_the_code_and_older_codes_read_without_one() {
    let c = &*CONTENT;
    let mut response = Response::new(c, Mode::Quick);
    response.id = "00ff10a0b0c0d0e0".into();
    response.set(&c.items[0].id, Answer::DontKnow);
    let shared = Shared {
        response,
        label: Some("Politie".into()),
    };
    let code = encode(c, &shared);
    let read = decode(c, &code).expect("reads");
    assert_eq!(read.response.id, "00ff10a0b0c0d0e0");
    let old = decode(c, &without_id(&code)).expect("a format-2 code reads");
    assert!(old.response.id.is_empty());
    assert!(old.response.same_answers(&shared.response));
    assert_eq!(old.label.as_deref(), Some("Politie"));
}

/// A code made by the released build of content version 1.0.0 (format 1, a
/// byte per classification question): a running partnership sharing
/// personal data, with "disagree" on "the legal basis has been checked",
/// "agree" on the old three-part driver statement, "strongly disagree" on
/// the old three-part backing statement, and the label "Winkeliers".
const CODE_1_0_0: &str =
    "kr1-AQUxLjAuMAAKCAAAAQAAAAAAAgA8oAAAAAAABAGAAEAAAACAAAAAAAAAAAAKV2lua2VsaWVycylG9o4";

#[test]
fn a_code_of_version_1_0_0_is_read_migrated_and_recomputed() {
    let c = &*CONTENT;
    let (shared, report) = decode_with_report(c, CODE_1_0_0).expect("a 1.0.0 code reads");
    let r = &shared.response;
    assert_eq!(r.content_version, c.version);
    assert_eq!(r.mode, Mode::Quick);
    assert_eq!(shared.label.as_deref(), Some("Winkeliers"));
    assert_eq!(
        r.classification["intended_model"],
        vec!["alliance".to_owned()]
    );
    assert_eq!(
        r.answer("information.legal_basis"),
        Some(Answer::Status(Status::NotYet))
    );
    assert_eq!(
        r.answer("leadership.driver"),
        Some(Answer::Status(Status::InPlace))
    );
    assert_eq!(
        r.answer("need.added_value"),
        Some(Answer::Agreement(Agreement::STRONGLY_AGREE))
    );
    assert_eq!(r.answer("trust.baseline"), Some(Answer::DontKnow));
    assert_eq!(r.answer("partners.backing_public"), None);
    assert!(report
        .asked_again
        .iter()
        .any(|i| i == "partners.backing_public"));
    assert!(report.content_changed(c));
    // Under 1.0.0 this "disagree" raised the data knock-out; now it is a
    // condition still to meet, named as such.
    let e = Evaluation::of(c, r);
    let data = e
        .flag("personal_data_without_basis")
        .expect("the data flag is not clear");
    assert_eq!(data.state, FlagState::Raised);
    assert!(data.not_yet);
    assert_eq!(data.cap, Level::Conditional);
}

#[test]
fn a_code_of_a_version_this_build_does_not_know_says_so() {
    let c = &*CONTENT;
    let shared = Shared {
        response: Response::new(c, Mode::Quick),
        label: None,
    };
    let mut other = c.clone();
    other.version = "9.9.9".into();
    let code = encode(&other, &shared);
    assert!(matches!(
        decode(c, &code),
        Err(CodeError::OtherContentVersion { .. })
    ));
}

#[test]
fn links_and_wrapped_copies_are_accepted() {
    let c = &*CONTENT;
    let shared = Shared {
        response: Response::new(c, Mode::Quick),
        label: None,
    };
    let code = encode(c, &shared);
    let link = format!("https://example.org/kansrijk/#code={code}");
    assert_eq!(decode(c, &link), Ok(shared.clone()));
    let wrapped = format!("  {}\n{}  ", &code[..10], &code[10..]);
    assert_eq!(decode(c, &wrapped), Ok(shared));
}

#[test]
fn foreign_and_damaged_codes_say_why() {
    let c = &*CONTENT;
    assert_eq!(decode(c, ""), Err(CodeError::Empty));
    assert_eq!(decode(c, "hello world"), Err(CodeError::NotACode));
    assert_eq!(decode(c, "kr1-!!!"), Err(CodeError::NotACode));
    // A later generation of code is told as such, in a link too.
    assert_eq!(
        decode(c, "kr2-AbCdEf"),
        Err(CodeError::UnsupportedFormat(2))
    );
    assert_eq!(
        decode(c, "https://example.org/k/#code=kr12-AbCdEf"),
        Err(CodeError::UnsupportedFormat(12))
    );
    assert_eq!(decode(c, "kr0-AbCd"), Err(CodeError::NotACode));
    assert_eq!(decode(c, "kr-AbCd"), Err(CodeError::NotACode));
    let code = encode(
        c,
        &Shared {
            response: Response::new(c, Mode::Quick),
            label: None,
        },
    );
    assert_eq!(decode(c, &code[..6]), Err(CodeError::Truncated));
    let mut other = c.clone();
    other.version = "0.9.0".into();
    let old = encode(
        &other,
        &Shared {
            response: Response::new(&other, Mode::Quick),
            label: None,
        },
    );
    assert!(matches!(
        decode(c, &old),
        Err(CodeError::OtherContentVersion { .. })
    ));
}

#[test]
fn labels_lose_control_characters_and_length_but_keep_markup_as_text() {
    assert_eq!(clean_label("a\u{0}b\u{7}c\n"), Some("abc".into()));
    assert_eq!(clean_label("   "), None);
    assert_eq!(
        clean_label(&"x".repeat(500)).map(|l| l.chars().count()),
        Some(60)
    );
    assert_eq!(
        clean_label("<script>alert(1)</script>"),
        Some("<script>alert(1)</script>".into())
    );
}

/// Cases for the decoder fuzzing below: 100,000 in every test run, more
/// with `KANSRIJK_FUZZ_CASES` (`make fuzz` runs ten million).
fn fuzz_cases() -> u32 {
    std::env::var("KANSRIJK_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: fuzz_cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = decode(&CONTENT, &text);
        let _ = decode(&CONTENT, &format!("kr1-{text}"));
    }

    #[test]
    fn arbitrary_bytes_with_a_valid_checksum_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        use base64::Engine;
        let mut data = bytes;
        let sum = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC).checksum(&data);
        data.extend_from_slice(&sum.to_be_bytes());
        let code = format!("kr1-{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(data));
        let _ = decode(&CONTENT, &code);
    }
}
