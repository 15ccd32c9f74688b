# simcancel — 简体中文消息。每个键都必须与 en.ftl 一一对应；
# 缺少或多余的键都会导致测试失败。

## 开始

intro-title = simcancel — 注销或暂停俄罗斯手机卡，不丢失任何东西
intro-body = 本工具一步步带你完成：做决定、做准备、去营业厅、打电话或上网办理，并为你办过的事保存一份注明日期的记录。
intro-data = 运营商信息最近一次核对于 { $date }。
intro-confidence = 标有 [二手来源] 或 [未核实] 的信息未在运营商官网上得到确认：请拨打客服热线或在营业厅核实。标有 ? 的行是需要你去询问的问题，因为没有任何地方公布答案。
stale = 这些信息最近一次核对于 { $date }，已超过六个月；运营商会修改规定——请拨打客服热线确认。

## 运营商和业务

ask-operator = 这张 SIM 卡是哪家运营商的？
ask-action = 你想办理什么？
action-cancel = 彻底销号
action-cancel-hint = 解除合同；号码归还运营商，之后会分配给陌生人
action-suspend = 暂停使用（自愿停机）
action-suspend-hint = 保留号码，但暂时不用；可能会收费
suspend-title = 在 { $operator } 办理自愿停机

## 机主

ask-owner = 合同是在你本人名下吗？
owner-me = 是，在我名下
owner-other = 不是，在别人名下
owner-other-title = 合同不在你名下
owner-other-carry-on = 请和机主一起去，或者带上经公证的委托书和你自己的护照。下面的说明同样适用。

## 准备

prep-title = 停用号码之前
ask-prep = 勾选你已完成的事项（按空格键勾选，按回车键继续）
ask-prep-confirm = { $count ->
   *[other] 有 { $count } 项未完成，将被记录为“未完成”。继续吗？
}
prep-recorded = 已记录的准备情况
prep-not-done = 未勾选的事项记录为“未完成”。
prep-contacts = 备份存在 SIM 卡上的联系人
prep-sms = 保存需要的短信（验证码、收据、合同）
prep-banks = 在各家银行更换这个号码（银行通过短信发送验证码）
prep-gosuslugi = 在 Gosuslugi（俄罗斯国家服务门户）更换或删除这个号码
prep-messengers = 把 Telegram、WhatsApp 和微信换绑到另一个号码
prep-2fa = 更换用于双重验证和账号找回的号码（电子邮箱、网店、其他账号）

## 余额

balance-title = 余额和欠费
balance-debt = 先结清所有欠费：号码上没有欠费时才能解除合同。
balance-keep = 在号码里留足余额，用于停机期间可能产生的费用。
ask-balance = 剩余的余额怎么处理？
balance-refund = 退到我的银行账户
balance-transfer = 转到另一个手机号码
balance-none = 不处理（没有余额了，或者我放弃余额）

## 办理渠道和步骤

ask-channel = 你打算通过哪种渠道办理？
channel-store = 营业厅
channel-hotline = 客服热线
channel-online = 线上
channel-not-offered-title = 该渠道不能办理此业务
steps-title = { $channel } — { $operator }
steps-documents = 需要携带：
steps-documents-other = 机主本人，或经公证的委托书（如需退款，委托书须写明可代为收款）以及你自己的护照。
steps-steps = 步骤：
steps-can = 此渠道可以：
steps-cannot = 此渠道不能：
steps-contacts = 电话和网站：
steps-refund = 余额：
hotline-short = 用该运营商的 SIM 卡拨打客服热线：{ $number }
hotline-federal = 在俄罗斯境内用任何电话免费拨打客服热线：{ $number }（{ $plus }）
hotline-abroad = 从国外拨打客服热线：{ $number }
contact-site = 网站：{ $site }
contact-app = 应用：{ $app }
confidence-secondary = 二手来源
confidence-unverified = 未核实

## 时间

timing-title = 什么时候去
timing-now = 现在是当地时间{ $weekday } { $time }。
timing-weekday = 今天是工作日：请在营业时间内去，避开午饭和傍晚的高峰。
timing-weekend = 现在是周末：营业厅人比较多。最好在工作日的营业时间去。
timing-after-hours = 现在不在通常的营业时间内：请在工作日白天去或打电话。
timing-online = 线上随时可以办理；在线客服通常在工作日回复更快。
timing-holidays = 避开法定节假日及其前后几天。
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
ask-status = 你已经办完了，还是打算去办？
evidence-done = 刚刚办完
evidence-planned = 计划中，还没办
ask-when-done = 什么时候办的？（YYYY-MM-DD HH:MM）
ask-when-planned = 你打算什么时候办？（YYYY-MM-DD HH:MM，可留空）
ask-reference = 受理编号或工单号（可留空）
ask-contact = 经办人：营业厅地址、工作人员姓名（可留空）
ask-files = 你保存的截图或照片，多个路径用英文逗号（,）分隔（可留空）
ask-note = 备注（可留空）

## 办完之后

after-title = 办完之后
after-destroy = 合同解除后，把 SIM 卡从芯片处剪断，然后丢弃。
after-watch = 留意你的银行账户和聊天软件，看是否还有验证码发到这个号码。
after-bill = 一个月后检查是否出现了最终账单或欠费。
after-keep-sim = 妥善保管 SIM 卡：以后要重新使用这个号码时需要它。
after-free-until = 免费天数到 { $date } 结束；之后开始按天收费。
record-written = 记录已保存：{ $path }

## 错误

err-unknown-operator = 未知的运营商 `{ $id }`。已知的运营商：{ $known }。
err-channel-not-offered = { $operator } 不能通过 { $channel } 渠道办理 `{ $action }`。可以办理的渠道：{ $offered }。
err-balance-suspend = --balance 只适用于销号；停机的号码会保留余额。请去掉 --balance，或使用 --action cancel。
err-missing = 当前不是交互模式（没有终端，或使用了 --no-input），所以答案必须通过{ $count ->
   *[other] 参数提供：缺少 { $flags }。
}
err-when = `{ $value }` 不是有效日期：请使用 YYYY-MM-DD HH:MM 或 YYYY-MM-DD 格式。
err-data = 运营商数据表有 { $count ->
   *[other] { $count } 个问题：
}
err-data-unreadable = 无法读取运营商数据表 { $path }：{ $reason }。
err-record = 无法将记录写入 { $path }：{ $reason }。完整记录已显示在上方：请自行保存，或加上 --records-dir DIR 重新运行。
err-record-no-dir = 找不到记录目录（可能没有用户主目录？）。完整记录已显示在上方：请自行保存，或加上 --records-dir DIR 重新运行。
err-interrupted = 已中断；没有写入任何内容。
err-io = { $reason }

## 列表

list-id = ID
list-name = 名称
list-hotline = 客服热线
list-cancel = 销号
list-suspend = 停机
list-unknown = 未知
check-ok = { $origin }：ok — { $count ->
   *[other] { $count } 家运营商
}，信息核对于 { $date }
