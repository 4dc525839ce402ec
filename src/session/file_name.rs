//! The names of downloaded files: what the file holds, whose it is, and
//! when it was made to the minute. Three participants who download their
//! answers in one workshop, or one facilitator who exports twice, get
//! files that neither collide nor overwrite each other in a shared folder.

/// Longest part a label or name contributes, in characters.
const MAX_WHOSE: usize = 40;

/// `kansrijk-{what}[-{whose}]-{stamp}.{ext}`: `whose` is a label, a name or
/// an id (reduced to letters, digits and dashes; left out when nothing is
/// left), `stamp` the shell's local time such as `2026-11-24-1430`.
pub fn file_name(what: &str, whose: &str, stamp: &str, ext: &str) -> String {
    let whose = slug(whose);
    if whose.is_empty() {
        format!("kansrijk-{what}-{stamp}.{ext}")
    } else {
        format!("kansrijk-{what}-{whose}-{stamp}.{ext}")
    }
}

/// Text as a safe part of a file name on every system: lower-case ASCII
/// letters and digits, accents dropped, everything else one dash.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'a'..='z' | '0'..='9' => Some(c),
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => Some('a'),
            'è' | 'é' | 'ê' | 'ë' => Some('e'),
            'ì' | 'í' | 'î' | 'ï' => Some('i'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => Some('o'),
            'ù' | 'ú' | 'û' | 'ü' => Some('u'),
            'ý' | 'ÿ' => Some('y'),
            'ç' => Some('c'),
            'ñ' => Some('n'),
            _ => None,
        };
        match plain {
            Some(p) if out.chars().count() < MAX_WHOSE => out.push(p),
            Some(_) => break,
            None if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            None => {}
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_carries_what_whose_and_when() {
        assert_eq!(
            file_name("answers", "Gemeente Oost", "2026-11-24-1430", "json"),
            "kansrijk-answers-gemeente-oost-2026-11-24-1430.json"
        );
        assert_eq!(
            file_name("group", "", "2026-11-24-1430", "csv"),
            "kansrijk-group-2026-11-24-1430.csv"
        );
    }

    #[test]
    fn labels_become_safe_on_every_system() {
        assert_eq!(
            slug("Café Noël / Politie: \"team\" <1>"),
            "cafe-noel-politie-team-1"
        );
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("   "), "");
        assert_eq!(slug("日本"), "");
        assert_eq!(slug(&"a".repeat(100)).len(), MAX_WHOSE);
    }

    #[test]
    fn three_participants_in_the_same_minute_get_three_names() {
        let names: Vec<String> = ["Gemeente", "Politie", "Winkeliers"]
            .iter()
            .map(|l| file_name("answers", l, "2026-11-24-1430", "json"))
            .collect();
        assert!(names[0] != names[1] && names[1] != names[2] && names[0] != names[2]);
    }
}
