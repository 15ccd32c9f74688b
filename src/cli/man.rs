//! The manual page and the shell completions, both drawn from the command line itself.

use clap::CommandFactory;

use super::{Cli, VERIFIED};
use crate::i18n::{self, Lang};

/// The completion script for `shell`. The values of `--action` carry their English
/// descriptions, as `--help` gives them; the other answers' words are plain.
pub fn completions(shell: clap_complete::Shell) -> Vec<u8> {
    let mut script = Vec::new();
    let action = super::described::<super::ActionArg>("action", Lang::En);
    // In place: `mut_arg` would move `--action` to the end of the scripts' lists.
    let mut cmd = Cli::command().mut_args(|a| {
        if a.get_id() == "action" {
            a.value_parser(action.clone())
        } else {
            a
        }
    });
    clap_complete::generate(shell, &mut cmd, "simcancel", &mut script);
    script
}

/// The manual page. clap_mangen renders the name, synopsis, description, options and
/// version; the commands, examples and environment are written here for a single page
/// (there are no `simcancel-check-data(1)` pages to point to).
pub fn man_page() -> std::io::Result<Vec<u8>> {
    use roff::{Roff, bold, italic, roman};

    // The page is in English, from the same texts as English `--help`.
    let cmd = super::command(Lang::En);
    let man = clap_mangen::Man::new(cmd.clone())
        .title("SIMCANCEL")
        .date(VERIFIED)
        .source(concat!("simcancel ", env!("CARGO_PKG_VERSION")))
        .manual("User Commands");
    type Render = fn(&clap_mangen::Man, &mut dyn std::io::Write) -> std::io::Result<()>;
    let render = |section: Render| -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        section(&man, &mut out)?;
        Ok(out)
    };

    let mut more = Roff::new();
    more.control("SH", ["COMMANDS"]);
    let mut subs: Vec<&clap::Command> =
        cmd.get_subcommands().filter(|s| !s.is_hide_set()).collect();
    subs.sort_by_key(|s| s.get_display_order());
    for sub in subs {
        let mut usage = vec![bold(format!("simcancel {}", sub.get_name()))];
        for arg in sub.get_arguments().filter(|a| !a.is_hide_set()) {
            usage.push(roman(" "));
            if let Some(long) = arg.get_long() {
                usage.extend([roman("["), bold(format!("--{long}")), roman("]")]);
            } else if arg.is_required_set() {
                let values: Vec<String> = arg
                    .get_possible_values()
                    .iter()
                    .map(|v| v.get_name().to_owned())
                    .collect();
                usage.push(italic(values.join("|")));
            } else {
                let name = arg.get_id().as_str().to_uppercase();
                usage.extend([roman("["), italic(name), roman("]")]);
            }
        }
        more.control("TP", []).text(usage);
        if let Some(about) = sub.get_about() {
            more.text([roman(about.to_string())]);
        }
    }

    more.control("SH", ["EXAMPLES"]);
    let examples = i18n::lookup_opt(Lang::En, "help-examples").unwrap_or_default();
    let mut lines = examples.lines().skip(1).peekable();
    while let Some(line) = lines.next() {
        let mut command = line.trim().to_owned();
        while let Some(rest) = command.strip_suffix('\\') {
            let next = lines.next().unwrap_or_default().trim();
            command = format!("{}{next}", rest);
        }
        let mut text = Vec::new();
        while let Some(l) = lines.next_if(|l| l.starts_with("      ")) {
            text.push(l.trim());
        }
        more.control("TP", [])
            .text([bold(command)])
            .text([roman(text.join(" "))]);
    }

    more.control("SH", ["ENVIRONMENT"]);
    for (name, meaning) in [
        (
            "SIMCANCEL_RECORDS_DIR",
            "Where records are written, unless --records-dir is given.",
        ),
        ("NO_COLOR", "Non-empty: no colour (unless --color always)."),
        (
            "CLICOLOR_FORCE",
            "Set and not 0: colour even when stdout is not a terminal (unless NO_COLOR or --color never).",
        ),
        (
            "CLICOLOR",
            "0: no colour (unless CLICOLOR_FORCE or --color always).",
        ),
    ] {
        more.control("TP", [])
            .text([bold(name)])
            .text([roman(meaning)]);
    }

    // Each rendering starts with the same preamble (it defines the apostrophe string);
    // keep one copy, after `.TH`, so the page starts like any other man page.
    let preamble = Roff::new().render();
    let parts = [
        render(clap_mangen::Man::render_title)?,
        preamble.clone().into_bytes(),
        render(clap_mangen::Man::render_name_section)?,
        render(clap_mangen::Man::render_synopsis_section)?,
        render(clap_mangen::Man::render_description_section)?,
        render(clap_mangen::Man::render_options_section)?,
        more.render().into_bytes(),
        render(clap_mangen::Man::render_version_section)?,
    ];
    let mut page = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let part = match i {
            1 => part,
            _ => part.strip_prefix(preamble.as_bytes()).unwrap_or(part),
        };
        page.extend_from_slice(part);
    }
    Ok(page)
}
