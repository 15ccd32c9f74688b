# simcancel — --help 帮助文本（简体中文）。只在显示帮助时加载。

help-about =
    为俄罗斯手机号销号或办理停机保号，不损失钱、数据或账号。

    在终端中，simcancel 会逐一提问；已给出的参数会预先回答对应的问题。没有终端时（或使用 --no-input 时），每个答案都来自参数或安全的默认值，并且必须提供 --operator 和 --channel。无论哪种方式，最后都会写入一份注明日期的办理记录。
help-operator = 数据表中的运营商 id（mts, beeline, megafon, …）。
help-action = 彻底销号、停机保号、把号码过户给别人（transfer）、不在俄罗斯期间保号（keep）、放着不管（lapse），或者先比较各种做法 [默认：cancel]。

help-need-again = 用于 `--action decide`：你以后还需要这个号码吗？
help-back-in = 用于 `--action decide`：多少天后你会再需要这个号码。
help-abroad = 你在俄罗斯境外：可用 Gosuslugi、运营商应用或 +7 号码，或委托他人代你去营业厅。
help-representative = 由持你的公证委托书的人代你去营业厅（会写出俄文委托书文本）。
help-owner = 合同在谁的名下 [默认：me]。
help-done = 已完成的准备事项，用英文逗号（,）分隔 [默认：未确认任何一项]。
help-yes = 所有准备事项都已完成。
help-balance = 余额怎么处理 [默认：none]。
help-channel = 在哪里办理：只能选运营商为该业务提供的渠道。
help-planned = 记录为计划中：还没有办理（默认）。
help-started = 记录为已开始：已经走了一步，但还没有办完（打过电话、申请了停机保号、递交了申请）。
help-status = 记录为已办完：合同已解除，或停机保号已生效。
help-when = 办理时间或计划时间："YYYY-MM-DD HH:MM" 或 "YYYY-MM-DD" [默认：已办完时为现在，计划中时为空]。
help-reference = 运营商给的受理编号或工单号。
help-contact = 在哪里、由谁办理：营业厅地址、工作人员姓名。
help-files = 你留作凭证的截图或照片（可多次指定此参数，每次一个文件）。
help-note = 其他值得记下的内容。
help-ics = 同时把后续事项写成 iCalendar 文件，保存在记录所在的文件夹里。
help-name = 机主姓名，与护照一致，用拉丁字母（或西里尔字母）填写，例如 LI WEI，用于俄语申请书（绝不填护照号码）。
help-name-ru = 机主姓名的西里尔字母写法，与合同或经公证的护照译文一致（例如 ЛИ ВЭЙ），用于俄语文件。
help-citizenship = 机主国籍，用俄语填写（例如 Китайская Народная Республика，或填 CN），用于俄语文件。
help-number = 要销号的手机号码，用于申请书。
help-no-letter = 不生成俄语申请书。
help-no-input = 从不提问：所有答案都取自参数和默认值，即使在终端中也是如此。
help-data = 使用指定的运营商数据表，而不是内置的数据表。
help-records-dir = 记录的保存位置 [默认：系统的应用数据目录]。
help-color = 何时使用颜色。
help-color-long =
    何时使用颜色。

    --color always 或 never 优先于环境变量。使用 auto 时：NO_COLOR（非空）关闭颜色；否则 CLICOLOR_FORCE（已设置且不为 0）开启颜色；否则 CLICOLOR=0 关闭颜色；否则仅当标准输出是终端时才有颜色。
help-heading-answers = 回答
help-heading-evidence = 凭证
help-heading-letter = 申请书
help-action-value-cancel = 彻底解除合同
help-action-value-suspend = 停机保号，保留号码
help-action-value-decide = 比较销号、停机保号和放着不管，并列出日期
help-need-again-value-no = 以后不再需要这个号码
help-need-again-value-yes = 以后还需要这个号码
help-need-again-value-unsure = 还不确定
help-owner-value-me = 合同在我名下
help-owner-value-other = 合同在别人名下
help-balance-value-refund = 退到俄罗斯银行账户
help-balance-value-transfer = 转到另一个号码
help-balance-value-none = 没有余额需要转
help-channel-value-store = 在运营商的营业厅
help-channel-value-hotline = 拨打运营商的客服热线
help-channel-value-online = 在运营商的应用或网站上
help-channel-value-gosuslugi = 在 Gosuslugi（国家服务网站）的“SIM 卡”服务中办理
help-lang = 消息的语言 [默认：取自 LC_ALL、LC_MESSAGES 或 LANG，否则为 en]。
help-check-data-about = 校验运营商数据表（不带 FILE 时校验内置数据表）并给出摘要。
help-check-data-file = 要校验的数据表 [默认：--data，否则为内置数据表]。
help-operators-about = 列出运营商：id、名称、客服热线，以及每种业务可用的渠道。
help-operators-json = 输出 JSON，供脚本使用。
help-records-about = 列出以往的记录（最新的在前）以及到期的后续事项。
help-records-json = 输出 JSON，供脚本使用。
help-records-wide = 每条记录占一行并显示所有列，不限宽度（否则列表控制在 80 列以内）。
help-records-show-about = 显示一条记录：阶段、日期、办了什么、俄语句子和后续提醒。
help-records-show-file = 记录的路径，或它在记录目录中的文件名。
help-records-show-format = 显示方式：给人看的，或记录本身的 TOML 或 JSON。
help-records-show-format-value-human = 给人看的，用所选语言。
help-records-show-format-value-toml = 记录文件原样。
help-records-show-format-value-json = 记录的 JSON 形式。
help-records-card-about = 显示记录中的俄语句子，每句下面附上译文，方便在柜台出示。
help-records-card-file = 记录的路径，或它在记录目录中的文件名。
help-records-done-about = 把计划中的记录改为已完成；计划中的版本会保留。
help-records-done-file = 记录的路径，或它在记录目录中的文件名。
help-records-done-follow-up = 改为把这条后续提醒（`records show` 中的编号）标记为已完成。
help-records-done-when = 办完的时间："YYYY-MM-DD HH:MM" 或 "YYYY-MM-DD" [默认：现在]。
help-records-done-reference = 运营商给的受理编号或工单号。
help-records-done-contact = 在哪里、由谁办理：营业厅地址、工作人员姓名。
help-records-done-note = 其他值得记下的内容。
help-records-ics-about = 把一条记录的后续事项写成 iCalendar（.ics）文件，保存在记录所在的文件夹里。
help-records-ics-file = 记录的路径，或它在记录目录中的文件名。
help-examples =
    示例：
      simcancel
          在终端中启动向导：逐一询问所有问题。
      simcancel --operator mts --channel online
          不提问直接运行（或预先回答问题）：显示办理说明并写入记录。
      simcancel --operator beeline --action suspend --channel store --planned --no-input
          计划在 Beeline 营业厅办理停机保号，不问任何问题。
      simcancel --operator mts --action decide --need-again yes --back-in 30
          比较销号、停机保号和放着不管这三种做法，并得到建议。
      simcancel operators
          列出运营商及各自提供的办理渠道。
      simcancel completions fish > ~/.config/fish/completions/simcancel.fish
          安装命令补全（也支持 bash、zsh、powershell 和 elvish：见 `simcancel completions --help`）。
      simcancel man > ~/.local/share/man/man1/simcancel.1
          安装 man 手册页。
help-completions-about =
    把 shell 自动补全脚本输出到标准输出。

    把它保存到 shell 查找补全脚本的位置：
      bash: simcancel completions bash > ~/.local/share/bash-completion/completions/simcancel
      zsh:  simcancel completions zsh > ~/.zfunc/_simcancel   （并在 compinit 之前设置 fpath=(~/.zfunc $fpath)）
      fish: simcancel completions fish > ~/.config/fish/completions/simcancel.fish
      powershell: 在 $PROFILE 中加入 `simcancel completions powershell | Out-String | Invoke-Expression`
help-completions-shell = 要补全的 shell。
help-man-about =
    把 man 手册页（roff 格式）输出到标准输出。

    保存到 man 能找到的位置，然后用 `man simcancel` 阅读：
      simcancel man > ~/.local/share/man/man1/simcancel.1

# clap 自身的文字。
help-clap-usage = 用法：
help-clap-commands = 命令
help-clap-options = 选项
help-clap-arguments = 参数
help-clap-help = 显示帮助
help-clap-help-short = 显示帮助（用 '--help' 查看详细说明）
help-clap-help-long = 显示帮助（用 '-h' 查看摘要）
help-clap-version = 显示版本号
help-clap-help-command = 显示本帮助，或指定子命令的帮助
help-clap-help-command-args = 要显示帮助的子命令
help-clap-default = 默认
help-clap-env = 环境变量
help-clap-values = 可选值
help-passport = 合同是用哪种护照签的：2025 年的新规定对外国人不同。
help-passport-value-russian = 俄罗斯护照
help-passport-value-foreign = 外国护照
help-leave-with-friend = 你打算把 SIM 卡留给朋友：先看看罚款，以及合法的做法。
help-action-value-transfer = 把号码过户给另一个人（переоформление）
help-action-value-keep = 不在俄罗斯期间保号；不需要 --channel
help-action-value-lapse = 放着不管，并按日期提醒检查；不需要 --channel
