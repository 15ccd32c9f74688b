use super::*;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::answers::*;

/// Writes `contents` as `<stem>.<ext>` in `dir`, atomically and without overwriting
/// (`<stem>.<ext>`, `<stem>_2.<ext>`, …): a set of one.
fn write_new(dir: &Path, stem: &str, ext: &str, contents: &str) -> Result<PathBuf, WriteFailure> {
    let part = Part::new(&format!(".{ext}"), contents);
    match write_set(dir, stem, |_| Ok(vec![part.clone()]), &|| false) {
        Ok(mut paths) => Ok(paths.remove(0)),
        Err(SetFailure::Failed(f)) => Err(f),
        Err(SetFailure::Interrupted) => unreachable!("never asked to stop"),
    }
}

#[test]
fn never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_new(dir.path(), "x", "toml", "one").unwrap();
    let b = write_new(dir.path(), "x", "toml", "two").unwrap();
    assert_ne!(a, b);
    assert_eq!(fs::read_to_string(&a).unwrap(), "one");
    assert_eq!(fs::read_to_string(&b).unwrap(), "two");
    assert!(b.ends_with("x_2.toml"));
    let leftovers = fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 2, "no temp files left behind");
}

fn set(record: &str) -> impl FnMut(&str) -> io::Result<Vec<Part>> + '_ {
    move |stem| {
        Ok(vec![
            Part::new(".toml", format!("{record} letter={stem}_letter.txt")),
            Part::new("_letter.txt", "letter"),
            Part::new(".ics", "calendar"),
        ])
    }
}

#[test]
fn a_set_is_named_from_one_free_stem() {
    let dir = tempfile::tempdir().unwrap();
    let first = write_set(dir.path(), "x", set("one"), &|| false).unwrap();
    // A foreign file holds only a companion's name: the whole set moves on.
    fs::write(dir.path().join("x_2_letter.txt"), "someone's").unwrap();
    let third = write_set(dir.path(), "x", set("two"), &|| false).unwrap();
    let names = |p: &[PathBuf]| -> Vec<String> {
        p.iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect()
    };
    assert_eq!(names(&first), ["x.toml", "x_letter.txt", "x.ics"]);
    assert_eq!(names(&third), ["x_3.toml", "x_3_letter.txt", "x_3.ics"]);
    assert_eq!(
        fs::read_to_string(&third[0]).unwrap(),
        "two letter=x_3_letter.txt"
    );
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 7);
}

#[test]
fn a_failed_or_interrupted_set_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // The last companion cannot be linked (its directory does not exist): the ones
    // linked before it are removed again.
    let broken = |stem: &str| {
        Ok(vec![
            Part::new(".toml", "record"),
            Part::new("_letter.txt", "letter"),
            Part::new("/missing/x.ics", stem.to_owned()),
        ])
    };
    let err = write_set(dir.path(), "x", broken, &|| false).unwrap_err();
    assert!(
        matches!(&err, SetFailure::Failed(f) if f.path == dir.path()),
        "{err:?}"
    );
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    // A signal at any step: nothing stays.
    for at in 0..6 {
        let calls = std::cell::Cell::new(0);
        let stop = || {
            calls.set(calls.get() + 1);
            calls.get() > at
        };
        match write_set(dir.path(), "x", set("r"), &stop) {
            Err(SetFailure::Interrupted) => {
                assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0, "step {at}")
            }
            Ok(paths) => {
                assert_eq!(paths.len(), 3);
                for p in paths {
                    fs::remove_file(p).unwrap();
                }
            }
            Err(e) => panic!("{e:?}"),
        }
    }
}

#[test]
fn companions_old_and_new_are_recognised() {
    for ours in [
        "a.ics",
        "a_2.ics",
        "a_letter.txt",
        "a_2_letter.txt",
        "a_letter_2.txt",
        "a_letter_17.txt",
        "a_letter.pdf",
        "a_2_poa.pdf",
        "a_guide.txt",
    ] {
        assert!(is_companion(ours.as_bytes()), "{ours}");
        // A listing passes over a companion: one without its record is named only if
        // the record it belongs to is known.
        assert!(super::read::record_of(ours).is_some(), "{ours}");
    }
    for theirs in [
        "a.toml",
        "a.txt",
        "a_letter_.txt",
        "letter_2.txt",
        "a_letterx.txt",
        "a.pdf",
    ] {
        assert!(!is_companion(theirs.as_bytes()), "{theirs}");
    }
}

#[cfg(unix)]
#[test]
fn only_regular_files_of_a_sane_size_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.toml");
    fs::write(&big, vec![b'#'; MAX_RECORD_BYTES as usize + 1]).unwrap();
    assert_eq!(read_text(&big, true), Err(crate::t!("rec-too-large")));
    assert_eq!(
        read_text(Path::new("/dev/zero"), true),
        Err(crate::t!("rec-not-regular"))
    );
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink(&big, &link).unwrap();
    assert!(read_text(&link, false).is_err());
    let fifo = dir.path().join("fifo.toml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.unwrap().success());
    assert_eq!(read_text(&fifo, true), Err(crate::t!("rec-not-regular")));
}

#[test]
fn a_file_in_the_way_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("records");
    fs::write(&blocker, "").unwrap();
    let err = write_new(&blocker, "x", "toml", "one").unwrap_err();
    assert_eq!(err.path, blocker);
}

/// A record as the wizard writes it (`--operator mts --channel hotline --number
/// +79161234567 --reference R-1`, the clock at 2026-11-25 11:00 Moscow time), one follow-up
/// marked done and one that repeats added by hand.
const WRITTEN: &str = r#"# simcancel record: what was done, when and with whom. Personal data: keep it private.
schema = 2
created = 2026-11-25T11:00:00+03:00
operator = "mts"
action = "cancel"
owner = "me"
abroad = false
number = "+7 916 123-45-67"
balance = "none"
channel = "hotline"

[preparation]
done = []
not_done = ["contacts", "sms", "banks", "gosuslugi", "messengers", "2fa", "telegram", "whatsapp", "gosuslugi-app"]

[evidence]
status = "planned"
reference = "R-1"
contact = ""
files = []
note = ""

[data]
table = "embedded"
verified = 2026-11-25

[[follow_up]]
date = 2026-11-25
key = "follow-go-on"

[follow_up.args]
action = "cancel"
channel = "hotline"

[[follow_up]]
date = 2026-11-26
key = "follow-final-bill"
done = 2026-11-27T10:00:00+03:00

[[follow_up]]
date = 2026-12-25
key = "follow-keep"
repeat = "monthly"

[[phrase]]
key = "phrase-terminate"
ru = "Я хочу расторгнуть договор и закрыть этот номер."
text = "I want to terminate my contract and close this number."
"#;

fn written() -> Record {
    toml::from_str(WRITTEN).unwrap()
}

#[test]
fn a_record_is_written_back_as_it_was_read() {
    assert_eq!(written().to_toml().unwrap(), WRITTEN);
}

#[test]
fn a_file_is_named_by_local_time_operator_action_and_channel() {
    let created = DateTime::parse_from_rfc3339("2026-11-25T11:00:00+03:00").unwrap();
    assert_eq!(
        written().file_stem(&created),
        "2026-11-25T110000_mts_cancel_hotline"
    );
}

#[test]
fn a_file_name_has_no_character_windows_forbids() {
    // Windows refuses < > : " / \ | ? * and control characters in a name, and a name
    // ending in a dot or space. The time is written without colons for that reason; the
    // operator's id is [a-z0-9-] (checked when a table loads), the rest are fixed ids.
    for time in ["2026-11-25T23:59:59+03:00", "2026-01-01T00:00:00-09:30"] {
        let created = DateTime::parse_from_rfc3339(time).unwrap();
        let stem = written().file_stem(&created);
        for name in [
            format!("{stem}.toml"),
            format!("{stem}_2_letter.txt"),
            format!("{stem}.ics"),
        ] {
            let bad = |c: char| "<>:\"/\\|?*".contains(c) || c.is_control();
            assert!(!name.contains(bad), "{name}");
            assert!(!name.ends_with(['.', ' ']), "{name}");
        }
    }
}

#[test]
fn the_calendar_holds_the_open_follow_ups_and_repeats_only_the_monthly_one() {
    let now = DateTime::parse_from_rfc3339("2026-11-25T11:00:00+03:00").unwrap();
    let ics = to_ics(&written(), "r.toml", Some("+7 800 250-08-90"), now);
    let ics = ics.replace("\r\n ", "");
    let lines: Vec<&str> = ics.lines().map(str::trim_end).collect();
    let has = |l: &str| lines.contains(&l);
    // The follow-up marked done is left out; each event names the number and reference.
    assert_eq!(
        lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(),
        2,
        "{ics}"
    );
    assert!(has("UID:r.toml-1@simcancel"), "{ics}");
    assert!(!has("UID:r.toml-2@simcancel"), "{ics}");
    assert!(has("UID:r.toml-3@simcancel"), "{ics}");
    assert!(
        has("SUMMARY:MTS\\, cancellation: Carry on with the cancellation on the hotline."),
        "{ics}"
    );
    assert!(has("DTSTART;VALUE=DATE:20261125"), "{ics}");
    assert!(has("DTEND;VALUE=DATE:20261126"), "{ics}");
    assert!(
        has("DESCRIPTION:Call +7 800 250-08-90. Reference: R-1. Record: r.toml."),
        "{ics}"
    );
    assert_eq!(
        lines.iter().filter(|l| **l == "RRULE:FREQ=MONTHLY").count(),
        1,
        "{ics}"
    );
    let keep = ics.split("BEGIN:VEVENT").nth(2).unwrap();
    assert!(keep.contains("RRULE:FREQ=MONTHLY"), "{keep}");
    assert!(keep.contains("DTSTART;VALUE=DATE:20261225"), "{keep}");
}

#[test]
fn a_calendar_without_reference_or_number_says_none() {
    let now = DateTime::parse_from_rfc3339("2026-11-25T11:00:00+03:00").unwrap();
    let mut r = written();
    r.evidence.reference.clear();
    let ics = to_ics(&r, "r.toml", None, now).replace("\r\n ", "");
    assert!(
        ics.contains("DESCRIPTION:Call none. Reference: none. Record: r.toml."),
        "{ics}"
    );
}

#[test]
fn a_follow_up_reads_its_ids_as_names() {
    let r = written();
    assert_eq!(
        r.follow_ups[0].text(),
        "Carry on with the cancellation on the hotline."
    );
    let mut f = r.follow_ups[0].clone();
    f.args.insert("action".into(), "suspend".into());
    f.args.insert("channel".into(), "store".into());
    assert_eq!(f.text(), "Carry on with the voluntary block in a store.");
    // Ids this version does not know are shown as stored, made safe for a terminal.
    f.args.insert("action".into(), "lapse\u{1b}[2J".into());
    f.args.insert("channel".into(), "fax".into());
    assert_eq!(f.text(), "Carry on with the lapse fax.");
    assert_eq!(render_arg("due", "2026-11-25"), "2026-11-25".into());
    assert_eq!(render_arg("amount", "300"), "300".into());
}

#[test]
fn a_follow_up_without_a_known_key_shows_what_was_stored() {
    let mut f = FollowUp::new(
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        "follow-from-a-newer-version",
        &[],
    );
    assert_eq!(f.text(), "follow-from-a-newer-version");
    f.what = Some("Call them".into());
    assert_eq!(f.text(), "Call them");
    f.key = None;
    assert_eq!(f.text(), "Call them");
}

#[test]
fn a_follow_up_date_is_its_day_or_none() {
    let r = written();
    assert_eq!(
        r.follow_ups[1].date(),
        NaiveDate::from_ymd_opt(2026, 11, 26)
    );
    let mut f = r.follow_ups[1].clone();
    f.date = "10:00:00".parse().unwrap();
    assert_eq!(f.date(), None);
}

#[test]
fn a_phrase_reads_in_the_readers_language() {
    let p = &written().phrases[0];
    assert_eq!(
        p.text_in(Lang::Ru),
        "Я хочу расторгнуть договор и закрыть этот номер."
    );
    assert_eq!(p.text_in(Lang::Zh), "我想解除合同，给这个号码销号。");
    assert_eq!(
        p.text_in(Lang::En),
        "I want to terminate my contract and close this number."
    );
    let mut old = p.clone();
    old.key = None;
    old.text = "as written".into();
    assert_eq!(old.text_in(Lang::Zh), "as written");
    assert_eq!(old.text_in(Lang::Ru), p.ru);
}

#[test]
fn statuses_are_written_by_their_ids() {
    assert_eq!(Status::Planned.id(), "planned");
    assert_eq!(Status::Started.id(), "started");
    assert_eq!(Status::Completed.id(), "completed");
}

#[test]
fn the_2025_rules_made_four_preparations_necessary() {
    let from_2025: Vec<Prep> = Prep::ALL
        .into_iter()
        .filter(|p| p.from_2025_rules())
        .collect();
    assert_eq!(
        from_2025,
        [
            Prep::Banks,
            Prep::Telegram,
            Prep::Whatsapp,
            Prep::GosuslugiApp
        ]
    );
}

#[test]
fn an_evidence_file_is_kept_with_its_absolute_path_and_size() {
    let home = tempfile::tempdir().unwrap();
    fs::write(home.path().join("receipt.jpg"), "12345").unwrap();
    let checked = |path: PathBuf| FileRef::Checked {
        path: path.display().to_string(),
        bytes: 5,
    };
    let file = home.path().join("receipt.jpg");
    assert_eq!(
        check_file("~/receipt.jpg", Some(home.path())),
        Ok(checked(file.clone()))
    );
    assert_eq!(
        check_file(&file.display().to_string(), None),
        Ok(checked(file.clone()))
    );
    // `~` alone is the home directory, not a file; `~user` is not expanded; no home, no `~`.
    assert_eq!(
        check_file("~", Some(home.path())),
        Err("~: it is not a regular file".to_owned())
    );
    let no_such = "no such file or directory (os error 2)";
    assert_eq!(
        check_file("~receipt.jpg", Some(home.path())),
        Err(format!("~receipt.jpg: {no_such}"))
    );
    // Windows reports a missing folder (here `~`) with a code of its own.
    let no_folder = if cfg!(windows) {
        "no such file or directory (os error 3)"
    } else {
        no_such
    };
    assert_eq!(
        check_file("~/receipt.jpg", None),
        Err(format!("~/receipt.jpg: {no_folder}"))
    );
    // A directory is not an evidence file.
    assert_eq!(
        check_file(&home.path().display().to_string(), None),
        Err(format!(
            "{}: it is not a regular file",
            home.path().display()
        ))
    );
}

#[test]
fn a_record_is_at_most_a_mebibyte() {
    assert_eq!(MAX_RECORD_BYTES, 1_048_576);
}

#[test]
fn a_record_of_exactly_a_mebibyte_is_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("full.toml");
    fs::write(&path, vec![b'#'; MAX_RECORD_BYTES as usize]).unwrap();
    assert_eq!(
        read_text(&path, false).map(|t| t.len()),
        Ok(MAX_RECORD_BYTES as usize)
    );
}

#[test]
fn a_file_larger_than_its_size_says_is_cut_off_at_a_mebibyte() {
    // procfs reports a size of 0 for the kernel's symbol table, megabytes of text: only the
    // bounded read stops it.
    let symbols = Path::new("/proc/kallsyms");
    assert_eq!(fs::metadata(symbols).map(|m| m.len()).ok(), Some(0));
    assert_eq!(
        read_text(symbols, true),
        Err("it is larger than 1 MiB, too large to be a record".to_owned())
    );
}

#[test]
fn only_a_schema_this_version_knows_is_read() {
    use super::read::parse;
    let with = |schema: &str| WRITTEN.replacen("schema = 2", schema, 1);
    assert_eq!(parse(WRITTEN), Ok(written()));
    assert_eq!(parse(&with("schema = 1")).map(|r| r.schema), Ok(1));
    assert_eq!(
        parse(&with("schema = 3")),
        Err("it was written by a newer simcancel (schema 3)".to_owned())
    );
    let foreign = Err("it has no `schema`, so it is not a simcancel record".to_owned());
    assert_eq!(parse(&with("schema = 0")), foreign);
    assert_eq!(parse(&with("schema = -1")), foreign);
    assert_eq!(parse(&with("version = 2")), foreign);
    assert_eq!(
        parse("schema = 2\n").map_err(|e| e.starts_with("it is not a valid record (")),
        Err(true)
    );
    assert_eq!(
        parse("schema = ").map_err(|e| e.starts_with("it is not TOML (")),
        Err(true)
    );
}

#[test]
fn a_missing_records_directory_is_empty_but_one_that_cannot_be_read_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let (found, skipped) = list(&dir.path().join("not-yet")).unwrap();
    assert!(found.is_empty() && skipped.is_empty());
    let file = dir.path().join("a-file");
    fs::write(&file, "").unwrap();
    assert_eq!(
        list(&file).map(|_| ()).map_err(|e| e.kind()),
        Err(std::io::ErrorKind::NotADirectory)
    );
}

/// A part that cannot be rendered (a record that does not serialise) fails the set before
/// any file is written: no header-only record.
#[test]
fn a_part_that_cannot_be_rendered_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let failing = |_: &str| Err(io::Error::other("not serialisable"));
    match write_set(dir.path(), "x", failing, &|| false) {
        Err(SetFailure::Failed(f)) => assert_eq!(f.error.to_string(), "not serialisable"),
        Err(SetFailure::Interrupted) => panic!("interrupted"),
        Ok(paths) => panic!("written: {paths:?}"),
    }
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_companion_names_its_record() {
    for (companion, record) in [
        ("X.ics", Some("X.toml")),
        ("X_letter.txt", Some("X.toml")),
        ("X_poa.txt", Some("X.toml")),
        ("X_guide.txt", Some("X.toml")),
        ("X_letter.pdf", Some("X.toml")),
        ("X_poa.pdf", Some("X.toml")),
        ("X_letter_2.txt", Some("X.toml")),
        ("X_2_letter.txt", Some("X_2.toml")),
        ("X_done.ics", Some("X_done.toml")),
        ("notes.txt", None),
    ] {
        assert_eq!(
            super::read::record_of(companion).as_deref(),
            record,
            "{companion}"
        );
    }
}

#[test]
fn the_lock_serialises_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let held = lock(dir.path()).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let path = dir.path().to_owned();
    let waiter = std::thread::spawn(move || {
        let second = lock(&path).unwrap();
        tx.send(()).unwrap();
        drop(second);
    });
    // The second waits while the first is held…
    assert!(
        rx.recv_timeout(std::time::Duration::from_millis(200))
            .is_err()
    );
    drop(held);
    // …and gets it once released.
    rx.recv_timeout(std::time::Duration::from_secs(5)).unwrap();
    waiter.join().unwrap();
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn an_error_never_names_a_temp_file() {
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("gone");
    let e = tempfile::Builder::new()
        .prefix(".simcancel-")
        .tempfile_in(&gone)
        .unwrap_err();
    let e = plain(e);
    assert!(!e.to_string().contains(".simcancel-"), "{e}");
    assert_eq!(e.kind(), io::ErrorKind::NotFound);
}

#[test]
fn a_link_is_the_same_file_and_a_copy_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.toml");
    fs::write(&a, "x").unwrap();
    fs::hard_link(&a, dir.path().join("b.toml")).unwrap();
    fs::write(dir.path().join("c.toml"), "x").unwrap();
    assert!(same_file(&a, &dir.path().join("b.toml")));
    assert!(!same_file(&a, &dir.path().join("c.toml")));
    assert!(!same_file(&a, &dir.path().join("missing.toml")));
}

#[cfg(unix)]
#[test]
fn a_hard_link_from_elsewhere_has_its_name_in_the_records_directory() {
    let base = tempfile::tempdir().unwrap();
    let (records, other) = (base.path().join("r"), base.path().join("o"));
    fs::create_dir(&records).unwrap();
    fs::create_dir(&other).unwrap();
    let record = records.join("a.toml");
    fs::write(&record, "x").unwrap();
    // A temp file of ours linked to the same file is not the record's name.
    fs::hard_link(&record, records.join(".simcancel-X.tmp")).unwrap();
    fs::hard_link(&record, other.join("link.toml")).unwrap();
    assert_eq!(name_in(&records, &other.join("link.toml")), Some(record));
    // A copy, a file with one name, and a records directory that is not there.
    fs::write(other.join("copy.toml"), "x").unwrap();
    assert_eq!(name_in(&records, &other.join("copy.toml")), None);
    assert_eq!(
        name_in(&base.path().join("none"), &other.join("link.toml")),
        None
    );
}
