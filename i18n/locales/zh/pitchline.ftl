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
## Staff and judging pages: staff home, editions, invitations, outbox, audit log, judging, ranking, decisions, the judge's review queue and form

recommendation-strong-yes = 强烈推荐
recommendation-yes = 推荐
recommendation-maybe = 待定
recommendation-no = 不推荐
interest-none = 无
interest-watching = 观望中
interest-interested = 感兴趣
interest-want-meeting = 希望约见
visibility-after-own = 提交自己的评审之后
visibility-never = 从不
decision-accept = 入选
decision-shortlist = 入围
decision-waitlist = 列入候补
decision-reject = 不予入选

staff-home-title = 工作人员首页
staff-home-intro = 配置届次，邀请投资人和同事，并查看系统发出的邮件。
staff-tile-editions = 日期、赛道、截止时间，以及哪一届为本届
staff-tile-judging = 评分标准、评审设置、分配评委
staff-tile-ranking = 评分、评委校准、决定
staff-tile-invite = 投资人和工作人员通过邮件中的链接加入
staff-tile-outbox = 系统已排队发送的全部邮件
staff-cancel = 取消
staff-pages = 分页
staff-previous = ← 上一页
staff-next = 下一页 →
staff-newer = ← 较新
staff-older = 较早 →
staff-page-of = 第 { $page } 页，共 { $pages } 页
staff-page = 第 { $page } 页
staff-former-investor = 已注销的投资人

editions-new = 新建届次
editions-loading = 正在加载届次…
editions-none = 还没有届次，请创建第一届。
editions-col-name = 名称
editions-col-city = 城市
editions-col-dates = 日期
editions-col-deadline = 截止时间（当地）
editions-col-tracks = 赛道数
editions-current = 本届
editions-make-current = 设为本届
editions-edit-title = 编辑届次
editions-edit-named = 编辑 { $name }
editions-name = 名称
editions-name-hint = 例如：GSIC 2026 上海
editions-city = 城市
editions-first-day = 开始日期
editions-last-day = 结束日期
editions-time-zone = 时区
editions-time-zone-hint = IANA 时区名称，例如 Asia/Shanghai 或 Europe/London
editions-deadline = 报名截止时间（当地时间）
editions-tracks = 赛道
editions-tracks-hint = 每行一个赛道，最多 30 个。
editions-save = 保存届次

invite-heading = 邀请投资人或同事
invite-intro = 对方会收到一个 7 天内有效的链接，用于设置密码。已有账户的人将获得该角色。
invite-role = 角色
invite-role-investor = 投资人（同时担任评委）
invite-role-staff = 大会工作人员
invite-send = 发送邀请

outbox-loading = 正在加载邮件…
outbox-smtp = 邮件通过 SMTP 发送，这里是发送记录。带有令牌的链接（密码重置、邀请）在此处隐藏，并在发送后删除：只有收件人持有这些链接。
outbox-no-smtp = 尚未配置 SMTP 服务器：邮件保留在这里，供您阅读和转发。
outbox-count = 共 { $count } 封邮件。
outbox-live-links = 下面的链接真实有效。任何人打开密码重置或邀请链接，都可以接管该账户或以该身份加入：请只把每个链接转发给对应的收件人，切勿分享此页面。
outbox-sent = 已发送 { $when }
outbox-not-delivered = 尚未送达：{ $error }
outbox-queued = 排队中

audit-intro = 谁修改了什么，最新的在前。每条记录与修改在同一事务中写入。
audit-col-when = 时间（UTC）
audit-col-who = 操作人
audit-col-action = 操作
audit-col-subject = 对象
audit-col-detail = 详情
audit-system = 系统

judging-lead = 设置评分标准和评审方式，然后为每个已提交的路演分配评审人。存在利益冲突的评委绝不会被分配。
judging-assigned = 新增 { $count } 项评审分配。
judging-short = { $count } 个路演的评审人不足：没有足够的无利益冲突评委。
judging-setup = 评审设置
judging-rubric-locked = 评委已经开始打分：评分项、权重和分制现已固定。评分说明和下面的设置仍可修改。
judging-rubric = 评分标准
judging-rubric-hint = 每行一个评分项：名称 | 权重 | 分制（5 或 10）| 给评委的说明。最多 10 项。
judging-reviews-per-pitch = 每个路演的评审数
judging-reviews-per-pitch-hint = 每个路演由几位评委打分，1 到 10。
judging-visibility = 评委可查看彼此的评分
judging-phase-open = 评审阶段开放（评委可以撰写和修改评审）
judging-blind = 匿名评审（对评委隐藏项目和创业者的名称）
judging-blind-hint = Pitchline 会隐藏它显示的名称（标题、页面标题、路演材料文件名），并遮盖创业者自己所写文字中的项目名称。它无法修改路演材料：已请创业者不要在路演材料中写上名称。
judging-browse = 评委也可以评审未分配给自己的路演
judging-save-setup = 保存评审设置
judging-assignments = 评审分配
judging-auto-assign = 自动分配评审人
judging-board-hint = 每个路演 { $per_pitch } 位评审人。已写好的评审会保留。评委的工作量：{ $min } 到 { $max } 个路演。
judging-track = 赛道
judging-all-tracks = 全部赛道
judging-show = 显示
judging-no-pitches = 还没有已提交的路演。
judging-board-range = 第 { $first }–{ $last } 个路演，共 { $total } 个
judging-judge-load = 已分配 { $count } 个
judging-col-startup = 项目
judging-col-status = 状态
judging-col-reviewers = 评审人
judging-col-add-reviewer = 添加评审人
judging-col-conflicts = 利益冲突
judging-remove-reviewer = 移除 { $name }
judging-reviewer-to-add = 要添加的评审人
judging-type-judge = 输入评委姓名
judging-add = 添加
judging-conflict = { $name }：{ $reason }
judging-found-automatically = （系统自动发现）
judging-decision = 决定
judging-decide = 确定
judging-reviews-count = 评审（{ $count }）
judging-no-reviews = 暂无评审。
judging-no-comment = （无评语）
judging-share-comment = 将此评语分享给创业者
judging-save-feedback = 保存反馈选择
judging-conflicts-title = 利益冲突
judging-no-conflicts = 没有申报或发现利益冲突。

ranking-lead = 标准化均分把每个分数换算成相对于该评委自身打分习惯的 z 分数，因此严格和宽松的评委同等计算。± 越大，说明评委意见越不一致或打分的人越少。
ranking-undone = 决定已撤销：{ $count } 个路演已恢复原状，没有发送任何邮件。
ranking-decided = 已为 { $count } 个路演记录决定。除非您撤销，其创业者将在 3 分钟后收到邮件。
ranking-nothing-changed = 没有任何变化：勾选的路演已经是该决定。
ranking-undo = 撤销
ranking-pitch-pages = 路演分页
ranking-page-of = 第 { $page } 页，共 { $pages } 页 · { $total } 个路演
ranking-judge-pages = 评委分页
ranking-previous-judges = ← 上一页评委
ranking-next-judges = 下一页评委 →
ranking-judge-page-of = 评委第 { $page } 页，共 { $pages } 页 · { $total } 位评委
ranking-raw-mean = 原始均分
ranking-normalised-mean = 标准化均分
ranking-sort-reviews = 评审数
ranking-sort-uncertain = 最不确定的在前
ranking-sort-name = 名称
ranking-sort-by = 排序方式
ranking-panel-mean = {" "}· 全体均分 { $mean }
ranking-computed = 标准化均分、± 和评委偏移量计算于 { $when }，评审有变动后首次查看时会重新计算；计数和原始均分始终是最新的。
ranking-pick = 选择
ranking-pick-startup = 选择 { $name }
ranking-col-reviews = 评审
ranking-col-disagreement = 分歧
ranking-col-stars = 星标
ranking-col-meetings = 约见请求
ranking-reviews-of = { $done }/{ $total }
ranking-judges-disagree = 评委意见分歧
ranking-decision-hint = 决定只适用于本页勾选的路演；在做出任何更改之前，下一步会逐一列出它们的名称。
ranking-decision-for-ticked = 对勾选路演的决定
ranking-review-decision = 核对决定…
ranking-calibration = 评委校准
ranking-calibration-hint = 每位评委加权分数（0–10）的均值和离散度。偏移量考虑了评委恰好分到的路演：低于零表示比全体更严格，高于零表示更宽松。
ranking-col-judge = 评委
ranking-col-assigned = 已分配
ranking-col-reviewed = 已评审
ranking-col-mean = 均分
ranking-col-spread = 离散度
ranking-col-offset = 偏移量
ranking-harsh = {" "}偏严
ranking-lenient = {" "}偏松
ranking-back = 返回排名

confirm-title = 确认决定
confirm-heading = 确认该决定
confirm-summary = 勾选的 { $total } 个路演中，有 { $changing } 个将被标记为“{ $status }”；将给 { $emailed } 位创业者发送邮件。
confirm-replacing = 其中 { $count } 个已有决定，本次决定将取而代之。
confirm-count = { $decision }：{ $count } 个路演
confirm-refused = 无法执行此决定：{ $reasons }
confirm-col-pitch = 路演
confirm-col-now = 当前
confirm-col-after = 之后
confirm-no-change = 不变
confirm-apply = 确认并给创业者发送邮件

reviews-show-todo = 尚未评审
reviews-show-done = 已评审
reviews-show-starred = 关注清单（已加星标）
reviews-progress = 分配给您的 { $total } 个路演中，已评审 { $done } 个。
reviews-phase-closed-note = 评审阶段已结束：评审只能查看，不能修改。
reviews-progress-label = 评审进度
reviews-show = 显示
reviews-everything = 全部
reviews-filter = 筛选
reviews-empty = 这里还没有内容。工作人员会在报名截止后分配路演。
reviews-on-shortlist = 在您的关注清单中
reviews-to-review = 待评审
reviews-not-assigned = 未分配给您
reviews-blind-label = 路演 { $code }
reviews-review-title = 评审
reviews-position = 分配给您的第 { $n } 个路演（共 { $m } 个）
reviews-back-to-queue = 返回评审队列
reviews-download-deck = 下载路演材料（PDF）
reviews-watch-video = 观看视频
reviews-summary = 概要
reviews-startup = 项目信息
reviews-stage = 阶段
reviews-where = 所在地
reviews-sectors = 领域
reviews-founded = 成立年份
reviews-team = 团队
reviews-team-size = { $count } 人
reviews-raising = 融资需求
reviews-website = 网站
reviews-monthly-revenue = 月收入
reviews-users = 用户数
reviews-growth = 增长
reviews-growth-value = 每月 { $pct }%
reviews-raised-so-far = 已融资金额
reviews-blind-hint = 匿名评审：项目和创业者的名称已隐藏。创业者在文字中写到项目名称之处显示为 [startup]；路演材料按上传时的原样显示，其中可能仍有他们的名称。
reviews-your-review = 您的评审
reviews-phase-closed = 评审阶段已结束，无法再撰写或修改评审。
reviews-recommendation = 推荐意见
reviews-comment = 评语
reviews-comment-hint = 工作人员可能会把它作为反馈分享给创业者。最多 3,000 个字符。
reviews-private-note = 私人备注
reviews-private-note-hint = 只有您能看到。
reviews-save-next = 保存并评审下一个
reviews-save = 保存
reviews-criterion-scale = {" "}· 权重 { $weight } · 1 到 { $max } 分
reviews-other-judges = 其他评委
reviews-others-after-own = 在您保存自己的评审之前，其他评委的评分会保持隐藏（前提是组织方允许查看）。
reviews-others-hidden = 组织方不公开其他评委的评分。
reviews-no-others = 暂无其他评审。
reviews-other-judge = 评委 { $letter }
reviews-your-marks = 我的标记
reviews-marks-hint = 仅您可见。工作人员只能看到有多少投资人给项目加了星标。
reviews-starred = ★ 加入我的关注清单
reviews-tags = 标签
reviews-tags-hint = 用逗号分隔，最多 8 个。
reviews-interest = 兴趣程度
reviews-save-marks = 保存标记
reviews-declare-conflict-title = 申报利益冲突
reviews-conflict-hint = 您将不再评审此路演，也看不到它的评分。工作人员可以看到您的理由。
reviews-reason = 理由
reviews-reason-hint = 例如：我曾为这家公司提供咨询。3 到 500 个字符。
reviews-declare-conflict = 申报冲突
## Problems: what is wrong with a field, a refused form, an action that does not fit (components::problems)

problem-noun-display-name = 姓名
problem-noun-email = 电子邮箱
problem-noun-password = 密码
problem-noun-edition-name = 届次名称
problem-noun-city = 城市
problem-noun-start-date = 开始日期
problem-noun-end-date = 结束日期
problem-noun-submission-deadline = 报名截止时间
problem-noun-track-name = 赛道名称
problem-noun-startup-name = 项目名称
problem-noun-one-liner = 一句话介绍
problem-noun-description = 项目介绍
problem-noun-sector = 行业
problem-noun-stage = 阶段
problem-noun-country = 国家或地区
problem-noun-founded-year = 成立年份
problem-noun-team-size = 团队人数
problem-noun-website = 网站
problem-noun-monthly-revenue = 月收入
problem-noun-users = 用户数
problem-noun-amount-asked = 融资金额
problem-noun-currency = 币种
problem-noun-instrument = 融资方式
problem-noun-pre-money-valuation = 投前估值
problem-noun-use-of-funds = 资金用途
problem-noun-raised-so-far = 已融资金额
problem-noun-firm = 机构
problem-noun-job-title = 职位
problem-noun-smallest-ticket = 最小单笔投资额
problem-noun-largest-ticket = 最大单笔投资额
problem-noun-company-name = 公司名称
problem-noun-company-website = 网站
problem-noun-pitch-title = 标题
problem-noun-summary = 摘要
problem-noun-video-link = 视频链接
problem-noun-criterion-name = 名称
problem-noun-guidance = 说明
problem-noun-visibility = 可见性
problem-noun-recommendation = 推荐意见
problem-noun-comment = 评语
problem-noun-private-note = 私人备注
problem-noun-conflict-reason = 理由
problem-noun-interest = 意向
problem-noun-decision = 决定
problem-required = { $field }为必填项。
problem-too-short = { $field }至少需要 { $min } 个字符。
problem-too-long = { $field }最多 { $max } 个字符（现有 { $len } 个）。
problem-at-most = { $field }最多 { $max } 个字符。
problem-hidden-characters = { $field }不能包含换行、制表符或其他不可见字符。
problem-not-in-list = 请从列表中选择{ $field }。
problem-not-a-date = { $field }须为日期，例如 2026-09-14。
problem-not-a-date-time = { $field }须为日期和时间，例如 2026-08-31T23:59。
problem-not-an-amount = { $field }须为整数金额，例如 1500000、1,500,000 或 1.5m。
problem-amount-too-large = { $field }过大。
problem-out-of-range = { $field }须在 { $min } 到 { $max } 之间。
problem-not-a-whole-number = { $field }须为整数。
problem-not-http = { $field }须以 https:// 或 http:// 开头。
problem-not-a-web-address = { $field }须为网址，例如 https://example.com。
problem-at-line = 第 { $line } 行：{ $problem }
problem-not-an-email = “{ $value }”不是有效的电子邮箱地址，例如 name@example.com。
problem-not-a-role = “{ $value }”不是有效的角色：请选择 founder（创业者）、investor（投资人）或 staff（工作人员）。
problem-email-taken = 该邮箱已注册过账户。请登录，或重置密码。
problem-email-just-taken = 该邮箱刚刚注册了账户：请先登录。
problem-bad-credentials = 邮箱与密码不匹配任何账户。
problem-not-your-password = 这不是您现有账户的密码。
problem-founders-sign-up = 创业者自行注册；请邀请投资人或工作人员。
problem-invitation-for-other = 此邀请是发给 { $email } 的。请退出登录，然后重新打开链接。
problem-invitee-has-account = { $email } 已有账户：请先登录，然后重新打开链接。
problem-already-on-team = { $name } 已在团队中。
problem-unknown-time-zone = “{ $value }”不是已知的时区；请使用 IANA 名称，例如 Asia/Shanghai。
problem-fix-time-zone-first = 请先修正时区。
problem-no-such-local-time = 该当地时间在此时区不存在（时钟调整），请另选一个时间。
problem-duplicate-track = 赛道“{ $name }”重复列出。
problem-no-tracks = 请至少添加一个赛道，每行一个。
problem-too-many-tracks = 每届最多 { $max } 个赛道。
problem-end-before-start = 结束日期不能早于开始日期。
problem-deadline-after-end = 报名截止时间须在本届结束之前。
problem-edition-name-taken = 已有其他届次使用此名称。
problem-track-in-use = 赛道“{ $name }”已有 { $pitches } 个路演申请，不能删除；如需改名，请添加新名称并保留旧名称。
problem-not-a-country = “{ $value }”不是列表中的国家或地区代码。
problem-founded-out-of-range = 成立年份须在 1900 到 { $last } 年之间。
problem-founded-not-a-year = 成立年份须为年份，例如 2021。
problem-team-size-out-of-range = 团队人数须在 1 到 100,000 之间。
problem-growth-out-of-range = 增长率须在 -100% 到 10,000% 之间。
problem-growth-not-a-number = 增长率须为百分比数字，例如 12.5。
problem-no-sectors = 请至少添加一个行业。
problem-too-many-sectors = 最多选择 { $max } 个行业。
problem-instrument-needed = 请说明融资金额对应的融资方式。
problem-ask-over-valuation = 融资金额超过投前估值的十倍，请核对这两项。
problem-not-a-stage = “{ $value }”不是有效的阶段；请使用：{ $stages }。
problem-no-stages = 请至少选择一个您投资的阶段。
problem-too-many-companies = 最多列出 { $max } 家投资组合公司。
problem-tickets-reversed = 最大单笔投资额不能小于最小单笔投资额。
problem-no-track = 请选择赛道。
problem-not-a-track = 请选择本届的一个赛道。
problem-window-shape = 第 { $line } 行（“{ $text }”）须写成 { $example } 09:00-12:00 的格式。
problem-not-a-pitch-day = { $day } 不是路演日；请使用 { $first } 至 { $last }。
problem-window-ends-first = 时间段的结束须晚于开始。
problem-no-such-time = 该时间在 { $day } 不存在（时钟调整）。
problem-too-many-windows = 最多填写 { $max } 个时间段。
problem-windows-overlap = { $day } 有两个时间段重叠，请合并为一行。
problem-deck-before-submit = 请先保存草稿，上传路演材料（PDF），再提交。
problem-deck-missing = 提交前请上传路演材料（PDF）。
problem-rubric-line-shape = 请写成“名称 | 权重 | 分制 | 说明”，例如“团队 | 20 | 5 | 他们能做成吗？”。
problem-weight-range = 权重须为 1 到 { $max } 之间的整数。
problem-scale-five-or-ten = 分制须为 5 或 10。
problem-criterion-twice = “{ $name }”已在评分标准中。
problem-no-criteria = 请至少填写一个评分项。
problem-too-many-criteria = 最多 { $max } 个评分项（现有 { $count } 个）。
problem-rubric-in-use = 评委已按此评分标准打分，评分项、权重和分制不能再修改；说明文字仍可修改。
problem-reviews-per-pitch-range = 每个路演的评审数须为 1 到 { $max } 之间的整数。
problem-score-missing = 请为“{ $criterion }”打分。
problem-score-out-of-scale = “{ $criterion }”须打 1 到 { $max } 之间的整数分。
problem-tag-too-long = 每个标签最多 { $max } 个字符（“{ $tag }”超出了）。
problem-too-many-tags = 最多 { $max } 个标签。
problem-not-a-judge = 请从列表中选择评委。
problem-ambiguous-judge = 有多位评委同名：请从列表中选择带邮箱的那一位。
problem-only-investors-review = 只有投资人可以评审路演。
problem-judge-conflicted = { $judge } 不能评审此路演：存在利益冲突（{ $reason }）
problem-already-reviews = { $judge } 已在评审此路演。
problem-search-too-long = 搜索内容最多 { $max } 个字符。
problem-conflict-team-member = 您是 { $name } 的团队成员。
problem-conflict-portfolio = { $name } 在您的投资组合名单中。
problem-conflict-shared-domain = 您与一位创业者使用同一邮箱域名 { $domain }。
problem-reset-link-expired = 此重置链接已过期或已被使用，请重新申请。
problem-invitation-expired = 此邀请已过期或已被使用，请向组织方索取新的邀请。
problem-cofounder-invite-expired = 此邀请已过期或已被使用，请向您的联合创始人索取新的邀请。
problem-nothing-ticked = 请先勾选至少一个路演。
problem-too-many-startups = 您已是 { $teams } 个项目的团队成员，已达到每位创业者的上限。请先退出其中一个，或联系大会团队，再添加新项目。
problem-locked-deadline = 报名已截止，此路演申请现在只能查看。
problem-locked-withdrawn = 此路演申请已撤回，不能修改。
problem-locked-in-review = 此路演申请的状态为“{ $status }”，不能再修改。
problem-review-phase-closed = 评审阶段已结束，不能再撰写或修改评审。
problem-last-member = 您是该项目团队的最后一名成员。请先邀请一位联合创始人，再退出。
problem-no-more-reviewers = 此路演申请的状态为“{ $status }”，不再增加评委。
problem-review-saved-elsewhere = 此评审刚刚在另一个窗口中保存过，请刷新查看。
problem-pitch-exists = 该项目在本届已有路演申请，请刷新页面。
problem-not-decidable = 未做任何更改。{ $pitches }
problem-already-undone = 此决定已经撤销。
problem-too-late-to-undo = 已来不及撤销：邮件已发给创业者。请改为记录一个新的决定。
problem-undecidable-draft = 此路演申请仍是草稿：从未提交。
problem-undecidable-withdrawn = 创业者已撤回此路演申请。
problem-pitch-refused = { $name }：{ $why }
