# What is said or written at the counter: always Russian, whatever the user's language.
# Each phrase-* id also exists in en.ftl and zh.ftl as its translation; the letter-* texts
# make up the printed application and exist only here.

## Фразы

phrase-terminate = Я хочу расторгнуть договор и закрыть этот номер.
# Said by whoever acts for the subscriber: the contract is not theirs.
phrase-terminate-representative = Я хочу расторгнуть договор от имени его владельца и закрыть этот номер.
phrase-debt = Есть ли на номере задолженность? Я хочу её погасить.
phrase-refund = Прошу вернуть остаток средств на мой счёт в российском банке.
phrase-refund-subscriber = Прошу перечислить остаток средств на счёт абонента в российском банке: реквизиты указаны в заявлении.
phrase-transfer = Прошу перевести остаток средств на другой номер.
phrase-how-store = Что нужно, чтобы расторгнуть договор в салоне связи?
phrase-quarantine = Через какое время этот номер передадут другому человеку?
phrase-block = Я хочу подключить добровольную блокировку номера.
phrase-block-terms = Сколько дней блокировка бесплатна и сколько она стоит потом?
phrase-block-max = Как долго номер может быть заблокирован?
phrase-copy = Дайте, пожалуйста, второй экземпляр заявления с отметкой о принятии (дата, подпись сотрудника).
phrase-block-proof = Как я получу подтверждение, что блокировка подключена?
phrase-reference = Назовите, пожалуйста, номер обращения.
phrase-poa = Я действую по нотариальной доверенности от владельца договора. Вот оригинал доверенности и мой паспорт.
phrase-abroad = Я сейчас за границей.
phrase-remote = Я за границей и не могу прийти в салон связи: как расторгнуть договор?

phrase-reregister = Я хочу переоформить этот номер на другого человека.
phrase-new-owner = Это новый владелец номера, вот его (её) паспорт.
phrase-reregister-proof = Дайте, пожалуйста, копию документов о том, что договор на моё имя прекращён.
phrase-reregister-proof-representative = Дайте, пожалуйста, копию документов о том, что договор на имя прежнего владельца номера прекращён.
phrase-keep-activity = Какое самое дешёвое действие сохраняет номер активным?
phrase-keep-fee = Через сколько дней без активности начинается плата и когда номер забирают?
phrase-cooling = Как снять ограничение на SMS и мобильный интернет после роуминга?

## Заявление
# The applicant is the subscriber, with the name as in the passport (the contract is made
# out from it); a representative signs on the subscriber's behalf under a notarised power
# of attorney. Dates stay blank: the letter is often printed days before the visit. The
# bank details are a Russian account in the subscriber's own name, one field per line, as
# a clerk copies them into the refund form.

letter-to = В { $operator }
letter-from = Заявитель (абонент): { $name }
letter-citizenship = Гражданство: { $citizenship }
letter-representative = Представитель (Ф. И. О.): ______________________________
letter-representative-citizenship = Гражданство представителя: ____________________
letter-representative-poa = действующий(-ая) на основании нотариальной доверенности № __________ от «___» ____________ 20___ г.
letter-number = Абонентский номер: { $number }
letter-id = Документ, удостоверяющий личность { $who } (вид, серия и номер, кем и когда выдан): ____________________________________________________________________
letter-id-who = { $representative ->
    [yes] представителя
   *[no] заявителя
}
letter-contact = Контактный телефон или e-mail: ______________________________
letter-title = ЗАЯВЛЕНИЕ
letter-about-terminate = о расторжении договора об оказании услуг связи
letter-about-terminate-refund = о расторжении договора об оказании услуг связи и возврате остатка денежных средств
letter-about-refund = о возврате остатка денежных средств
letter-about-terminate-transfer = о расторжении договора об оказании услуг связи и переводе остатка денежных средств на другой номер
letter-about-transfer = о переводе остатка денежных средств на другой номер
letter-terminate = Прошу расторгнуть договор об оказании услуг подвижной радиотелефонной связи № __________ (при наличии) от ____________ (абонентский номер { $number }) с даты подачи настоящего заявления.
letter-confirm = Прошу выдать документ, подтверждающий расторжение договора.
letter-refund = Прошу перечислить остаток денежных средств с лицевого счёта (абонентский номер { $number }) на счёт абонента в российском банке по следующим реквизитам:
letter-bank-recipient = Получатель: { $name }
letter-bank-name = Банк получателя: ______________________________
letter-bank-bik = БИК: _________
letter-bank-corr = Корреспондентский счёт: ____________________
letter-bank-account = Счёт получателя (20 цифр): ____________________
letter-transfer = Прошу перевести остаток денежных средств с лицевого счёта (абонентский номер { $number }) на абонентский номер +7 (___) ___-__-__.
letter-attachment = Приложение: копия нотариальной доверенности № __________ от ____________ (оригинал предъявлен).
letter-sign-subscriber = (подпись и Ф. И. О. заявителя)
letter-sign-representative = (подпись и Ф. И. О. представителя по доверенности)
# At the foot of the two printed copies of the application.
letter-copy-handed-in = Экземпляр 1 — сдаётся оператору.
letter-copy-kept = Экземпляр 2 — остаётся у заявителя с отметкой о принятии (дата, подпись и Ф. И. О. сотрудника).

# The power of attorney (part of the printed documents, hence letter-*) for someone who
# goes to the store in the subscriber's place. Both parties with citizenship (the Foreign
# Ministry's consular pages ask for it); the date and term as notaries write them, in
# words; the scope reaches the operator's branches, agents and dealers, since many stores
# are theirs; service details are communication secrecy, given only under an explicit
# power; money goes only to the subscriber's own account. The notary or consul adds the
# certification: no line is printed for it.
letter-poa-title = ДОВЕРЕННОСТЬ
letter-poa-place = Место составления: ______________________________
letter-poa-date = Дата составления: «___» ____________ 20___ г. (прописью: ________________________________________ года)
letter-poa-principal = Я, { $name }, гражданство: { $citizenship }, дата рождения ____________,
letter-poa-id = документ, удостоверяющий личность (вид, серия и номер, кем и когда выдан): ____________________________________________________________________,
letter-poa-address = адрес регистрации (места жительства): ____________________________________________________________________,
letter-poa-appoints = настоящей доверенностью уполномочиваю
letter-poa-agent = ______________________________ (Ф. И. О.), гражданство: ____________________, дата рождения ____________,
letter-poa-scope = представлять мои интересы в { $operator }, в том числе в его филиалах, салонах связи, у агентов и дилеров оператора, по договору об оказании услуг подвижной радиотелефонной связи (абонентский номер { $number }), для чего предоставляю право:
letter-poa-right-details = — получать сведения об оказанных услугах связи, в том числе составляющие тайну связи (детализацию), а также справки, счета и иные документы;
letter-poa-right-pay = — вносить платежи и погашать задолженность по договору;
letter-poa-right-terminate = — расторгнуть указанный договор;
letter-poa-right-block = — подключать и отключать добровольную блокировку абонентского номера;
letter-poa-right-sign = — подписывать и подавать от моего имени заявления, в том числе о расторжении договора и о возврате остатка денежных средств;
letter-poa-right-money = — получить причитающийся мне остаток денежных средств с лицевого счёта абонентского номера { $number } путём перечисления на мой счёт в российском банке, открытый на имя { $name };
letter-poa-right-other = — совершать иные действия, необходимые для выполнения настоящего поручения.
letter-poa-term = Доверенность выдана сроком на { $term } без права передоверия.
letter-poa-signs = Доверитель:
letter-poa-sign-caption = (подпись и Ф. И. О. доверителя)
