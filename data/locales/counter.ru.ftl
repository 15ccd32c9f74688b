# What is said or written at the counter: always Russian, whatever the user's language.
# Each phrase-* id also exists in en.ftl and zh.ftl as its translation; the letter-* texts
# make up the printed application and exist only here.

## Фразы

phrase-terminate = Я хочу расторгнуть договор и закрыть этот номер.
phrase-debt = Есть ли на номере задолженность? Я хочу её погасить.
phrase-refund = Прошу вернуть остаток средств на мой счёт в российском банке.
phrase-transfer = Прошу перевести остаток средств на другой номер.
phrase-how-store = Что нужно, чтобы расторгнуть договор в салоне связи?
phrase-quarantine = Через какое время этот номер передадут другому человеку?
phrase-block = Я хочу подключить добровольную блокировку номера.
phrase-block-terms = Сколько дней блокировка бесплатна и сколько она стоит потом?
phrase-block-max = Как долго номер может быть заблокирован?
phrase-copy = Дайте, пожалуйста, второй экземпляр заявления с отметкой о принятии (дата, подпись сотрудника).
phrase-block-proof = Как я получу подтверждение, что блокировка подключена?
phrase-reference = Назовите, пожалуйста, номер обращения.
phrase-poa = Договор оформлен на другого человека; у меня есть нотариальная доверенность от владельца договора.
phrase-abroad = Я сейчас за границей.
phrase-remote = Я за границей и не могу прийти в салон связи: как расторгнуть договор?

phrase-reregister = Я хочу переоформить этот номер на другого человека.
phrase-new-owner = Это новый владелец номера, вот его (её) паспорт.
phrase-reregister-proof = Дайте, пожалуйста, копию документов о том, что договор на моё имя прекращён.
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
letter-from = Заявитель (Ф. И. О. абонента, как в паспорте): { $name }
letter-representative = Представитель (Ф. И. О.): ______________________________,
    действующий(-ая) на основании нотариальной доверенности № __________ от «___» ____________ 20___ г.
letter-number = Абонентский номер: { $number }
letter-id = Документ, удостоверяющий личность { $who } (вид, серия и номер, кем и когда выдан):
letter-id-who = { $representative ->
    [yes] представителя
   *[no] заявителя
}
letter-blank-line = ____________________________________________________________________
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
letter-attachment = Приложение: копия доверенности.
letter-sign = «___» ____________ 20___ г.          ______________ / { $signer } /
letter-sign-under = { "                                       " }(подпись)

# The power of attorney (part of the printed documents, hence letter-*) for someone who goes to the store in the subscriber's place. The
# right to receive money is written out: without it the balance is not handed over.
letter-poa-title = ДОВЕРЕННОСТЬ
letter-poa-place-date = Место составления: ______________________________        Дата: «___» ____________ 20___ г.
letter-poa-principal = Я, { $name }, дата рождения ____________,
letter-poa-id = документ, удостоверяющий личность (вид, серия и номер, кем и когда выдан): ____________________________________________________________________,
letter-poa-address = адрес регистрации (места жительства): ____________________________________________________________________,
letter-poa-appoints = настоящей доверенностью уполномочиваю
letter-poa-agent = ______________________________ (Ф. И. О.), дата рождения ____________,
letter-poa-scope = представлять мои интересы в { $operator } по договору об оказании услуг подвижной радиотелефонной связи, абонентский номер { $number }, и для этого:
letter-poa-right-terminate = — расторгнуть указанный договор об оказании услуг связи;
letter-poa-right-block = — подключить или отключить добровольную блокировку абонентского номера;
letter-poa-right-sign = — подписывать и подавать от моего имени заявления, в том числе о расторжении договора и о возврате остатка денежных средств;
letter-poa-right-money = — получить причитающийся мне остаток денежных средств с лицевого счёта абонентского номера { $number }, в том числе наличными или путём перечисления на банковский счёт;
letter-poa-right-documents = — получать справки, счета, детализацию и иные документы, а также совершать иные действия, связанные с выполнением этого поручения.
letter-poa-term = Доверенность выдана сроком на ____________ без права передоверия.
letter-poa-sign = Подпись доверителя: ______________ / { $name } /
letter-poa-certified = Удостоверительная надпись нотариуса или консульского должностного лица: ____________________________________________________________________
phrase-refund-owner = Прошу вернуть остаток средств на счёт владельца договора в российском банке.
