# simcancel — the command line's --help texts, in English. Loaded only when help is shown.

help-about =
    Cancel or suspend a Russian mobile SIM without losing money, data or accounts.

    In a terminal, simcancel asks its questions one by one; flags that are given answer their question in advance. Without a terminal (or with --no-input) every answer comes from a flag or a safe default, and --operator and --channel are required. Either way it ends by writing a dated record of what was done.
help-operator = Operator id from the table (mts, beeline, megafon, …).
help-action = Cancel for good, suspend (voluntary block), re-register the number to someone else (transfer), keep it alive while away (keep), let it lapse (lapse), or compare the options first [default: cancel].
help-need-again = For `--action decide`: will you need this number again?
help-back-in = For `--action decide`: in how many days you will need it again.
help-abroad = You are outside Russia: Gosuslugi, the app or a +7 number, or someone goes to the store for you.
help-representative = Someone with your notarised power of attorney goes to the store for you (writes its Russian text).
help-owner = Whose name the contract is in [default: me].
help-done = Preparation done, comma-separated [default: none confirmed].
help-yes = All preparation is done.
help-balance = What happens to the remaining balance [default: none].
help-channel = Where to do it: only channels the operator offers for the action.
help-planned = Record it as planned: nothing done yet (the default).
help-started = Record it as started: a step taken that does not end it (a call made, a block requested, an application filed).
help-status = Record it as completed: the contract ended, or the block is on.
help-when = When it was done or is planned: "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" [default: now when done, empty when planned].
help-reference = Reference or ticket number the operator gave.
help-contact = Who: store address, agent's name.
help-files = A screenshot or photo you keep as proof (repeatable).
help-note = Anything else worth keeping.
help-ics = Also write the follow-ups as an iCalendar file next to the record.
help-name = The subscriber's name as in the passport, in Latin (or Cyrillic) letters, e.g. LI WEI, for the Russian application letter (never a passport number).
help-name-ru = The subscriber's name in Cyrillic as in the contract or the notarised passport translation (e.g. ЛИ ВЭЙ), for the Russian documents.
help-citizenship = The subscriber's citizenship, in Russian (e.g. Китайская Народная Республика, or CN), for the Russian documents.
help-number = The phone number being cancelled, for the application letter.
help-no-letter = Do not write the Russian application letter.
help-no-input = Never ask: take every answer from flags and defaults, even in a terminal.
help-data = Operator table to use instead of the built-in one.
help-records-dir = Where records are written [default: the platform data directory].
help-color = When to use colour.
help-color-long =
    When to use colour.

    --color always or never beats the environment. With auto: NO_COLOR (non-empty) turns colour off; otherwise CLICOLOR_FORCE (set, not 0) turns it on; otherwise CLICOLOR=0 turns it off; otherwise there is colour only when stdout is a terminal.
help-heading-answers = Answers
help-heading-evidence = Evidence
help-heading-letter = Letter
help-action-value-cancel = End the contract for good
help-action-value-suspend = Voluntary block: keep the number
help-action-value-decide = Compare cancelling, suspending and letting it lapse, with dates
help-need-again-value-no = I will not need it again
help-need-again-value-yes = I will need it again
help-need-again-value-unsure = I do not know yet
help-owner-value-me = The contract is in my name
help-owner-value-other = The contract is in someone else's name
help-balance-value-refund = Refund it to an account at a Russian bank
help-balance-value-transfer = Move it to another number
help-balance-value-none = Nothing to move
help-channel-value-store = In the operator's store or office
help-channel-value-hotline = On the operator's hotline
help-channel-value-online = In the operator's app or website
help-channel-value-gosuslugi = On Gosuslugi, the state services portal (its SIM cards service)
help-lang = Language of the messages [default: from LC_ALL, LC_MESSAGES or LANG, else en].
help-check-data-about = Validate an operator table (the built-in one without FILE) and summarise it.
help-check-data-file = The table to check [default: --data, else the built-in table].
help-operators-about = List the operators: id, name, hotline, and the channels for each action.
help-operators-json = Print JSON for scripts.
help-records-about = List past records, newest first, and the follow-ups that are due.
help-records-json = Print JSON for scripts.
help-records-wide = One record a line with every column, however wide (else it fits 80 columns).
help-records-show-about = Print one record: its stage, dates, what was done, phrases and follow-ups.
help-records-show-file = A record's path, or its file name in the records directory.
help-records-show-format = How to print it: for people, or the record as TOML or JSON.
help-records-show-format-value-human = For people, in the chosen language.
help-records-show-format-value-toml = The record file as it is.
help-records-show-format-value-json = The record as JSON.
help-records-card-about = Print a record's Russian sentences, each with its translation beneath, to show at the counter.
help-records-card-file = A record's path, or its file name in the records directory.
help-records-done-about = Turn a planned record into a completed one; the planned version is kept.
help-records-done-file = A record's path, or its file name in the records directory.
help-records-done-follow-up = Mark this follow-up (its number in `records show`) done instead.
help-records-done-when = When it was done: "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" [default: now].
help-records-done-reference = Reference or ticket number the operator gave.
help-records-done-contact = Who: store address, agent's name.
help-records-done-note = Anything else worth keeping.
help-records-ics-about = Write a record's follow-ups as an iCalendar (.ics) file next to it.
help-records-ics-file = A record's path, or its file name in the records directory.
help-examples =
    Examples:
      simcancel
          Start the wizard in a terminal: every question is asked.
      simcancel --operator mts --channel online
          Run without questions (or pre-answer them): the guidance is printed
          and the record is written.
      simcancel --operator beeline --action suspend --channel store \
                --planned --no-input
          Plan a voluntary block at a Beeline office, without any question.
      simcancel --operator mts --action decide --need-again yes --back-in 30
          Compare cancelling, suspending and letting it lapse, and get a
          recommendation.
      simcancel operators
          List the operators and the channels each offers.
      simcancel completions fish > ~/.config/fish/completions/simcancel.fish
          Install tab completion (bash, zsh, powershell and elvish too: see
          `simcancel completions --help`).
      simcancel man > ~/.local/share/man/man1/simcancel.1
          Install the manual page.
help-completions-about =
    Print a shell completion script to standard output.

    Save it where your shell looks for completions:
      bash: simcancel completions bash > ~/.local/share/bash-completion/completions/simcancel
      zsh:  simcancel completions zsh > ~/.zfunc/_simcancel   (with fpath=(~/.zfunc $fpath) before compinit)
      fish: simcancel completions fish > ~/.config/fish/completions/simcancel.fish
      powershell: add `simcancel completions powershell | Out-String | Invoke-Expression` to $PROFILE
help-completions-shell = The shell to complete in.
help-man-about =
    Print the manual page (roff) to standard output.

    Save it where man looks, then read it with `man simcancel`:
      simcancel man > ~/.local/share/man/man1/simcancel.1

# clap's own words (shown only in translated help; English keeps clap's).
help-clap-usage = Usage:
help-clap-commands = Commands
help-clap-options = Options
help-clap-arguments = Arguments
help-clap-help = Print help
help-clap-help-short = Print help (see more with '--help')
help-clap-help-long = Print help (see a summary with '-h')
help-clap-version = Print version
help-clap-help-command = Print this message or the help of the given subcommand(s)
help-clap-help-command-args = Print help for the subcommand(s)
help-clap-default = default
help-clap-env = env
help-clap-values = possible values
help-passport = Whose passport the contract is on: the rules of 2025 differ for foreigners.
help-passport-value-russian = A Russian passport
help-passport-value-foreign = A foreign passport
help-leave-with-friend = You mean to leave the SIM with a friend: see the fine, and the legal way instead.
help-action-value-transfer = Re-register the number to another person (переоформление)
help-action-value-keep = Keep the number alive while away; needs no --channel
help-action-value-lapse = Let the number lapse, with dated checks; needs no --channel
