# Pitchline，简体中文。与 en/pitchline.ftl 的消息一一对应（`cargo test -p i18n` 检查）。

## Site, header, footer

site-name = Pitchline
site-footer = Pitchline · 全球创新创业投资大会的项目与投资对接平台
skip-to-content = 跳到正文
nav-main = 主导航
nav-showcase = 项目展示
nav-log-in = 登录
nav-sign-up = 注册
nav-log-out = 退出登录
nav-my-startups = 我的项目
nav-investor-desk = 投资人工作台
nav-reviews = 评审
nav-staff = 工作人员
nav-invite = 邀请成员
nav-submissions = 参赛项目
nav-judging = 评审安排
nav-ranking = 排名
nav-editions = 届次
nav-outbox = 发件箱
nav-audit = 审计日志
switch-language-title = 以中文显示 Pitchline
switch-language-label = 语言

## Shared pieces

common-loading = 加载中…
common-working = 处理中…
common-please-log-in = 请登录
common-members-only = 此页面仅对已登录的成员开放。
common-not-found-title = 页面不存在
common-not-found-text = 这里没有内容，或者您没有访问权限。
common-go-home = 返回首页
common-choose = 请选择…
role-founder = 创业者
role-investor = 投资人
role-staff = 工作人员

## Errors a form or page can show

error-fix-field = 请修改标出的字段。
error-fix-fields = 请修改标出的各个字段。
error-log-in = 请先登录再继续。
error-forbidden = 您没有执行此操作的权限。
error-not-found = 找不到该页面或内容。
rate-limited-seconds = 尝试次数过多，请在 { $count } 秒后重试。
rate-limited-minutes = 尝试次数过多，请在 { $count } 分钟后重试。
rate-limited-hours = 尝试次数过多，请在 { $count } 小时后重试。
error-internal = 我们这边出了问题。如果问题持续，请提供参考编号 { $reference }。
error-transport = 无法连接 Pitchline：{ $cause }。请检查网络后重试。
error-malformed = 表单不完整或格式有误，请重新填写。

## Notices after an action

notice-logged-out = 您已退出登录。
notice-password-changed = 密码已修改，请使用新密码登录。
notice-reset-sent = 如果该邮箱有对应账户，我们已发送一封设置新密码的邮件，链接一小时内有效。
notice-investor-profile-saved = 资料已保存。
notice-startup-saved = 资料已保存。
notice-logo-uploaded = 标志已上传。
notice-joined-team = 欢迎加入团队。
notice-cofounder-invited = 邀请已发送，链接 7 天内有效。
notice-left-team = 您已退出该项目的团队。
notice-draft-saved = 草稿已保存。
notice-pitch-submitted = 路演申请已提交。截止日期前仍可修改。
notice-deck-uploaded = 路演材料已上传。
notice-pitch-withdrawn = 路演申请已撤回。
notice-review-settings-saved = 评审设置已保存。
notice-assignments-changed = 评审分配已更新。
notice-decided = 决定已记录；除非您撤销，创业者将在 3 分钟后收到邮件。
notice-decision-undone = 决定已撤销，没有发送任何邮件。
notice-feedback-released = 反馈选择已保存。创业者会在路演页面看到勾选的评语。
notice-all-reviewed = 分配给您的项目已全部评审完毕，谢谢！
notice-conflict-declared = 已申报利益冲突。该项目不再由您评审，组织方可以看到您的理由。
notice-review-saved = 评审已保存。
notice-marks-saved = 您的标记已保存。
notice-edition-saved = 届次已保存。
notice-staff-invited = 邀请已排队发送，链接在下方最新的一封邮件中。

upload-interrupted = 上传中断，请重试。
upload-locked = 该路演申请已不能修改，文件未被替换。
upload-failed = 上传在我们这边失败了。请重试；如果一直失败，请联系组织方。
upload-missing-logo = 请选择文件：标志须为 PNG、JPEG 或 WebP 图片。
upload-missing-deck = 请选择文件：路演材料须为 PDF 文件。
upload-empty-logo = 标志文件是空的（0 字节），请选择正确的文件。
upload-empty-deck = 路演材料文件是空的（0 字节），请选择正确的文件。
upload-too-large-logo = 标志文件超过 { $size }。请导出更小的文件后重试。
upload-too-large-deck = 路演材料超过 { $size }。请导出更小的文件后重试。
upload-wrong-type-logo = 标志须为 PNG、JPEG 或 WebP 图片；无论文件名如何，此文件都不是。
upload-wrong-type-deck = 路演材料须为 PDF 文件；无论文件名如何，此文件都不是。

## Home pages

home-title = 在全球创新创业投资大会上路演、评审与对接
home-lead = 创业者提交路演，投资人评分并加入关注清单，组织方安排路演场次与洽谈会：尽在一处。
home-welcome-back = 欢迎回来，{ $name }。
home-open-workspace = 打开我的工作台
home-sign-up-founder = 以创业者身份注册
home-edition-loading = 正在加载本届信息…
home-no-edition = 暂无开放的届次。
home-current-edition = 本届
home-submissions-close = 报名截止：{ $when }
home-hello = 您好，{ $name }。
founder-home-title = 创业者首页
founder-home-intro = 在这里完善项目资料，在截止日期前提交路演，并跟进审核状态。
investor-home-title = 投资人首页
investor-home-intro = 本届的评审队列、关注清单和约见请求都在这里。
investor-home-queue = 评审队列
investor-home-shortlist = 我的关注清单
investor-home-profile = 资料与投资方向

## Log in, sign up, password reset, invitations

auth-email = 电子邮箱
auth-password = 密码
auth-log-in = 登录
auth-forgot = 忘记密码？
auth-new-here = 第一次来？
auth-sign-up-founder = 以创业者身份注册
auth-sign-up-title = 注册
auth-create-founder-account = 创建创业者账户
auth-invitation-only = 投资人和组织方须经大会工作人员邀请加入。
auth-your-name = 您的姓名
auth-password-hint = 8 到 128 个字符。较长的密码短语最容易记住。
auth-password-hint-short = 8 到 128 个字符。
auth-create-account = 创建账户
auth-already-registered = 已经注册？
auth-reset-title = 重置密码
auth-email-reset-link = 给我发送重置链接
auth-back-to-log-in = 返回登录
auth-new-password-title = 设置新密码
auth-new-password = 新密码
auth-save-new-password = 保存新密码
auth-request-new-link = 重新获取链接
auth-invitation-title = 接受邀请
auth-join = 加入 Pitchline
auth-checking-invitation = 正在核对您的邀请…
auth-invited-as = 您受邀以{ $role }身份加入，邮箱为 { $email }。
auth-existing-account = 您已有账户：请输入该账户的密码以添加此角色。
auth-current-password = 您当前的密码
auth-choose-password = 设置密码
auth-accept-continue = 接受并继续

## Names of statuses, stages and instruments

status-draft = 草稿
status-submitted = 已提交
status-under-review = 评审中
status-shortlisted = 入围
status-accepted = 已入选
status-waitlisted = 候补
status-rejected = 未入选
status-withdrawn = 已撤回
status-draft-explained = 草稿不会发送给组织方，请在截止日期前提交。
status-submitted-explained = 已收到。评审将在报名截止后开始。
status-under-review-explained = 投资人正在评审您的路演。
status-shortlisted-explained = 您已入围，最终结果随后公布。
status-accepted-explained = 恭喜：您受邀登台路演。
status-waitlisted-explained = 您在候补名单上，仍有可能受邀。
status-rejected-explained = 您的路演这次未能入选。
status-withdrawn-explained = 您已撤回此路演申请。
stage-idea = 创意阶段
stage-pre-seed = 种子前
stage-seed = 种子轮
stage-series-a = A 轮
stage-series-b-plus = B 轮及以后
stage-growth = 成长期
instrument-equity = 股权
instrument-safe = SAFE（未来股权简单协议）
instrument-convertible = 可转换票据
instrument-other = 其他

## Emails (backend::platform::mail_texts): plain text, one subject and one body per kind;
## names and titles are inserted exactly as typed. The code adds the final line break.

mail-reset-subject = 重置您的 Pitchline 密码
mail-reset-body =
    { $name }，您好：

    有人（希望是您本人）申请重置您的 Pitchline 密码。
    请在一小时内通过以下链接设置新密码：

    { $link }

    如果这不是您本人的操作，请忽略此邮件，您的密码保持不变。
# $role is the role's code (investor, staff).
mail-invitation-role = { $role ->
        [investor] 投资人
        [founder] 创业者
       *[other] 工作人员
    }
mail-invitation-subject = 您受邀以{ mail-invitation-role }身份加入 Pitchline
mail-invitation-body =
    您好：

    { $inviter } 邀请您以{ mail-invitation-role }身份加入 Pitchline（全球创新创业投资大会的项目与投资对接平台）。

    请在 7 天内接受邀请：

    { $link }
mail-cofounder-subject = 加入 Pitchline 上“{ $startup }”的团队
mail-cofounder-body =
    您好：

    { $inviter } 邀请您加入 Pitchline（全球创新创业投资大会的项目与投资对接平台）上“{ $startup }”的团队。联合创始人对项目享有同等权利。

    请在 7 天内接受邀请：

    { $link }
# $status is the decision's status name (status-…); $message its explanation (status-…-explained).
mail-decision-subject = 您的路演：{ $status }
mail-feedback-subject = 您的路演收到了新的反馈
mail-feedback-message = 组织方向您分享了评审人对您路演的反馈，请在路演页面查看。
# The body of an email about a pitch to each member of its team.
mail-pitch-body =
    { $name }，您好：

    { $message }

    您提交至 { $edition } 的路演“{ $title }”：

    { $link }
mail-outbox-held-until = 暂缓至 { $time } 发送
