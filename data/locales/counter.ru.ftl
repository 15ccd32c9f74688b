# What is said or written at the counter: always Russian, whatever the user's language.
# Each phrase-* id also exists in en.ftl and zh.ftl as its translation; the letter-* texts
# make up the printed application and exist only here.

## Фразы

phrase-terminate = Я хочу расторгнуть договор и закрыть этот номер.
phrase-debt = Есть ли на номере задолженность? Я хочу её погасить.
phrase-refund = Прошу вернуть остаток средств на мой банковский счёт.
phrase-transfer = Прошу перевести остаток средств на другой номер.
phrase-how-store = Что нужно, чтобы расторгнуть договор в салоне связи?
phrase-quarantine = Через какое время этот номер передадут другому человеку?
phrase-block = Я хочу подключить добровольную блокировку номера.
phrase-block-terms = Сколько дней блокировка бесплатна и сколько она стоит потом?
phrase-block-max = Как долго номер может быть заблокирован?
phrase-copy = Дайте, пожалуйста, копию заявления.
phrase-reference = Назовите, пожалуйста, номер обращения.
phrase-poa = Договор оформлен на другого человека; у меня нотариальная доверенность.
phrase-abroad = Я сейчас за границей.

## Заявление
# The applicant is the subscriber, as in the contract; a representative signs on the
# subscriber's behalf. Dates stay blank: the letter is often printed days before the visit.

letter-to = В { $operator }
letter-place = Место подачи: салон связи по адресу ______________________________
letter-from = Заявитель (Ф. И. О. абонента): { $name }
letter-representative = Представитель (Ф. И. О.): ______________________________, действующий по нотариальной доверенности № __________ от ____________
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
letter-terminate = Прошу расторгнуть договор об оказании услуг подвижной радиотелефонной связи № __________ от ____________ (абонентский номер { $number }) с даты подачи настоящего заявления.
letter-refund = Прошу перечислить остаток денежных средств с моего лицевого счёта (абонентский номер { $number }) по следующим реквизитам:
letter-bank = { "  " }Получатель: { $name }; банк получателя: ______________________; БИК: _____________; корр. счёт: ______________________; счёт получателя: ______________________
letter-transfer = Прошу перевести остаток денежных средств с моего лицевого счёта (абонентский номер { $number }) на абонентский номер +7 (___) ___-__-__.
letter-sign = Дата: «___» ____________ 20___ г.        Подпись: ______________ / { $signer } /
