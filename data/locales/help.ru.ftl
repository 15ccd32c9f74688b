# simcancel — тексты --help на русском. Загружаются, только когда показывается справка.

help-about =
    Закрыть или приостановить российскую мобильную SIM-карту, не потеряв ни денег, ни данных, ни аккаунтов.

    В терминале simcancel задаёт вопросы по одному; флаги, указанные заранее, отвечают на свои вопросы. Без терминала (или с --no-input) каждый ответ берётся из флага или из безопасного значения по умолчанию, а --operator и --channel обязательны. В любом случае в конце сохраняется запись с датой о том, что было сделано.
help-operator = Идентификатор оператора из таблицы (mts, beeline, megafon, …).
help-action = Закрыть номер навсегда, приостановить его (добровольная блокировка), переоформить номер на другого человека (transfer), сохранить его, пока вас нет (keep), просто не пользоваться им (lapse) или сначала сравнить варианты [по умолчанию: cancel].
help-need-again = Для `--action decide`: понадобится ли вам этот номер снова?
help-back-in = Для `--action decide`: через сколько дней номер снова понадобится.
help-abroad = Вы за пределами России: Госуслуги, приложение или номер с +7, либо в салон за вас идёт представитель.
help-representative = В салон за вас идёт представитель по нотариальной доверенности (будет записан её текст на русском).
help-owner = На чьё имя оформлен договор [по умолчанию: me].
help-done = Что из подготовки сделано, через запятую [по умолчанию: ничего не подтверждено].
help-yes = Вся подготовка сделана.
help-balance = Что сделать с остатком на балансе [по умолчанию: none].
help-channel = Где это сделать: только способы, которые оператор предлагает для этого действия.
help-planned = Записать как запланированное: пока ничего не сделано (по умолчанию).
help-started = Записать как начатое: сделан шаг, который дело не завершает (звонок, запрос блокировки, поданное заявление).
help-status = Записать как завершённое: договор расторгнут или блокировка подключена.
help-when = Когда это было сделано или запланировано: "ГГГГ-ММ-ДД ЧЧ:ММ", "ГГГГ-ММ-ДД" или "ДД.ММ.ГГГГ" [по умолчанию: сейчас, если сделано; пусто, если запланировано].
help-reference = Номер обращения или заявки, который дал оператор.
help-contact = Кто: адрес салона, имя сотрудника.
help-files = Скриншот или фото, которые вы храните как подтверждение (можно указать несколько раз).
help-note = Всё остальное, что стоит сохранить.
help-ics = Также сохранить напоминания в файл iCalendar (.ics) в папке с записью.
help-name = Имя абонента, как в паспорте, латиницей (или кириллицей), например LI WEI, — для заявления на русском языке (не номер паспорта).
help-name-ru = Имя абонента кириллицей, как в договоре или в нотариальном переводе паспорта (например, ЛИ ВЭЙ), — для документов на русском языке.
help-citizenship = Гражданство абонента по-русски (например, Китайская Народная Республика или CN) — для документов на русском языке.
help-number = Номер телефона, который вы закрываете, — для заявления.
help-no-letter = Не создавать заявление на русском языке.
help-no-input = Никогда не задавать вопросов: брать все ответы из флагов и значений по умолчанию, даже в терминале.
help-data = Таблица операторов, которую использовать вместо встроенной.
help-records-dir = Куда сохранять записи [по умолчанию: каталог данных приложений в системе].
help-color = Когда использовать цвет.
help-color-long =
    Когда использовать цвет.

    --color always или never важнее переменных окружения. При auto: NO_COLOR (непустая) выключает цвет; иначе CLICOLOR_FORCE (задана и не 0) включает его; иначе CLICOLOR=0 выключает; иначе цвет есть, только когда стандартный вывод — терминал.
help-heading-answers = Ответы
help-heading-evidence = Подтверждения
help-heading-letter = Заявление
help-action-value-cancel = Расторгнуть договор насовсем
help-action-value-suspend = Добровольная блокировка: номер сохраняется
help-action-value-decide = Сравнить расторжение, блокировку и вариант «просто не пользоваться» — с датами
help-need-again-value-no = Номер мне больше не понадобится
help-need-again-value-yes = Номер мне ещё понадобится
help-need-again-value-unsure = Пока не знаю
help-owner-value-me = Договор оформлен на меня
help-owner-value-other = Договор оформлен на другого человека
help-balance-value-refund = Вернуть на счёт в российском банке
help-balance-value-transfer = Перевести на другой номер
help-balance-value-none = Переводить нечего
help-channel-value-store = В салоне связи или офисе оператора
help-channel-value-hotline = По телефону горячей линии оператора
help-channel-value-online = В приложении или на сайте оператора
help-channel-value-gosuslugi = На Госуслугах (услуга «SIM-карты»)
help-lang = Язык сообщений [по умолчанию: из LC_ALL, LC_MESSAGES или LANG, иначе en].
help-check-data-about = Проверить таблицу операторов (без FILE — встроенную) и вывести сводку.
help-check-data-file = Таблица для проверки [по умолчанию: --data, иначе встроенная таблица].
help-operators-about = Показать операторов: идентификатор, название, горячую линию и способы для каждого действия.
help-operators-json = Вывести JSON для скриптов.
help-records-about = Показать прошлые записи (сначала новые) и проверки, срок которых наступил.
help-records-json = Вывести JSON для скриптов.
help-records-wide = По записи в строке со всеми столбцами, какой бы ширины ни вышло (иначе список умещается в 80 столбцов).
help-records-show-about = Вывести одну запись: этап, даты, что сделано, фразы и напоминания.
help-records-show-file = Путь к записи или имя её файла в каталоге записей.
help-records-show-format = Как вывести: для человека или саму запись в TOML или JSON.
help-records-show-format-value-human = Для человека, на выбранном языке.
help-records-show-format-value-toml = Файл записи как есть.
help-records-show-format-value-json = Запись в JSON.
help-records-card-about = Вывести русские фразы записи, чтобы показать в салоне; на других языках — с переводом под каждой.
help-records-card-file = Путь к записи или имя её файла в каталоге записей.
help-records-done-about = Отметить запланированную запись как выполненную; запланированная версия сохраняется.
help-records-done-file = Путь к записи или имя её файла в каталоге записей.
help-records-done-follow-up = Вместо этого отметить выполненным это напоминание (его номер в `records show`).
help-records-done-when = Когда это было сделано: "ГГГГ-ММ-ДД ЧЧ:ММ", "ГГГГ-ММ-ДД" или "ДД.ММ.ГГГГ" [по умолчанию: сейчас].
help-records-done-reference = Номер обращения или заявки, который дал оператор.
help-records-done-contact = Кто: адрес салона, имя сотрудника.
help-records-done-note = Всё остальное, что стоит сохранить.
help-records-ics-about = Сохранить напоминания из записи в файл iCalendar (.ics) в той же папке.
help-records-ics-file = Путь к записи или имя её файла в каталоге записей.
help-examples =
    Примеры:
      simcancel
          Запустить мастер в терминале: будут заданы все вопросы.
      simcancel --operator mts --channel online
          Запуск без вопросов (или с заранее данными ответами): инструкция выводится на экран, запись сохраняется.
      simcancel --operator beeline --action suspend --channel store --planned --no-input
          Запланировать добровольную блокировку в салоне Билайна без единого вопроса.
      simcancel --operator mts --action decide --need-again yes --back-in 30
          Сравнить закрытие номера, блокировку и вариант «просто не пользоваться» и получить рекомендацию.
      simcancel operators
          Показать операторов и способы, которые предлагает каждый.
      simcancel completions fish > ~/.config/fish/completions/simcancel.fish
          Установить автодополнение (также bash, zsh, powershell и elvish: см. `simcancel completions --help`).
      simcancel man > ~/.local/share/man/man1/simcancel.1
          Установить страницу руководства.
help-completions-about =
    Вывести скрипт автодополнения для оболочки в стандартный вывод.

    Сохраните его туда, где оболочка ищет автодополнение:
      bash: simcancel completions bash > ~/.local/share/bash-completion/completions/simcancel
      zsh:  simcancel completions zsh > ~/.zfunc/_simcancel   (и fpath=(~/.zfunc $fpath) перед compinit)
      fish: simcancel completions fish > ~/.config/fish/completions/simcancel.fish
      powershell: добавьте в $PROFILE строку `simcancel completions powershell | Out-String | Invoke-Expression`
help-completions-shell = Оболочка, для которой нужно автодополнение.
help-man-about =
    Вывести страницу руководства (man, в формате roff) в стандартный вывод.

    Сохраните её туда, где её найдёт man, и читайте командой `man simcancel`:
      simcancel man > ~/.local/share/man/man1/simcancel.1

# Слова самого clap.
help-clap-usage = Использование:
help-clap-commands = Команды
help-clap-options = Параметры
help-clap-arguments = Аргументы
help-clap-help = Показать справку
help-clap-help-short = Показать справку (подробнее — '--help')
help-clap-help-long = Показать справку (кратко — '-h')
help-clap-version = Показать версию
help-clap-help-command = Показать эту справку или справку по указанной команде
help-clap-help-command-args = Команда, справку по которой показать
help-clap-default = по умолчанию
help-clap-env = переменная окружения
help-clap-values = возможные значения
help-passport = По какому паспорту оформлен договор: для иностранцев правила 2025 года другие.
help-passport-value-russian = Российский паспорт
help-passport-value-foreign = Иностранный паспорт
help-leave-with-friend = Вы хотите оставить SIM-карту другу: узнайте о штрафе и о законном способе.
help-action-value-transfer = Переоформить номер на другого человека
help-action-value-keep = Сохранить номер, пока вас нет; --channel не нужен
help-action-value-lapse = Просто не пользоваться номером, с проверками по датам; --channel не нужен
