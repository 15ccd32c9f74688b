//! clap's own words in `--help` ("Usage", "Options", "Print help", "[default: …]"), in
//! the user's language: clap writes them only in English, so they are replaced once the
//! command is built, from the `help-clap-*` texts.

use clap::builder::PossibleValue;
use clap::{Arg, Command};

use crate::i18n::{self, Lang};

struct Words {
    lang: Lang,
}

impl Words {
    fn get(&self, key: &str) -> String {
        i18n::lookup(self.lang, key, &[])
    }

    /// `[默认：auto]` in Chinese, `[default: auto]` elsewhere: the language's own colon,
    /// as its "Usage" word writes it.
    fn colon(&self) -> &'static str {
        if self.get("help-clap-usage").ends_with('：') {
            "："
        } else {
            ": "
        }
    }
}

/// A colon right after Chinese text is the full-width `：` (clap writes its headings as
/// `选项:`), styles and all: an escape sequence between the two is looked through.
pub fn full_width_colons(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_visible = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            out.push(c);
            // CSI: ESC [ … final byte in @..~
            if chars.peek() == Some(&'[') {
                for d in chars.by_ref() {
                    out.push(d);
                    if ('@'..='~').contains(&d) && d != '[' {
                        break;
                    }
                }
            }
            continue;
        }
        if c == ':' && last_visible.is_some_and(crate::i18n::is_wide) {
            out.push('：');
            // The full-width colon carries its own space.
            if chars.peek() == Some(&' ') {
                chars.next();
            }
        } else {
            out.push(c);
        }
        last_visible = Some(c);
    }
    out
}

/// Ends the run for a parse result that is not a command to run: `--help` in a language
/// with full-width punctuation is printed with it; anything else as clap prints it.
pub fn exit(e: clap::Error, lang: Lang) -> ! {
    use std::io::{IsTerminal, Write};
    let help = matches!(
        e.kind(),
        clap::error::ErrorKind::DisplayHelp
            | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    let words = Words { lang };
    if !help || words.colon() != "：" {
        e.exit()
    }
    let rendered = e.render();
    let colour = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let text = if colour {
        rendered.ansi().to_string()
    } else {
        rendered.to_string()
    };
    let mut out = std::io::stdout().lock();
    let written = out
        .write_all(full_width_colons(&text).as_bytes())
        .and_then(|()| out.flush());
    std::process::exit(if written.is_ok() { 0 } else { 74 })
}

/// `cmd` with clap's words in `lang`; English stays as clap writes it.
pub fn translate(mut cmd: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return cmd;
    }
    // Building adds the help and version flags and the help subcommand, whose words are
    // then there to replace.
    cmd.build();
    command(cmd, &Words { lang })
}

fn command(cmd: Command, w: &Words) -> Command {
    let usage = w.get("help-clap-usage");
    // A full-width colon carries its own space.
    let gap = if usage.ends_with('：') { "" } else { " " };
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{gap}{{usage}}\n\n{{all-args}}{{after-help}}"
    );
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(w.get("help-clap-commands"));
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| arg(a, w));
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(&sub, |c| {
            let mut c = c;
            if sub == "help" {
                c = c.about(w.get("help-clap-help-command"));
                if c.get_arguments().any(|a| a.get_id() == "subcommand") {
                    c = c.mut_arg("subcommand", |a| {
                        a.help(w.get("help-clap-help-command-args"))
                    });
                }
            }
            command(c, w)
        });
    }
    cmd
}

fn arg(a: Arg, w: &Words) -> Arg {
    let mut a = a;
    if a.get_help_heading().is_none() {
        let heading = if a.is_positional() {
            w.get("help-clap-arguments")
        } else {
            w.get("help-clap-options")
        };
        a = a.help_heading(heading);
    }
    match a.get_id().as_str() {
        "help" if a.get_long_help().is_some() => {
            return a
                .help(w.get("help-clap-help-short"))
                .long_help(w.get("help-clap-help-long"));
        }
        "help" => return a.help(w.get("help-clap-help")),
        "version" => return a.help(w.get("help-clap-version")),
        _ => {}
    }
    let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    let long = a.get_long_help().map(|h| h.to_string());
    let mut notes = Vec::new();
    let mut listed = Vec::new();
    // Flags (--abroad) take no value: clap shows neither values nor a default for them.
    let takes = a.get_num_args().is_some_and(|n| n.takes_values());
    let values: Vec<PossibleValue> = if a.is_hide_possible_values_set() || !takes {
        Vec::new()
    } else {
        a.get_possible_values()
    };
    let values: Vec<PossibleValue> = values.into_iter().filter(|v| !v.is_hide_set()).collect();
    if !values.is_empty() {
        a = a.hide_possible_values(true);
        let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
        if values.iter().any(|v| v.get_help().is_some()) {
            let heading = w.get("help-clap-values");
            let mut chars = heading.chars();
            let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
            listed.push(format!(
                "{}{}{}",
                first.unwrap_or_default(),
                chars.as_str(),
                w.colon().trim_end()
            ));
            for v in &values {
                match v.get_help() {
                    Some(h) => listed.push(format!("- {}{}{h}", v.get_name(), w.colon())),
                    None => listed.push(format!("- {}", v.get_name())),
                }
            }
        }
        notes.push(format!(
            "[{}{}{}]",
            w.get("help-clap-values"),
            w.colon(),
            names.join(", ")
        ));
    }
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes && !defaults.is_empty() && !a.is_hide_default_value_set() {
        a = a.hide_default_value(true);
        notes.insert(
            0,
            format!(
                "[{}{}{}]",
                w.get("help-clap-default"),
                w.colon(),
                defaults.join(", ")
            ),
        );
    }
    if let Some(env) = a.get_env().map(|e| e.to_string_lossy().into_owned())
        && !a.is_hide_env_set()
    {
        a = a.hide_env(true);
        notes.insert(0, format!("[{}{}{env}]", w.get("help-clap-env"), w.colon()));
    }
    if notes.is_empty() {
        return a;
    }
    let short = std::iter::once(help.clone())
        .chain(notes.iter().cloned())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut long = long.unwrap_or(help);
    if !listed.is_empty() {
        long = format!("{long}\n\n{}", listed.join("\n"));
        // The list already names the values.
        let values = format!("[{}{}", w.get("help-clap-values"), w.colon());
        notes.retain(|n| !n.starts_with(&values));
    }
    if !notes.is_empty() {
        long = format!("{long}\n\n{}", notes.join("\n"));
    }
    a.help(short).long_help(long)
}
