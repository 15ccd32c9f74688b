# simcancel — English messages. Every key here must exist in every language file;
# tests fail on a missing or unused key.
# How a date is written for readers of this language (a chrono format string).
date-format = %Y-%m-%d

## Start

intro-title = simcancel — cancel or suspend a Russian SIM without losing anything
intro-body = This walks you through the decision, the preparation, the visit, call or website, and keeps a dated record of what you did.
intro-data = Operator facts checked on { $date }.
intro-confidence = [secondary], [unverified]: not confirmed by the operator, so confirm them. “?”: not published; ask.
stale = These facts were last checked on { $date }, more than six months ago; operators change their rules — confirm on the hotline.

## Operator and action

ask-operator = Which operator is the SIM from?
ask-action = What do you want to do?
action-cancel = Cancel for good
action-cancel-hint = end the contract; the number goes back to the operator and is later given to a stranger
action-suspend = Suspend (voluntary block)
action-suspend-hint = keep the number but stop using it for a while; fees may apply
suspend-title = Suspending at { $operator }
action-decide = Help me decide
action-decide-hint = compare cancelling, suspending and letting it lapse, with dates

## Help me decide

decide-title = Your options at { $operator }, from today
decide-cancel = Cancel now:
decide-cancel-body = The contract ends; settle any debt and get the balance back. The number returns to the operator and is later given to someone else.
decide-suspend = Suspend (voluntary block):
decide-free-until = Free until { $date } ({ $days ->
    [one] one day
   *[other] { $days } days
}).
decide-fee = Then { $fee } RUB a day: about { $month } RUB a month.
decide-max = At most { $days ->
    [one] one day
   *[other] { $days } days
}: until { $date }.
decide-max-unknown = How long the block may last is not published: ask.
decide-lapse = Let it lapse (do nothing):
decide-lapse-fee = From { $date }, a daily fee of about { $fee } RUB while there is money on the number.
decide-lapse-ends = Around { $date }, the contract is treated as ended and the number goes back to the operator.
decide-lapse-risk = Meanwhile a tariff with a monthly fee keeps charging and can run up a debt, and the number stays linked to your accounts until it is given to someone else.
decide-port = Keep the number with another operator:
ask-need = Will you need this number again?
need-no = No
need-yes = Yes
need-unsure = Not sure yet
ask-back-in = In how many days will you need it? (a number of days, may be empty)
err-days = `{ $value }` is not a number of days.
decide-recommend-title = Recommendation
advice-unanswered = Answer --need-again (and --back-in) for a recommendation. Until then, the rule of thumb: cancel if you will not need the number; otherwise suspend it.
advice-no = Cancel: you will not need the number, and a lapsed number can run up a debt and stays linked to your accounts.
advice-unsure-free = Suspend: { $days ->
    [one] the first day is
   *[other] the first { $days } days are
} free, which gives you time to decide; cancel before they end if you no longer need the number.
advice-unsure-ask = Suspend, after asking the block's terms; if it costs more than the number is worth to you, cancel.
advice-within-free = Suspend: you need the number again in { $days ->
    [one] one day
   *[other] { $days } days
}, within the free days.
advice-paid = Suspend: for { $days ->
    [one] one day
   *[other] { $days } days
}, { $paid } of them paid, about { $cost } RUB in all. Keep that much on the balance.
advice-too-long = The block cannot last { $days ->
    [one] one day
   *[other] { $days } days
} (at most { $max }). Keep the number active, move it to another operator, or cancel.
advice-yes-ask = Suspend, after asking the block's terms: they are not published for this operator.

## Abroad

ask-abroad = Where are you now?
abroad-no = In Russia
abroad-yes = Abroad
abroad-title = You are abroad
abroad-store = You cannot go to a store yourself, but someone in Russia with your notarised power of attorney can go for you.
abroad-call = Call the operator's full +7 number for calls from abroad: short numbers work only inside the operator's network in Russia, and 8 800 numbers are free from Russia but usually unreachable from abroad.
abroad-roaming = Calls and SMS in roaming cost money: keep some balance, or use Wi-Fi and the operator's app or chat.
abroad-lapse = Or let it lapse (do nothing), at its true cost:

## Ownership

ask-owner = Is the contract in your own name?
owner-me = Yes, it is in my name
owner-other = No, it is in someone else's name
owner-other-title = The contract is not in your name
owner-other-carry-on = At a store you will need the owner in person, or a notarised power of attorney from the owner and your own passport. The guidance below still applies.

## Preparation

prep-title = Before the number goes
prep-title-lapse = Before the number goes
prep-title-keep = Keeping the number: what to set up
prep-title-transfer = Before the number leaves your name
prep-title-suspend = Before the number is blocked
ask-prep = Tick what you have done (space to tick, Enter to go on)
prep-recorded = Still open
prep-not-done = These are recorded as not done.
prep-contacts = Back up the contacts stored on the SIM
prep-sms = Save the SMS you need (codes, receipts, contracts)
prep-banks = Change this number in your banks (they send codes by SMS)
prep-gosuslugi = Change or remove this number in Gosuslugi
prep-messengers = Move Telegram, WhatsApp and WeChat to another number
prep-2fa = Change two-factor and recovery numbers (e-mail, shops, other accounts)

## Balance

balance-title = Balance and debts
balance-debt = Settle any debt first: a contract with a debt cannot be ended.
balance-keep = Keep enough money on the number for any fee while it is blocked.
ask-balance = What should happen to the remaining balance?
balance-refund = Refund it to my account at a Russian bank
balance-transfer = Move it to another phone number
balance-none = Nothing (no balance left, or I let it go)

## Channel and its steps

ask-channel = Where will you do it?
channel-store = Store
channel-hotline = Hotline
channel-online = Online
channel-gosuslugi = Gosuslugi
channel-not-offered-title = That channel is not offered
steps-title = { $channel } — { $operator }
steps-documents = Bring:
steps-documents-remote = Have at hand:
steps-documents-other = The owner, or a notarised power of attorney (allowing it to receive money, for a refund) and your own passport.
steps-documents-other-remote = The contract is not in your name: the operator deals only with the owner or with a representative holding a notarised power of attorney. Ask the owner to call or write in, or ask how the operator accepts a power of attorney.
steps-steps = Steps:
steps-can = This channel can:
steps-cannot = This channel cannot:
steps-contacts = Numbers and sites:
hotline-short = Hotline from this operator's SIM: { $number }
hotline-federal = Hotline, free from Russia: { $number } (from abroad usually unreachable, even as { $plus })
hotline-abroad = Hotline from abroad: { $number }
contact-site = Website: { $site }
contact-app = App: { $app }
confidence-secondary = secondary
confidence-unverified = unverified

## Phrases and the application letter

phrases-title = Say it in Russian
phrases-body-store = Show these at the counter:
phrases-body-hotline = Read these out on the phone:
phrases-body-chat = Copy these into the support chat:
phrase-terminate = I want to terminate my contract and close this number.
phrase-terminate-representative = I want to terminate the contract on its owner's behalf and close this number.
phrase-debt = Is there any debt on this number? I want to pay it off.
phrase-refund = Please refund the remaining balance to my account at a Russian bank.
phrase-refund-subscriber = Please transfer the remaining balance to the subscriber's account at a Russian bank: the details are in the application.
phrase-transfer = Please move the remaining balance to another number.
phrase-how-store = What do I need to terminate the contract in a store?
phrase-quarantine = How long before this number is given to someone else?
phrase-block = I want to put a voluntary block on this number.
phrase-block-terms = How many days is the block free, and what does it cost after that?
phrase-block-max = For how long can the number stay blocked?
phrase-copy = Please give me the second copy of the application, marked as received (date, staff signature).
phrase-block-proof = How will I get confirmation that the block is on?
phrase-reference = Please tell me the request number.
phrase-poa = I act under a notarised power of attorney from the contract's owner. Here are the original power of attorney and my passport.
phrase-abroad = I am abroad at the moment.
phrase-remote = I am abroad and cannot come to a store: how can I terminate the contract?
application-title = Application letter
application-body-store = A filled-in application in Russian is written next to the record, as text and as a PDF with two copies. Write by hand what is marked ___ in both and sign them at the counter: one is handed in, the other is stamped as received and you keep it.
application-body-representative = A filled-in application in Russian (text, and a PDF with two copies) is written next to the record, beside the power of attorney. Send it to your representative with the power of attorney: they fill in the blanks (___) in both copies, sign both, hand one in and keep the stamped one for you.
application-body-remote = A filled-in refund application in Russian is written next to the record, as text and as a PDF with two copies. Write by hand what is marked ___ and sign. Ask the support chat or the hotline how the operator accepts it, and keep your copy with the request number.
application-fields = For it, the subscriber's name (in Latin and in Cyrillic), citizenship and number are asked; any may be left empty. Passport data is never asked: it is written in by hand.
ask-name = The subscriber's name as in the passport, in Latin letters (e.g. LI WEI), or in Cyrillic as in a Russian passport (may be empty)
ask-name-foreign = The subscriber's name as in the passport, in Latin letters (e.g. LI WEI; may be empty)
err-name-script = only Latin or Cyrillic letters can go into a Russian document: the clerk matches the name against the contract. Type it in Latin letters as in the passport (e.g. LI WEI), or in Cyrillic.
err-name-long = a name is at most { $max } characters (this one has { $count }): type it as in the passport.
err-name-chars = a name goes into a Russian document on one line: only letters, spaces, hyphens, apostrophes and dots, not { $char }.
err-control = this goes on one line of the record and the documents: it cannot hold a line break or another control character ({ $char }).
ask-number = The phone number being cancelled (may be empty)
application-written = Application letter written: { $path }
application-pdf-written = Application, ready to print (PDF, two copies): { $path }
ask-name-ru = The subscriber's name in Cyrillic, as in the contract or the notarised passport translation (Enter keeps what is shown; - for none)
name-ru-suggested = In Cyrillic this name is usually written { $name } (the Palladius system, the standard for Chinese names). Check it against the contract: Enter keeps it, or type the contract's spelling.
name-ru-hint = In Cyrillic this name is usually written { $name } (the Palladius system). If the contract spells it so, add { $flag } "{ $name }"; without it the documents carry only the Latin spelling.
err-name-ru = `{ $value }` is not in Cyrillic letters: type the name as the contract writes it (e.g. ЛИ ВЭЙ), or - to leave it out.
ask-citizenship = The subscriber's citizenship, in Russian (e.g. Китайская Народная Республика; CN is understood; may be empty)
err-citizenship = `{ $value }` is not in Russian letters: write the citizenship in Russian, e.g. Китайская Народная Республика (CN is understood).
entity-check = The application is addressed to { $entity }. Check the operator's name in your contract: if it names another company, write that one instead.

## Timing

timing-title = When to go
timing-now = Now it is { $weekday }, { $time } local time.
timing-good = Today is a working day.
timing-weekend = It is the weekend: stores may be busier, and a request about the contract may wait for the next working day.
timing-holiday = Today is a public holiday or an official day off.
timing-after-hours = It is outside the usual hours ({ $from }–{ $to }).
timing-next = Next good time: { $weekday } { $date }.
timing-no-calendar = The holiday list does not cover { $year }: check the official calendar of days off.
timing-hours-unverified = Operators do not publish store hours: check the store's hours in the app or on the site.
timing-online = Online works at any time; support chats usually answer faster on weekdays.
timing-peaks = If you can, go in the morning, outside the lunch hour and the evening.
timing-hotline-always = The hotline answers around the clock; contract questions are quickest on a working day.
timing-hotline-hours-unknown = The hotline's hours are not published: call on a working day in the daytime, when contract questions are handled.
timing-hotline-day-off = Today is a day off: the hotline answers, but a request about the contract may wait for the next working day.
timing-holidays = Avoid public holidays and the days around them.
timing-short-day = { $date } is a shortened pre-holiday day: the working day is an hour shorter, so the store may close earlier.
day-mon = Monday
day-tue = Tuesday
day-wed = Wednesday
day-thu = Thursday
day-fri = Friday
day-sat = Saturday
day-sun = Sunday

## Evidence

evidence-title = Your record
evidence-body = Keep proof of what was done. Every field may be left empty; passport numbers are never asked for or stored.
ask-status = Have you done it, or are you planning it?
evidence-done = Done: the contract is ended, or the block is on
evidence-planned = Not yet: remind me on the next good day
evidence-planned-day = Not yet: I will choose the day
ask-when-done = When was it done? (YYYY-MM-DD HH:MM)
ask-when-planned = When do you plan it? (YYYY-MM-DD HH:MM, may be empty)
ask-reference = Reference or ticket number (may be empty)
ask-contact = Who: store address, agent's name (may be empty)
ask-files = Screenshots or photos you keep, comma-separated paths (may be empty)
ask-note = Notes (may be empty)

## Aftercare

# Shown when guidance would not fit the screen; the first character marks it for tests.
more = ⏎ Enter: more
small-window = The window is too small for the menus: answer by number, or make it taller.
recap-title = In short, before you go
recap-title-remote = In short, what to do
after-title = Afterwards
after-destroy = Once the contract is ended, cut the SIM through the chip and throw it away.
after-watch = Watch your bank accounts and messengers for codes still sent to this number.
after-keep-sim = Keep the SIM safe: you need it to use the number again.
after-follow-ups = Follow-ups (kept in the record):
follow-refund = Check that the balance has arrived; if not, call the hotline with your reference number.
follow-final-bill = Check that no final bill or debt has appeared on the number.
follow-free-ends = The free days of the block end; the daily fee starts.
follow-max-block = The block reaches its longest allowed length; unblock the number or decide what next.
follow-check-block = Check that the block is on and what it costs; the operator publishes no terms for it.
follow-before-max = The block reaches its longest allowed length in a week; plan to unblock the number or decide what next.
written-in = Written in { $dir }:
record-written = Record written: { $path }
next-title = What happens next:
next-done = When it is done, record it (with the reference number you are given):
next-card = To show the Russian sentences, large, to read out or show:
next-ics = To put the { $count ->
        [one] follow-up
       *[other] { $count } follow-ups
    } in your calendar:
ask-ics = Put the { $count ->
        [one] follow-up
       *[other] { $count } follow-ups
    } in a calendar file (.ics) next to the record?

## Errors

err-unknown-operator = unknown operator `{ $id }`. Known operators: { $known }.
err-channel-not-offered = { $operator } does not offer `{ $action }` through the { $channel } channel. Channels that do: { $offered }.
err-store-abroad = you are abroad, so you cannot go to a store yourself. Channels that remain: { $offered }.
err-no-channel-abroad = { $operator } offers no channel for this from abroad: ask a person in Russia with a power of attorney, or let the number lapse.
err-wizard-flags = { $flags } answer the wizard's questions; they do nothing with a subcommand. Leave them out.
err-decide-flags = { $count ->
    [one] { $flags } answers a question of "Help me decide", but --action { $action } has already decided. Leave it out, or use --action decide.
   *[other] { $flags } answer questions of "Help me decide", but --action { $action } has already decided. Leave them out, or use --action decide.
}
err-decide-flags-no-action = { $count ->
    [one] { $flags } answers a question of "Help me decide", and without a terminal that needs --action decide (otherwise the action is cancel). Add --action decide, or leave it out.
   *[other] { $flags } answer questions of "Help me decide", and without a terminal that needs --action decide (otherwise the action is cancel). Add --action decide, or leave them out.
}
err-back-in-need = --back-in says when you will need the number again, but --need-again says you will not or are unsure. Use --need-again yes, or leave --back-in out.
err-balance-suspend = --balance applies to cancelling; a suspended number keeps its balance. Leave --balance out, or use --action cancel.
err-missing = not running interactively (no terminal, TERM=dumb, or --no-input), so the answer must come from { $count ->
    [one] a flag: { $flags } is missing.
   *[other] flags: { $flags } are missing.
}
err-too-long = the answer to { $flag } is { $count ->
    [one] one character
   *[other] { $count } characters
} long; the most is { $max }.
err-when = `{ $value }` is not a date: use YYYY-MM-DD HH:MM or YYYY-MM-DD.
err-when-far = `{ $value }` is more than { $years ->
    [one] one year
   *[other] { $years } years
} from today: check the year.
err-when-skipped = `{ $value }` does not exist here: the clocks skip that hour. Use a time just after it.
err-data = the data has { $count ->
    [one] a problem:
   *[other] { $count } problems:
}
err-data-unreadable = cannot read the operator table { $path }: { $reason }.
data-not-utf8 = the file is not UTF-8 text (byte { $offset } is not)
hint-utf8 = save the table as UTF-8
err-record = the record could not be written to { $path }: { $reason }. It is printed above in full: save it yourself, or run again with --records-dir DIR.
err-record-no-dir = no records directory could be found (no home directory?). The record is printed above in full: save it yourself, or run again with --records-dir DIR.
err-output = could not write to standard output: { $reason }. The record was saved to { $path } and is printed above on stderr.
err-no-records-dir = no records directory could be found (no home directory?): name one with --records-dir DIR.
err-no-record = no record at { $path }: { $reason }.
err-not-a-file = it is not a file
err-not-a-record = { $path } is not a record simcancel can read: { $reason }. It was left untouched.
err-is-completed = { $path } is itself a completed record; nothing to do.
err-already-done = { $path } is already completed by { $by }; nothing to do.
err-ics-superseded = { $path } is completed by { $by }, and its follow-ups are the later record's: simcancel records ics { $by }
err-interrupted = Stopped — nothing was written.
err-io = { $reason }

## Listings

list-id = ID
list-name = NAME
list-hotline = HOTLINE
list-cancel = cancel
list-suspend = suspend
list-unknown = unknown
hint-calendar = add the year's days off, with their source, to data/calendar.toml
warn-calendar = warning: the built-in holiday calendar is out of date ({ $problem }); the timing advice may miss days off. { $hint }
# A label and its value, as in "2026-12-09: check the refund" (Chinese uses a full-width colon).
label-value = { $label }: { $value }
check-ok = { $origin }: ok — { $count ->
    [one] one operator
   *[other] { $count } operators
}, facts verified { $date }
check-farms = { $count ->
    [one] one content-farm host
   *[other] { $count } content-farm hosts
}: facts from them alone are at most unverified
check-calendar = Holiday calendar: { $years }
check-provisional = { $year } (provisional)

## Records

rec-not-text = it is not a text file
rec-not-toml = it is not TOML ({ $reason })
rec-foreign = it has no `schema`, so it is not a simcancel record
rec-newer = it was written by a newer simcancel (schema { $schema })
rec-invalid = it is not a valid record ({ $reason })
rec-skipped = skipped { $file }: { $reason }
rec-not-regular = it is not a regular file
rec-orphan = a document without its record (a run was stopped while writing): check it, then keep or delete it.
rec-too-large = it is larger than 1 MiB, too large to be a record
rec-link-outside = it is a symbolic link to a file outside the records directory
dir-not-a-dir = it is a file, not a directory
dir-dangling = it is a symbolic link to { $target }, which does not exist
dir-bad-link = it is a symbolic link to { $target }, which cannot be followed: { $reason }
ics-none = No calendar written: this record has no follow-up dates.
rec-none = No records in { $dir } yet.
rec-title = Records in { $dir }, newest first:
rec-created = CREATED
rec-operator = OPERATOR
rec-action = ACTION
rec-channel = CHANNEL
rec-status = STATUS
rec-file = FILE
rec-status-completed = completed
rec-status-planned = planned
rec-due = Follow-ups due:
rec-overdue = { $days ->
    [one] one day overdue
   *[other] { $days } days overdue
}
rec-due-today = due today
rec-none-due = No follow-ups due.
rec-next = Next: { $date } — { $what } ({ $file })
ics-written = Calendar written: { $path } ({ $count ->
    [one] one event
   *[other] { $count } events
})
ics-description = Call { $call }. Reference: { $reference }. Record: { $file }.

# Yes/no questions: the keys to press (the default in capitals) and the answer shown after.
confirm-keys-yes = [Y/n]
confirm-keys-no = [y/N]
confirm-yes = yes
confirm-no = no

# Already abroad: Gosuslugi, a representative, a lapse at its cost.
channel-store-proxy = Store — someone goes for you
channel-store-proxy-hint = A person in Russia with your notarised power of attorney does it in a store.
channel-hotline-abroad-hint = Call the number for calls from abroad, or write in the app's chat, and ask what can be done without you in Russia.
channel-only-proxy = From abroad this can be done only in a store, by someone in Russia with your notarised power of attorney.
proxy-brings = They bring:
proxy-brings-passport = Their own passport.
proxy-brings-poa = The original power of attorney (not a copy or a scan).
proxy-brings-letter = The application letter, printed, naming them as your representative.
proxy-text-written = The Russian text of the power of attorney is written next to the record: send it to the consulate when you book, with both people's passport data filled in.
poa-where = Where the power of attorney is made:
poa-where-consulate = At a Russian consulate: book an appointment and send the Russian text written next to the record in advance. A consular power of attorney is in Russian and is valid in Russia as it is.
# The Apostille Convention applies between China and Russia since 7 November 2023 (a-vsc.ru,
# secondary; reference facts of 2026-12-04). No source gives the time an appointment, an
# apostille or a certified translation takes: poa-where-time asks.
poa-where-notary = At a local notary: it then needs an apostille (China and Russia apply the Apostille Convention to each other since 7 November 2023) and, in Russia, a translation into Russian certified by a Russian notary.
poa-where-time = How long the appointment, the apostille and the certified translation take is not known here: ask the consulate, the notary and the apostille office, and allow time to send the original to Russia.
poa-where-original = The representative must hold the original in Russia (with the apostille and the certified translation, if a local notary made it): a scan or a copy is not enough.
proxy-russia = Your representative does these steps for you, with a power of attorney made at any notary in Russia (нотариальная доверенность), valid as it is. Never give them the SIM itself: that is fined unless they are a close relative.
proxy-abroad = Your representative does these steps for you, with your notarised power of attorney (нотариальная доверенность) from a Russian consulate, or a local notary with an apostille; its original must reach them in Russia. Never give them the SIM itself: that is fined unless they are a close relative.
abroad-step-call = Call the number for calls from abroad shown below (a call in roaming costs money); if there is none, write in the chat in the operator's app instead.
abroad-step-cancel = Ask for the balance and any debt, and how the contract can be ended without you in a store: through Gosuslugi, or by someone with your power of attorney.
abroad-step-suspend = Ask for a voluntary block (добровольная блокировка) and its current terms; have your passport data or code word ready.
abroad-step-ask = Ask how this can be done without you in Russia, and what it costs.
abroad-step-note = Write down the time, the agent's name and any request number.
abroad-who-goes = If the operator says the rest needs a store, someone with your notarised power of attorney can go for you (the store, someone goes for you), or try Gosuslugi.
abroad-who-goes-gosuslugi = If the operator says the rest needs a store, someone with your notarised power of attorney can go for you (the store, someone goes for you).
hotline-short-russia = From this operator's SIM in Russia only: { $number } (not a number to dial from abroad)
hotline-no-abroad = No number for calling from abroad is known: write in the chat in the operator's app, or use Gosuslugi.
timing-now-moscow = It is now { $weekday }, { $time } Moscow time (the operator works by Moscow time).
timing-proxy-dated = Your representative goes once the original power of attorney has reached Russia; the follow-ups below date the visit. A weekday is best.
timing-proxy-russia = Your representative goes once the power of attorney is made; the follow-ups below date the visit. A weekday is best.
timing-gosuslugi = The portal is open at any hour, but the operator handles applications only on working days.
abroad-ways = What works from abroad:
abroad-gosuslugi = Gosuslugi (the Russian public services portal), with a confirmed account: its “SIM cards” service lists your numbers, blocks one, and accepts an application to end a contract where the operator is connected.
refund-abroad-title = Before you close your Russian bank account
refund-abroad-bank = Put the bank details for the refund into the application first, and only then close your Russian bank account: the refund needs an account that still exists.
refund-abroad-poa = If someone goes for you, the power of attorney must state explicitly that they may receive money; otherwise the balance is not handed over.
lapse-cost-until = By { $date }, when the number is lost, that is about { $cost } RUB ({ $paid ->
    [one] one day of fees
   *[other] { $paid } days of fees
}).
lapse-cost-unknown = When the number is then lost is not published, so the total is unknown: every 30 days of fees is about { $month } RUB. Ask the operator.
lapse-no-fee = No inactivity fee is published for this operator.
lapse-debt = Any debt this runs up is still yours, abroad too: it can follow you.
poa-check = The power of attorney is a template: a consulate or notary may want its own wording. Send them this text in advance and ask.
poa-check-russia = The power of attorney is a template: the notary may want its own wording. Show them this text and ask.
poa-body = Its Russian text is written next to the record, as text and as a PDF, for whoever certifies the power of attorney.
poa-title = Power of attorney (Russian text)
poa-written = Power of attorney (Russian text): { $path }
poa-pdf-written = Power of attorney, ready to print (PDF): { $path }
guide-written = All the details for your path (every number, the sources, what else to check): { $path }
guide-heading = simcancel — all the guidance for your path, as of { $date }. The screen showed what comes first; this adds the details.
err-representative-channel = a representative goes to a store for you; the hotline, online and Gosuslugi you use yourself.
err-store-abroad-flag = Someone with your notarised power of attorney can go instead: add { $flag }.
## Record stages, follow-ups and `records show`
evidence-started = Started, not finished (a call made, a block or an application requested)
evidence-cannot-complete = This cannot be finished { CASE($channel, case: "via") } alone: it is recorded at most as started; finish it { CASE($remains, case: "via") }.
evidence-cannot-complete-abroad = This cannot be finished { CASE($channel, case: "via") } alone: it is recorded at most as started; from abroad, someone with your power of attorney finishes it { CASE($remains, case: "via") }.
follow-go-on = Carry on with the { $action } { CASE($channel, case: "via") }.
follow-finish = Finish the { $action } { CASE($channel, case: "via") }.
err-when-future = { $value } is in the future; something done cannot be dated after now.
err-number = `{ $value }` is not a Russian phone number (for example +7 916 123-45-67).
err-file = { $file }: { $reason }
err-cannot-complete = this cannot be finished { CASE($channel, case: "via") } alone; record it as --started (finish it { CASE($remains, case: "via") }).
err-no-follow-up = There is no follow-up { $n }: this record has { $count ->
    [one] one
   *[other] { $count }
}.
follow-up-marked = Follow-up { $n } marked done ({ $what }).
marked-next = The next one: { $date } (follow-up { $n }).
rec-number = NUMBER
rec-status-started = started
rec-status-superseded = completed in { $file }
rec-done = Follow-ups done:
rec-follow-done = done
show-none = none
show-title = Record { $file }
show-stage = Stage
show-what = What
show-number = Number
show-created = Written
show-when = When
show-remains = Still to do
show-reference = Reference
show-contact = With whom
show-file = File
show-file-size = { $file } ({ $bytes ->
    [one] one byte
   *[other] { $bytes } bytes
})
show-note = Note
show-supersedes = Completes
show-phrases = Phrases:
show-follow-ups = Follow-ups:

## The other ends: re-registration, keeping the number, whose passport, after it is gone

action-transfer = Re-register it to someone else
action-transfer-hint = a relative keeps the number legally (переоформление): both of you, passports, no debt
action-keep = Keep it alive while I am away
action-keep-hint = no block: keep money on it and show activity once a month
action-handover = I will leave the SIM with a friend or relative
action-handover-hint = see the fine first, and the legal way
handover-title = Leaving the SIM with someone
handover-transfer = The legal way is re-registration, so that the contract is in their name:
handover-no-transfer = The table has no re-registration route for this operator: ask the hotline or a store how to re-register the number to another person.
transfer-title = Re-registering the number at { $operator }
transfer-both = Both of you take part, with your own passports, and there must be no debt on the number.
transfer-codes = Once the number is theirs, every SMS code sent to it reaches them: move your own logins off it first.
keep-title = Keeping the number at { $operator } while you are away
keep-rule = The operator's inactivity rule
keep-fee = From day { $days } without activity ({ $date }): about { $fee } RUB a day, about { $month } RUB a month.
keep-ends = After { $days ->
    [one] one day
   *[other] { $days } days
} (from { $date }) the number may be lost.
keep-how = How to keep it alive
keep-cheapest = The cheapest way to show activity is usually one outgoing SMS a month; ask its price in roaming.
keep-monthly = The record keeps a monthly reminder (one recurring event with --ics).
keep-cooling = The roaming cooling period
keep-sim-early = Put the SIM in at least a day before you need an SMS code.
ask-passport = Whose passport is the contract on?
passport-russian = A Russian passport
passport-foreign = A foreign passport
passport-foreign-title = A contract on a foreign passport: the rules of 2025
passport-foreign-carry-on = Even if the number no longer works, the wizard goes on: the contract, its balance and any debt still exist. Keep the SIM in the phone it is in now.
passport-russian-title = A contract on a Russian passport: the 20-number limit
passport-russian-carry-on = Ending numbers you do not use keeps you under the limit.
pending-as-of = Proposed; not in force as of { $date }: { $text }
fact-aged = {" "}(checked { $date }, may be out of date)
warn-fact-aged = warning: { $what } was checked on { $date }, more than six months ago, and may be out of date: check it again.
prep-telegram = Telegram: set a password (two-step verification) and a recovery e-mail
prep-whatsapp = WhatsApp: add an e-mail to your account
prep-gosuslugi-app = Gosuslugi: switch logins to a one-time-code app
prep-group-save = Save: { $items }
prep-group-change = Change the number in: { $items }
prep-group-secure = Secure: { $items }
prep-short-contacts = the contacts on the SIM
prep-short-sms = the SMS you need
prep-short-banks = banks
prep-short-gosuslugi = Gosuslugi
prep-short-messengers = messengers
prep-short-2fa = other logins
prep-short-telegram = Telegram (password, e-mail)
prep-short-whatsapp = WhatsApp (e-mail)
prep-short-gosuslugi-app = Gosuslugi (code app)
balance-transfer-owner = Pay any debt first: the balance stays with the number and goes to the new owner.
balance-keep-alive = Keep enough money on the number for the monthly action and any daily fee.
after-transfer-check = Check on Gosuslugi that the number no longer appears among the numbers in your name.
after-self-ban = Optional: a self-ban on new SIM contracts
after-credit = Your bank accounts and credit history
follow-credit = Check your bank accounts and your credit history (the bureaus are listed on Gosuslugi; a report is free twice a year).
follow-transfer = Check that the number has left your name (Gosuslugi, SIM cards) and that no debt is left on it.
follow-keep = Keep the number alive with one paid action (an outgoing SMS), and check the balance.
err-action-not-offered = { $operator } offers no way to { $action } in this table. What it offers: { $offered }.
err-balance-stays = --balance applies to cancelling; with --action { $action } the balance stays on the number. Leave --balance out, or use --action cancel.
phrase-reregister = I want to re-register this number to another person.
phrase-new-owner = This is the new owner; here is their passport.
phrase-reregister-proof = Please give me a copy of the documents showing the contract in my name has ended.
phrase-reregister-proof-representative = Please give me a copy of the documents showing the contract in the former owner's name has ended.
phrase-keep-activity = What is the cheapest action that keeps this number active?
phrase-keep-fee = After how many days without activity does a fee start, and when is the number lost?
phrase-cooling = How do I lift the restriction on SMS and mobile internet after roaming?
timing-title-hotline = When to call
timing-title-online = When to do it
# An action as a noun, for listings and follow-ups.
action-noun-cancel = cancellation
action-noun-suspend = voluntary block
action-noun-transfer = re-registration
action-noun-keep = keeping the number
action-noun-lapse = letting it lapse
action-lapse = Let it lapse (do nothing)
action-lapse-hint = no visit, no call: an inactivity fee may start, then the number is taken back; the checks are dated
lapse-title = Letting the { $operator } number lapse
balance-lapse = The money stays on the number: any inactivity fee is taken from it. To get it back, cancel instead.
err-lapse-channel = letting the number lapse is done nowhere and by nobody: leave out --channel and --representative, or choose another --action.
follow-lapse-fee = By the operator's terms, a daily inactivity fee of about { $fee } RUB may start about now (day { $days } without activity). Check the balance; any debt stays yours.
follow-lapse-fee-unpriced = By the operator's terms, an inactivity fee may start about now (day { $days } without activity). Its amount is not published; ask the operator how much it is.
follow-lapse-fee-ask = No inactivity fee is published. Ask the operator (chat or hotline) whether one is charged before the number is taken back, and how much; note the answer.
follow-lapse-ask = The operator publishes no inactivity terms. Ask it (chat or hotline) from which day without activity a fee starts, how much it is, and when the number is taken back; note the answers.
follow-lapse-gone = By the operator's terms the number may be taken back about now (day { $days } without activity). Check on Gosuslugi (SIM cards) whether it is still in your name.
follow-lapse-gone-unknown = Nobody publishes when a number without activity is taken back. Check on Gosuslugi (SIM cards) whether it is still in your name, and ask the operator.
follow-lapse-debt = Check that no debt is left on the contract; ask the operator for the final balance. A debt stays yours, abroad too.
follow-poa-book = Book the power of attorney at a Russian consulate, or at a local notary followed by an apostille, and send them its Russian text, saved next to the record.
follow-poa-made = Has the power of attorney been made (with its apostille, if a local notary made it)? If not, ask the consulate or the notary when it will be.
follow-poa-sent = Has the original power of attorney been sent to Russia? Your representative must hold the paper original there, not a scan or a copy; send it by courier and keep the tracking number.
follow-poa-arrived = Has the original reached your representative in Russia? If a local notary made it, it also needs a translation into Russian certified by a Russian notary there before the visit.
follow-poa-notary = Have the power of attorney certified by a notary and give the original to your representative.
follow-representative-visit = Your representative goes to the store for the { $action }, with their own passport and the original power of attorney.
# A menu choice and what it does.
choice-hint = { $label } — { $hint }
# The title of a calendar event.
ics-summary = { $operator }, { $action }: { $what }
# Why a file could not be read or written: the system's reason, in words, and its number.
io-os = { $kind } (os error { $code })
io-not-found = no such file or directory
io-permission-denied = permission denied
io-already-exists = it already exists
io-is-a-directory = it is a directory
io-not-a-directory = not a directory
io-storage-full = no space left on the device
io-read-only = the file system is read-only
io-broken-pipe = the other end stopped reading
io-invalid-data = the data is not valid

# How a channel is named after a verb: "finish it in a store".
-channel-store = { $case ->
    [via] in a store
   *[nom] store
}
-channel-hotline = { $case ->
    [via] on the hotline
   *[nom] hotline
}
-channel-online = { $case ->
    [via] online
   *[nom] online
}
-channel-gosuslugi = { $case ->
    [via] on Gosuslugi
   *[nom] Gosuslugi
}
timing-after-hours-unknown = It is a working day, but outside usual business hours; the store's own hours are not published.
