//! The conventions of a command-line tool: version, help, completions, man page, colour.

use std::path::Path;

use simcancel::catalog;

use crate::common::{Pinned, simcancel, stdout};

#[test]
fn version_names_the_tables_verified_date() {
    let verified = catalog::embedded().unwrap().verified;
    let expected = format!(
        "simcancel {} (operator facts verified {verified})\n",
        env!("CARGO_PKG_VERSION")
    );
    assert_eq!(stdout(simcancel().arg("--version")), expected);
    assert_eq!(stdout(simcancel().arg("-V")), expected);
}

#[test]
fn help_shows_both_modes_with_examples() {
    for flag in ["-h", "--help"] {
        let help = stdout(simcancel().arg(flag));
        assert!(help.contains("Examples:"), "{flag}: {help}");
        assert!(
            help.contains("\n  simcancel\n"),
            "the wizard, {flag}: {help}"
        );
        assert!(
            help.contains("\n  simcancel --operator mts --channel online\n"),
            "without questions, {flag}: {help}"
        );
        for command in ["completions", "man", "check-data", "operators"] {
            assert!(
                help.contains(&format!("\n  {command} ")),
                "{command}: {help}"
            );
        }
    }
    let long = stdout(simcancel().arg("--help"));
    assert!(long.contains("In a terminal, simcancel asks"), "{long}");
    assert!(long.contains("Without a terminal"), "{long}");
}

#[test]
fn completions_for_each_shell_know_the_flags() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout(simcancel().args(["completions", shell]));
        assert!(script.len() > 1000, "{shell}: {script}");
        assert!(script.contains("simcancel"), "{shell}: {script}");
        let flag = if shell == "fish" {
            "-l operator"
        } else {
            "--operator"
        };
        assert!(script.contains(flag), "{shell}: {script}");
        assert!(script.contains("records-dir"), "{shell}: {script}");
        assert!(script.contains("check-data"), "{shell}: {script}");
    }
    simcancel().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn the_man_page_is_roff_with_every_option() {
    let page = stdout(simcancel().arg("man"));
    assert!(page.starts_with(".TH SIMCANCEL 1 "), "{page}");
    let text = page.replace(r"\-", "-");
    for option in [
        "--records-dir",
        "--operator",
        "--channel",
        "--no-input",
        "--color",
    ] {
        assert!(text.contains(option), "{option}: {page}");
    }
    for section in ["DESCRIPTION", "COMMANDS", "EXAMPLES", "ENVIRONMENT"] {
        assert!(
            text.contains(&format!("\n.SH {section}\n")),
            "{section}: {page}"
        );
    }
    assert!(text.contains("NO_COLOR"), "{page}");
}

/// Runs the non-interactive flow, piped and with no colour settings but `env`, with `args`
/// added; all of its output.
fn flow_output(records: &Path, env: &[(&str, &str)], args: &[&str]) -> Vec<u8> {
    let mut cmd = simcancel();
    cmd.env_remove("NO_COLOR")
        .records(records)
        .args(["--operator", "mts", "--channel", "online"])
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.assert().success().get_output().clone();
    [out.stdout, out.stderr].concat()
}

const ESC: u8 = 0x1b;

#[test]
fn piped_output_has_colour_only_when_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let has_esc =
        |env: &[(&str, &str)], args: &[&str]| flow_output(dir.path(), env, args).contains(&ESC);
    assert!(!has_esc(&[], &[]), "piped: no colour");
    assert!(has_esc(&[("CLICOLOR_FORCE", "1")], &[]), "forced");
    assert!(!has_esc(&[("CLICOLOR_FORCE", "0")], &[]), "0 is not forced");
    assert!(
        !has_esc(&[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")], &[]),
        "NO_COLOR beats CLICOLOR_FORCE"
    );
    assert!(
        has_esc(&[("NO_COLOR", "1")], &["--color", "always"]),
        "flag beats env"
    );
    assert!(
        !has_esc(&[("CLICOLOR_FORCE", "1")], &["--color", "never"]),
        "flag beats env"
    );
}
