# simcancel — 简体中文消息。每个键都必须与 en.ftl 一一对应；
# 缺少或多余的键都会导致测试失败。
# How a date is written for readers of this language (a chrono format string).
date-format = %Y 年 %-m 月 %-d 日

## 开始

intro-title = simcancel — 办理俄罗斯手机号的销号或停机保号，不丢钱、不丢数据、不丢账号
intro-body = 本工具一步步带你完成：做决定、做准备、去营业厅、打电话或上网办理，并为你办过的事保存一份注明日期的记录。
intro-data = 运营商信息最近一次核对日期：{ $date }。
intro-confidence = 标有 [非官方来源] 或 [未核实] 的内容未经运营商确认，请自行核实；标有 ? 的内容没有公开资料，请直接询问。
stale = 这些信息最近一次核对于 { $date }，已超过六个月；运营商会修改规定——请拨打客服热线确认。

## 运营商和业务

ask-operator = 这张 SIM 卡是哪家运营商的？
ask-action = 你想办理什么？
action-cancel = 彻底销号
action-cancel-hint = 解除合同；号码归还运营商，之后会分配给陌生人
action-suspend = 停机保号
action-suspend-hint = 保留号码，但暂时不用；可能会收费
suspend-title = 在 { $operator } 办理停机保号
action-decide = 帮我做决定
action-decide-hint = 比较销号、停机保号和放着不管这三种做法，并列出日期

## 帮我做决定

decide-title = 你的 { $operator } 号码有几种选择（从今天算起）
decide-cancel = 现在销号：
decide-cancel-body = 合同解除；先结清欠费，再取回余额。号码归还运营商，之后会分配给别人。
decide-suspend = 停机保号：
decide-free-until = { $date }之前免费（{ $days } 天）。
decide-fee = 之后每天 { $fee } 卢布，约合每月 { $month } 卢布。
decide-max = 最长 { $days } 天：到 { $date } 为止。
decide-max-unknown = 停机保号最长能持续多久没有公布：请询问。
decide-lapse = 放着不管（什么都不做）：
decide-lapse-fee = 从 { $date }起，只要号码里还有钱，每天收取约 { $fee } 卢布。
decide-lapse-ends = 大约在 { $date }，合同视为终止，号码归还运营商。
decide-lapse-risk = 在此期间，有月租的套餐会继续扣费，可能产生欠费；而且在号码分配给别人之前，它一直绑定着你的各种账号。
decide-port = 携号转网，把号码带到另一家运营商：
ask-need = 你以后还需要这个号码吗？
need-no = 不需要
need-yes = 需要
need-unsure = 还不确定
ask-back-in = 多少天后你会再需要它？（填天数，可留空）
err-days = `{ $value }` 不是有效的天数。
decide-recommend-title = 建议
advice-unanswered = 用 --need-again（以及 --back-in）回答后才能得到建议。在此之前，一般原则是：如果不再需要这个号码就销号，否则就停机保号。
advice-no = 销号：你不再需要这个号码，而放着不管的号码可能产生欠费，并且会一直绑定着你的账号。
advice-unsure-free = 停机保号：前 { $days } 天免费，让你有时间考虑；如果不再需要这个号码，请在免费期结束前销号。
advice-unsure-ask = 先问清停机保号的条件，再办理停机保号；如果费用超过这个号码对你的价值，就销号。
advice-within-free = 停机保号：你 { $days } 天后还要用这个号码，在免费天数之内。
advice-paid = 停机保号：共 { $days } 天，其中 { $paid } 天收费，总计约 { $cost } 卢布。请在余额里留足这笔钱。
advice-too-long = 停机保号不能持续 { $days } 天（最长 { $max } 天）。请保持号码正常使用、携号转网到另一家运营商，或者销号。
advice-yes-ask = 先问清停机保号的条件，再办理停机保号：这家运营商没有公布这些条件。

## 在国外

ask-abroad = 你现在在哪里？
abroad-no = 在俄罗斯
abroad-yes = 在国外
abroad-title = 你在国外
abroad-store = 你本人去不了营业厅，但在俄罗斯、持你公证委托书的人可以代你去。
abroad-call = 请拨打运营商提供的、可从国外拨打的完整 +7 号码：短号只能在俄罗斯境内、该运营商的网络内拨打；8 800 号码在俄罗斯境内免费，但从国外通常打不通。
abroad-roaming = 漫游时打电话和发短信都要收费：请留些余额，或者连上 Wi-Fi 使用运营商的应用或在线客服。
abroad-lapse = 或者放着不管（什么都不做）——实际代价如下：

## 机主

ask-owner = 合同是在你本人名下吗？
owner-me = 是，在我名下
owner-other = 不是，在别人名下
owner-other-title = 合同不在你名下
owner-other-carry-on = 在营业厅办理时，需要机主本人到场，或者带上机主出具的经公证的委托书和你自己的护照。下面的说明同样适用。

## 准备

prep-title = 销号之前
prep-title-lapse = 号码被收回之前
prep-title-keep = 保留这个号码：需要先设置什么
prep-title-transfer = 过户之前
prep-title-suspend = 办理停机保号之前
ask-prep = 勾选你已完成的事项（按空格键勾选，按回车键继续）
prep-recorded = 尚未完成
prep-not-done = 这些事项在记录中标为“未完成”。
prep-contacts = 备份存在 SIM 卡上的联系人
prep-sms = 保存需要的短信（验证码、收据、合同）
prep-banks = 在各家银行更换这个号码（银行通过短信发送验证码）
prep-gosuslugi = 在 Gosuslugi 更换或删除这个号码
prep-messengers = 把 Telegram、WhatsApp 和微信换绑到另一个号码
prep-2fa = 更换用于双重验证和账号找回的号码（电子邮箱、网店、其他账号）

## 余额

balance-title = 余额和欠费
balance-debt = 先结清所有欠费：号码上没有欠费时才能解除合同。
balance-keep = 在号码里留足余额，用于停机保号期间可能产生的费用。
ask-balance = 余额怎么处理？
balance-refund = 退到我在俄罗斯银行开立的账户
balance-transfer = 转到另一个手机号码
balance-none = 不处理（没有余额了，或者我放弃余额）

## 办理渠道和步骤

ask-channel = 你打算通过哪种渠道办理？
channel-store = 营业厅
channel-hotline = 客服热线
channel-online = 线上
channel-gosuslugi = Gosuslugi
channel-not-offered-title = 该渠道不能办理此业务
steps-title = { $channel } — { $operator }
steps-documents = 需要携带：
steps-documents-remote = 需要准备：
steps-documents-other = 机主本人，或经公证的委托书（如需退款，委托书须写明可代为收款）以及你自己的护照。
steps-documents-other-remote = 合同不在你名下：运营商只和机主本人或持经公证委托书的代办人办理。请让机主本人打电话或在线联系，或者询问运营商如何接受委托书。
steps-steps = 步骤：
steps-can = 此渠道可以：
steps-cannot = 此渠道不能：
steps-contacts = 电话和网站：
hotline-short = 用该运营商的 SIM 卡拨打客服热线：{ $number }
hotline-federal = 客服热线，在俄罗斯境内免费：{ $number }（从国外通常打不通，即使拨 { $plus } 也是如此）
hotline-abroad = 从国外拨打客服热线：{ $number }
contact-site = 网站：{ $site }
contact-app = 应用：{ $app }
confidence-secondary = 非官方来源
confidence-unverified = 未核实

## 俄语句子和申请书

phrases-title = 用俄语说
phrases-body-store = 在柜台把这些句子出示给工作人员：
phrases-body-hotline = 在电话里照着念这些句子：
phrases-body-chat = 把这些句子复制到在线客服的对话框里：
phrase-terminate = 我想解除合同，给这个号码销号。
phrase-terminate-representative = 我想代机主解除合同，给这个号码销号。
phrase-debt = 这个号码有欠费吗？我想把它结清。
phrase-refund = 请把余额退到我在俄罗斯银行开立的账户。
phrase-refund-subscriber = 请把余额转入机主在俄罗斯银行开立的账户：账户信息已写在申请书中。
phrase-transfer = 请把余额转到另一个号码。
phrase-how-store = 在营业厅解除合同需要准备什么？
phrase-quarantine = 这个号码要过多久才会分配给别人？
phrase-block = 我想给这个号码办理停机保号。
phrase-block-terms = 停机保号有多少天是免费的？之后怎么收费？
phrase-block-max = 这个号码的停机保号最长可以办多久？
phrase-copy = 请把申请书的第二份交给我，并注明已受理（日期、工作人员签字）。
phrase-block-proof = 我怎样才能拿到停机保号已办理的凭证？
phrase-reference = 请告诉我受理编号。
phrase-poa = 我凭机主出具的经公证的委托书代为办理。这是委托书原件和我的护照。
phrase-abroad = 我现在在国外。
phrase-remote = 我在国外，不能去营业厅，怎样才能解除合同？
application-title = 申请书
application-body-store = 记录所在的文件夹里会保存一份已填好的俄语申请书（文本文件和 PDF，PDF 里有两份）。在两份上手写填好标有 ___ 的地方，然后在柜台签字：一份交给工作人员，另一份由工作人员注明“已受理”后交还给你保存。
application-body-representative = 记录所在的文件夹里会保存一份已填好的俄语申请书（文本文件和 PDF，PDF 里有两份），委托书的俄文文本也在旁边。把它和委托书一起交给代办人：代办人在两份上填好标有 ___ 的地方，以代办人身份签字，一份交给工作人员，另一份盖章受理后替你保存。
application-body-remote = 记录所在的文件夹里会保存一份已填好的俄语退款申请书（文本文件和 PDF，PDF 里有两份）。手写填好标有 ___ 的地方并签字。向在线客服或客服热线问清运营商通过什么方式接收这份申请书，并把你的那一份和受理编号一起保存好。
application-fields = 本工具会询问机主姓名（拉丁字母和西里尔字母写法）、国籍和手机号码，填进文件；每一项都可以不填。本工具不询问护照信息，请打印后手写。
ask-name = 机主姓名，与护照一致，用拉丁字母填写（例如 LI WEI）；俄罗斯护照可用西里尔字母（可留空）
ask-name-foreign = 机主姓名，与护照一致，用拉丁字母填写（例如 LI WEI；可留空）
err-name-script = 俄语文件中的姓名只能用拉丁字母或西里尔字母书写：工作人员要凭姓名核对合同。请按护照上的拼写用拉丁字母输入（例如 LI WEI），或用西里尔字母。
err-name-long = 姓名最多 { $max } 个字符（这里有 { $count } 个）：请按护照上的写法输入。
err-name-chars = 姓名要写在俄语文件的一行里：只能有字母、空格、连字符、撇号和句点，不能有 { $char }。
err-control = 这一项写在记录和文件的一行里：不能含换行或其他控制字符（{ $char }）。
ask-number = 要销号的手机号码（可留空）
application-written = 申请书已保存：{ $path }
application-pdf-written = 可打印的申请书（PDF，两份）：{ $path }
ask-name-ru = 机主姓名的西里尔字母写法，与合同或经公证的护照译文一致（按回车键保留显示的写法；输入 - 表示不填）
name-ru-suggested = 这个名字的西里尔字母写法通常是 { $name }（按照俄语中通用的巴拉第汉俄音译系统）。请与合同核对：按回车键保留，或输入合同上的写法。
name-ru-hint = 这个名字的西里尔字母写法通常是 { $name }（巴拉第汉俄音译系统）。如果合同上也是这样写的，请加上 { $flag } "{ $name }"；否则文件中只有拉丁字母写法。
err-name-ru = `{ $value }` 不是西里尔字母：请按合同上的写法输入（例如 ЛИ ВЭЙ），或输入 - 表示不填。
ask-citizenship = 机主国籍，用俄语填写（例如 Китайская Народная Республика；也可以填 CN；可留空）
err-citizenship = `{ $value }` 不是俄语：请用俄语填写国籍，例如 Китайская Народная Республика（也可以填 CN）。
entity-check = 申请书的收件方是 { $entity }。请核对合同上的运营商名称：如果是另一家公司，请改写成合同上的名称。

## 时间

timing-title = 什么时候去
timing-now = 现在是当地时间{ $weekday } { $time }。
timing-good = 今天是工作日。
timing-weekend = 现在是周末：营业厅人可能比较多，有关合同的业务可能要等到下一个工作日才处理。
timing-holiday = 今天是法定节假日或官方休息日。
timing-after-hours = 现在不在通常的营业时间内（{ $from }–{ $to }）。
timing-next = 下一个合适的时间：{ $date }（{ $weekday }）。
timing-no-calendar = 节假日列表不包括 { $year } 年：请查看官方公布的放假安排。
timing-hours-unverified = 运营商不公布营业厅的营业时间：请在应用或网站上查看该营业厅的营业时间。
timing-online = 线上随时可以办理；在线客服通常在工作日回复更快。
timing-peaks = 如果可以，尽量上午去，避开午饭时间和傍晚。
timing-hotline-always = 客服热线全天接听；合同方面的问题在工作日办理最快。
timing-hotline-hours-unknown = 客服热线的工作时间没有公布：请在工作日白天打，合同方面的问题那时才有人处理。
timing-hotline-day-off = 今天是休息日：客服热线会接听，但合同方面的申请可能要等到下一个工作日才处理。
timing-holidays = 避开法定节假日及其前后几天。
timing-short-day = { $date } 是节前缩短工作日：工作时间缩短一小时，营业厅可能会提前关门。
day-mon = 星期一
day-tue = 星期二
day-wed = 星期三
day-thu = 星期四
day-fri = 星期五
day-sat = 星期六
day-sun = 星期日

## 凭证

evidence-title = 你的记录
evidence-body = 请保留办理凭证。每一项都可以留空；本工具从不询问、也不保存护照号码。
ask-status = 办到哪一步了？
evidence-done = 已办完：合同已解除，或停机保号已生效
evidence-planned = 还没办：到下一个合适的日子提醒我
evidence-planned-day = 还没办：日期我自己定
ask-when-done = 什么时候办的？（YYYY-MM-DD HH:MM）
ask-when-planned = 你打算什么时候办？（YYYY-MM-DD HH:MM，可留空）
ask-reference = 受理编号或工单号（可留空）
ask-contact = 在哪里、由谁办理：营业厅地址、工作人员姓名（可留空）
ask-files = 你保存的截图或照片，多个路径用英文逗号（,）分隔（可留空）
ask-note = 备注（可留空）

## 办完之后

# Shown when guidance would not fit the screen; the first character marks it for tests.
more = ⏎ 按回车键继续
small-window = 窗口太小，无法显示菜单：请输入编号回答，或把窗口拉高。
recap-title = 出发前的要点
recap-title-remote = 办理要点
after-title = 办完之后
after-destroy = 合同解除后，把 SIM 卡从芯片处剪断，然后丢弃。
after-watch = 留意你的银行账户和聊天软件，看是否还有验证码发到这个号码。
after-keep-sim = 妥善保管 SIM 卡：以后要重新使用这个号码时需要它。
after-follow-ups = 后续事项（已保存在记录中）：
follow-refund = 检查余额是否已经到账；如果没有，请拨打客服热线并提供受理编号。
follow-final-bill = 检查号码上是否出现了最终账单或欠费。
follow-free-ends = 停机保号的免费天数结束，开始按天收费。
follow-max-block = 停机保号达到允许的最长期限，请办理复机，或者决定下一步怎么办。
follow-check-block = 确认停机保号已生效以及费用多少，因为运营商没有公布停机保号的条件。
follow-before-max = 再过一周，停机保号将达到允许的最长期限，请计划办理复机，或者决定下一步怎么办。
written-in = 已保存到 { $dir }：
record-written = 记录已保存：{ $path }
next-title = 接下来：
next-done = 办完之后，把它记下来（连同对方给你的受理编号）：
next-card = 放大显示俄语句子，便于出示或照读：
next-ics = 把 { $count } 个后续事项加入日历：
ask-ics = 要把 { $count } 个后续事项另存为日历文件（.ics），放进记录所在的文件夹吗？

## 错误

err-unknown-operator = 未知的运营商 `{ $id }`。已知的运营商：{ $known }。
err-channel-not-offered = { $operator } 不能通过 { $channel } 渠道办理 `{ $action }`。可以办理的渠道：{ $offered }。
err-store-abroad = 你在国外，无法亲自去营业厅办理。还能使用的渠道：{ $offered }。
err-no-channel-abroad = { $operator } 没有可以从国外办理此业务的渠道：请托一位在俄罗斯、持有你的委托书的人代办，或者让号码自行失效。
err-wizard-flags = { $flags } 用于回答向导的问题；与子命令一起使用时不起作用。请去掉它们。
err-decide-flags = { $count ->
   *[other] { $flags } 用于回答“帮我做决定”中的问题，但 --action { $action } 已经做出了选择。请去掉 { $flags }，或使用 --action decide。
}
err-decide-flags-no-action = { $count ->
   *[other] { $flags } 用于回答“帮我做决定”中的问题；没有终端时需要同时使用 --action decide（否则默认执行 cancel）。请加上 --action decide，或去掉 { $flags }。
}
err-back-in-need = --back-in 表示何时会再次需要这个号码，但 --need-again 表示不再需要或还不确定。请使用 --need-again yes，或去掉 --back-in。
err-balance-suspend = --balance 只适用于销号；停机保号的号码会保留余额。请去掉 --balance，或使用 --action cancel。
err-missing = 当前不是交互模式（没有终端、TERM=dumb，或使用了 --no-input），所以答案必须通过{ $count ->
   *[other] 参数提供：缺少 { $flags }。
}
err-too-long = { $flag } 的回答有 { $count } 个字符，最多只能有 { $max } 个。
err-when = `{ $value }` 不是有效日期：请使用 YYYY-MM-DD HH:MM 或 YYYY-MM-DD 格式。
err-when-far = `{ $value }` 与今天相差超过 { $years } 年：请检查年份。
err-when-skipped = `{ $value }` 在本地不存在：调整时钟时跳过了这个小时。请改用稍后的时间。
err-data = 数据有 { $count ->
   *[other] { $count } 个问题：
}
err-data-unreadable = 无法读取运营商数据表 { $path }：{ $reason }。
data-not-utf8 = 该文件不是 UTF-8 文本（第 { $offset } 字节不是）
hint-utf8 = 请以 UTF-8 编码保存该表
err-record = 无法将记录写入 { $path }：{ $reason }。完整记录已显示在上方：请自行保存，或加上 --records-dir DIR 重新运行。
err-record-no-dir = 找不到记录目录（可能没有用户主目录？）。完整记录已显示在上方：请自行保存，或加上 --records-dir DIR 重新运行。
err-output = 无法写入标准输出：{ $reason }。记录已保存到 { $path }，并已完整显示在上方的标准错误输出（stderr）中。
err-no-records-dir = 找不到记录目录（可能没有用户主目录？）：请用 --records-dir DIR 指定一个。
err-no-record = { $path } 处没有记录：{ $reason }。
err-not-a-file = 它不是文件
err-not-a-record = { $path } 不是 simcancel 能读取的记录：{ $reason }。该文件未被改动。
err-is-completed = { $path } 本身就是已办完的记录；无需再办理。
err-already-done = { $path } 已经由 { $by } 办完；无需再办理。
err-ics-superseded = { $path } 已经由 { $by } 办完，后续提醒以那条记录为准：simcancel records ics { $by }
err-interrupted = 已停止——没有写入任何内容。
err-io = { $reason }

## 列表

list-id = ID
list-name = 名称
list-hotline = 客服热线
list-cancel = 销号
list-suspend = 停机保号
list-unknown = 未知
hint-calendar = 把当年的休息日连同来源一起添加到 data/calendar.toml
warn-calendar = 警告：内置的节假日日历已过期（{ $problem }）；办理时间的建议可能漏掉休息日。{ $hint }
# A label and its value, as in "2026-12-09: check the refund" (Chinese uses a full-width colon).
label-value = { $label }：{ $value }
check-ok = { $origin }：ok — { $count ->
   *[other] { $count } 家运营商
}，信息核对于 { $date }
check-farms = { $count } 个内容农场网站：仅来自这些网站的信息最多标为“未核实”
check-calendar = 节假日日历：{ $years }
check-provisional = { $year }（暂定）

## 记录

rec-not-text = 它不是文本文件
rec-not-toml = 它不是 TOML 格式（{ $reason }）
rec-foreign = 它没有 `schema` 字段，所以不是 simcancel 的记录
rec-newer = 它是由更新版本的 simcancel 写入的（schema { $schema }）
rec-invalid = 它不是有效的记录（{ $reason }）
rec-skipped = 已跳过 { $file }：{ $reason }
rec-not-regular = 它不是普通文件
rec-orphan = 这是没有对应记录的文件（写入时运行被中断）：请检查后保留或删除。
rec-too-large = 它大于 1 MiB，不可能是记录
rec-link-outside = 它是指向记录目录之外文件的符号链接
dir-not-a-dir = 它是文件，不是目录
dir-dangling = 它是指向 { $target } 的符号链接，而该目标不存在
dir-bad-link = 它是指向 { $target } 的符号链接，无法跟随：{ $reason }
ics-none = 未写入日历：这条记录没有需要跟进的日期。
rec-none = { $dir } 中还没有记录。
rec-title = { $dir } 中的记录，最新的在前：
rec-created = 创建时间
rec-operator = 运营商
rec-action = 业务
rec-channel = 渠道
rec-status = 状态
rec-file = 文件
rec-status-completed = 已完成
rec-status-planned = 计划中
rec-due = 到期的后续事项：
rec-overdue = { $days ->
   *[other] 已逾期 { $days } 天
}
rec-due-today = 今天到期
rec-none-due = 没有到期的后续事项。
rec-next = 下一项：{ $date } — { $what }（{ $file }）
ics-written = 日历已保存：{ $path }（{ $count ->
   *[other] { $count } 个事件
}）
ics-description = 联系电话：{ $call }。受理编号：{ $reference }。记录：{ $file }。

# 是/否问题：要按的键（默认项为大写）以及回答后显示的文字。
confirm-keys-yes = [Y/n：是/否]
confirm-keys-no = [y/N：是/否]
confirm-yes = 是
confirm-no = 否

# Already abroad: Gosuslugi, a representative, a lapse at its cost.
channel-store-proxy = 营业厅——请人代你去
channel-store-proxy-hint = 由在俄罗斯、持你的公证委托书的人到营业厅代办。
channel-hotline-abroad-hint = 拨打供国外来电使用的号码，或在应用内的在线客服留言，询问你不在俄罗斯时能办理哪些事项。
channel-only-proxy = 在国外时，这件事只能在营业厅办理：由在俄罗斯、持你的公证委托书的人代你去办。
proxy-brings = 代办人需携带：
proxy-brings-passport = 代办人本人的护照。
proxy-brings-poa = 委托书原件（不是复印件或扫描件）。
proxy-brings-letter = 打印好的申请书，其中写明他/她是你的代办人。
proxy-text-written = 俄文委托书文本会保存在记录所在的文件夹里：预约领事馆时把它发过去，并填好双方的证件信息。
poa-where = 在哪里办理委托书：
poa-where-consulate = 在俄罗斯领事馆：预约，并提前把记录所在文件夹里的俄文文本发过去。领事馆出具的委托书是俄文的，在俄罗斯可以直接使用。
poa-where-notary = 在当地公证处：之后需要办理附加证明书（apostille，中俄两国自 2023 年 11 月 7 日起相互适用《海牙取消外国公文认证要求的公约》），并在俄罗斯由俄罗斯公证人对俄文译文进行公证。
poa-where-time = 预约领事馆、办理附加证明书和公证译文各需要多长时间，这里无法得知：请向领事馆、公证处和办理附加证明书的机构确认，并留出把原件寄到俄罗斯的时间。
poa-where-original = 代办人在俄罗斯必须持有委托书原件（如果由当地公证处办理，还要附上附加证明书和经公证的译文）：扫描件或复印件不行。
proxy-russia = 以下步骤由代办人凭公证委托书（нотариальная доверенность）替你办理；委托书在俄罗斯任何一家公证处都能办，办好即可直接使用。不要把 SIM 卡本身交给对方：把 SIM 卡交给非近亲属的人会被罚款。
proxy-abroad = 以下步骤由在俄罗斯的代办人凭你的公证委托书（нотариальная доверенность）替你办理：委托书可在俄罗斯领事馆办理，或在当地公证处办理后再办附加证明书（apostille），原件必须送到代办人手中。不要把 SIM 卡本身交给对方：把 SIM 卡交给非近亲属的人会被罚款。
abroad-step-call = 拨打下面列出的可从国外拨打的号码（漫游通话收费）；如果没有这样的号码，就在运营商应用内的在线客服留言。
abroad-step-cancel = 询问余额和欠费情况，以及不本人去营业厅怎样销号：通过 Gosuslugi，或由持你委托书的人代办。
abroad-step-suspend = 申请停机保号（добровольная блокировка），并询问目前的条件；准备好护照信息或服务密码（кодовое слово）。
abroad-step-ask = 询问在你不在俄罗斯的情况下怎样办理，以及费用是多少。
abroad-step-note = 记下时间、客服人员的姓名，以及受理编号（如有）。
abroad-who-goes = 如果运营商说剩下的要去营业厅办，持你公证委托书的人可以代你去（选择“营业厅——请人代你去”），也可以试试 Gosuslugi。
abroad-who-goes-gosuslugi = 如果运营商说剩下的要去营业厅办，持你公证委托书的人可以代你去（选择“营业厅——请人代你去”）。
hotline-short-russia = 仅限在俄罗斯境内用该运营商的 SIM 卡拨打：{ $number }（不能从国外拨打）
hotline-no-abroad = 目前没有可从国外拨打的号码：请在运营商应用内的在线客服留言，或使用 Gosuslugi。
timing-now-moscow = 现在是莫斯科时间{ $weekday } { $time }（运营商按莫斯科时间工作）。
timing-proxy-dated = 委托书原件寄到俄罗斯后，代办人再去营业厅：下面的后续事项里写了去的日期。最好在工作日去。
timing-proxy-russia = 委托书办好后，代办人再去营业厅：下面的后续事项里写了去的日期。最好在工作日去。
timing-gosuslugi = Gosuslugi 全天开放，但运营商只在工作日处理申请。
abroad-ways = 在国外可以怎么办：
abroad-gosuslugi = Gosuslugi（国家服务网站，需已认证账号）：其“SIM 卡”服务列出你名下的号码，可以封停号码，并在运营商已接入时受理销号申请。
refund-abroad-title = 在关闭俄罗斯银行账户之前
refund-abroad-bank = 先把退款用的银行账户信息写进申请书，之后再关闭俄罗斯的银行账户：退款需要一个仍然有效的账户。
refund-abroad-poa = 如果请人代办，委托书中必须明确写明可代为收款，否则余额不会交给他/她。
lapse-cost-until = 到 { $date } 号码被收回时，累计约 { $cost } 卢布（{ $paid } 天的费用）。
lapse-cost-unknown = 之后号码何时被收回没有公布，所以总额未知：每 30 天的费用约为 { $month } 卢布。请向运营商确认。
lapse-no-fee = 这家运营商没有公布不活跃收费。
lapse-debt = 由此产生的欠费仍然算在你名下，人在国外也一样：欠费可能会一直跟着你。
poa-check = 这份委托书只是范本：领事馆或公证人可能要求使用他们自己的措辞。请提前把文本发给他们并确认。
poa-check-russia = 这份委托书只是范本：公证人可能要求使用自己的措辞。请把文本拿给公证人看并确认。
poa-body = 记录所在的文件夹里会保存一份俄文委托书（文本文件和 PDF），办理公证时使用。
poa-title = 委托书（俄文文本）
poa-written = 委托书（俄文文本）：{ $path }
poa-pdf-written = 可打印的委托书（PDF）：{ $path }
guide-written = 你这次办理的全部细节（所有电话号码、来源和其他要核对的事项）已保存到：{ $path }
guide-heading = simcancel — 截至 { $date }，你这次办理的全部说明。屏幕上只显示了最先要做的事，这里补充全部细节。
err-representative-channel = 代办人是替你去营业厅的；客服热线、线上和 Gosuslugi 都由你本人办理。
err-store-abroad-flag = 可以请持你公证委托书的人代你去：加上 { $flag }。
## Record stages, follow-ups and `records show`
evidence-started = 已开始，还没办完（打过电话、申请了停机保号或递交了申请）
evidence-cannot-complete = 这个方式（{ $channel }）本身办不完：记录最多是“已开始”；要办完，请{ CASE($remains, case: "via") }办理。
evidence-cannot-complete-abroad = 这个方式（{ $channel }）本身办不完：记录最多是“已开始”；你在国外，可由持你委托书的代办人{ CASE($remains, case: "via") }办完。
follow-go-on = 继续办理（{ $action }，{ $channel }）。
follow-finish = 通过{ $channel }办完（{ $action }）。
err-when-future = { $value } 还没到；已办的事不能写成晚于现在的时间。
err-number = `{ $value }` 不是俄罗斯手机号码（例如 +7 916 123-45-67）。
err-file = { $file }：{ $reason }
err-cannot-complete = 这个方式（{ $channel }）本身办不完；请记录为 --started（要办完，请{ CASE($remains, case: "via") }办理）。
err-no-follow-up = 没有第 { $n } 条后续提醒：这条记录共有 { $count } 条。
follow-up-marked = 第 { $n } 条后续提醒已标记为完成（{ $what }）。
marked-next = 下一次：{ $date }（第 { $n } 条后续提醒）。
rec-number = 号码
rec-status-started = 已开始
rec-status-superseded = 已在 { $file } 中办完
rec-done = 已完成的后续提醒：
rec-follow-done = 已完成
show-none = 无
show-title = 记录 { $file }
show-stage = 阶段
show-what = 事项
show-number = 号码
show-created = 记录时间
show-when = 时间
show-remains = 还要做
show-reference = 受理编号
show-contact = 经办人
show-file = 文件
show-file-size = { $file }（{ $bytes } 字节）
show-note = 备注
show-supersedes = 办完的是
show-phrases = 俄语句子：
show-follow-ups = 后续提醒：

## 其他做法：过户、保号、护照类型、号码注销之后

action-transfer = 过户给别人
action-transfer-hint = 让亲属合法地继续用这个号码（переоформление），需双方到场、带护照、无欠费
action-keep = 我不在俄罗斯期间保住号码
action-keep-hint = 无需办理停机保号；号码里留钱，每月使用一次
action-handover = 我打算把 SIM 卡留给朋友或亲戚
action-handover-hint = 先看看罚款，以及合法的做法
handover-title = 把 SIM 卡留给别人
handover-transfer = 合法的做法是过户，让合同登记在对方名下：
handover-no-transfer = 数据表里没有这家运营商的过户途径：请拨打客服热线或到营业厅询问如何把号码过户给别人。
transfer-title = 在 { $operator } 办理号码过户
transfer-both = 双方都要参与，各自带本人护照；号码不能有欠费。
transfer-codes = 号码过户之后，发到这个号码的所有短信验证码都会被对方收到：请先把你自己的账号从这个号码上解绑。
keep-title = 你不在俄罗斯期间如何保住 { $operator } 的号码
keep-rule = 运营商的“不活跃”规则
keep-fee = 从连续不使用的第 { $days } 天起（{ $date }）：每天约 { $fee } 卢布，每月约 { $month } 卢布。
keep-ends = { $days } 天之后（从 { $date }起）号码可能会被收回。
keep-how = 怎样保住号码
keep-cheapest = 最便宜的“使用”方式通常是每月发一条短信；请先问清漫游时的价格。
keep-monthly = 记录里有每月一次的提醒（使用 --ics 时为一个重复的日历事件）。
keep-cooling = 漫游后的“冷却期”
keep-sim-early = 需要收短信验证码时，至少提前一天插入 SIM 卡。
ask-passport = 合同是用哪种护照签的？
passport-russian = 俄罗斯护照
passport-foreign = 外国护照
passport-foreign-title = 用外国护照签的合同：2025 年的新规定
passport-foreign-carry-on = 即使号码已经用不了，向导也会继续：合同、余额和欠费依然存在。不要把 SIM 卡换到别的手机上。
passport-russian-title = 用俄罗斯护照签的合同：20 个号码的上限
passport-russian-carry-on = 把不用的号码销号，就能保持在上限以内。
pending-as-of = 拟议中；截至 { $date }尚未生效：{ $text }
fact-aged = （核对于 { $date }，可能已过时）
warn-fact-aged = 警告：{ $what } 核对于 { $date }，已超过六个月，可能已过时：请重新核对。
prep-telegram = Telegram：设置密码（两步验证）和找回邮箱
prep-whatsapp = WhatsApp：在账号里添加电子邮箱
prep-gosuslugi-app = Gosuslugi：把登录方式改为一次性验证码应用
prep-group-save = 备份：{ $items }
prep-group-change = 换绑号码：{ $items }
prep-group-secure = 加强保护：{ $items }
prep-short-contacts = SIM 卡上的联系人
prep-short-sms = 需要的短信
prep-short-banks = 银行
prep-short-gosuslugi = Gosuslugi
prep-short-messengers = 聊天软件
prep-short-2fa = 其他账号
prep-short-telegram = Telegram（密码、邮箱）
prep-short-whatsapp = WhatsApp（邮箱）
prep-short-gosuslugi-app = Gosuslugi（验证码应用）
balance-transfer-owner = 先结清欠费：余额留在号码上，归新机主所有。
balance-keep-alive = 在号码里留足余额，用于每月一次的付费操作和可能的每日费用。
after-transfer-check = 在 Gosuslugi 上确认这个号码已不在你名下的号码列表中。
after-self-ban = 可选：禁止以你的名义签订新的 SIM 卡合同
after-credit = 你的银行账户和信用记录
follow-credit = 检查你的银行账户和信用记录（征信机构名单见 Gosuslugi；每年可免费查两次）。
follow-transfer = 确认号码已不在你名下（Gosuslugi 的“SIM 卡”栏目），并且没有留下欠费。
follow-keep = 进行一次付费操作（发一条短信）来保号，并查看余额。
err-action-not-offered = 在这份数据表中，{ $operator } 没有“{ $action }”的途径。可选的有：{ $offered }。
err-balance-stays = --balance 只适用于销号；使用 --action { $action } 时余额会留在号码上。请去掉 --balance，或使用 --action cancel。
phrase-reregister = 我想把这个号码过户给另一个人。
phrase-new-owner = 这位是新机主，这是他/她的护照。
phrase-reregister-proof = 请给我一份文件副本，证明我名下的合同已经终止。
phrase-reregister-proof-representative = 请给我一份文件副本，证明原机主名下的合同已经终止。
phrase-keep-activity = 保持这个号码有效，最便宜的操作是什么？
phrase-keep-fee = 连续多少天不用会开始收费？号码什么时候会被收回？
phrase-cooling = 漫游之后，短信和移动网络的限制怎么解除？
timing-title-hotline = 什么时候打电话
timing-title-online = 什么时候办
# 业务的名词形式：用于列表和后续提醒。
action-noun-cancel = 销号
action-noun-suspend = 停机保号
action-noun-transfer = 过户
action-noun-keep = 出国保号
action-noun-lapse = 放着不管
action-lapse = 放着不管（什么都不做）
action-lapse-hint = 不用去营业厅，也不用打电话；之后可能开始收取不活跃费用，随后号码被收回；各项检查都有日期提醒
lapse-title = 如果 { $operator } 的号码放着不管
balance-lapse = 余额留在号码上：不活跃费用从中扣除。想要退回余额，请改为销号。
err-lapse-channel = 放着不管不需要去任何地方，也不需要任何人代办：请去掉 --channel 和 --representative，或选择其他 --action。
follow-lapse-fee = 按运营商的条款，大约从现在起（连续不使用的第 { $days } 天）可能开始每天收取约 { $fee } 卢布的不活跃费用。请查看余额，欠费仍算在你名下。
follow-lapse-fee-unpriced = 按运营商的条款，大约从现在起（连续不使用的第 { $days } 天）可能开始收取不活跃费用；金额没有公布，请向运营商询问。
follow-lapse-fee-ask = 运营商没有公布不活跃收费。请通过在线客服或热线询问号码被收回之前是否会收费、每天收多少，并记下答复。
follow-lapse-ask = 运营商没有公布不活跃号码的条款。请通过在线客服或热线询问连续不使用多少天后开始收费、每天收多少、号码何时被收回，并记下答复。
follow-lapse-gone = 按运营商的条款，大约在现在（连续不使用的第 { $days } 天）号码可能被收回。请在 Gosuslugi 的“SIM 卡”栏目确认号码是否还在你名下。
follow-lapse-gone-unknown = 不活跃的号码何时被收回，没有任何公开说明。请在 Gosuslugi 的“SIM 卡”栏目确认号码是否还在你名下，并向运营商询问。
follow-lapse-debt = 确认合同上没有留下欠费，请向运营商询问最终余额。欠费仍算在你名下，人在国外也一样。
follow-poa-book = 预约在俄罗斯领事馆或当地公证处办理委托书（当地公证的之后还需办理附加证明书 apostille），并把保存在记录所在的文件夹里的俄文文本发给对方。
follow-poa-made = 委托书办好了吗（如果由当地公证处办理，附加证明书也办好了吗）？如果还没有，请向领事馆或公证处询问什么时候能办好。
follow-poa-sent = 委托书原件寄往俄罗斯了吗？代办人在俄罗斯必须持有纸质原件，扫描件或复印件不行；请用快递寄出，并保存好运单号。
follow-poa-arrived = 原件已经送到俄罗斯的代办人手里了吗？如果由当地公证处办理，去营业厅之前还要在俄罗斯由俄罗斯公证人对俄文译文进行公证。
follow-poa-notary = 请到公证处公证委托书，并把原件交给代办人。
follow-representative-visit = 代办人带着他/她本人的护照和委托书原件去营业厅办理（{ $action }）。
choice-hint = { $label }：{ $hint }
ics-summary = { $operator }，{ $action }：{ $what }
io-os = { $kind }（系统错误 { $code }）
io-not-found = 没有这个文件或目录
io-permission-denied = 没有访问权限
io-already-exists = 已经存在
io-is-a-directory = 这是一个目录
io-not-a-directory = 不是目录
io-storage-full = 磁盘空间已满
io-read-only = 文件系统是只读的
io-broken-pipe = 读取输出的程序已退出
io-invalid-data = 数据已损坏
timing-after-hours-unknown = 今天是工作日，但现在不在通常的营业时间内；营业厅自己的营业时间没有公布。
# The channels as terms: `via` is how a sentence says "there" (请{ CASE($remains, case: "via") }办理).
-channel-store = { $case ->
    [via] 去营业厅
   *[nom] 营业厅
}
-channel-hotline = { $case ->
    [via] 打客服热线
   *[nom] 客服热线
}
-channel-online = { $case ->
    [via] 在线上
   *[nom] 线上
}
-channel-gosuslugi = { $case ->
    [via] 在 Gosuslugi 上
   *[nom] Gosuslugi
}
