# ruff: noqa: E501
"""Chinese (simplified) inbound cores. Modes: see scripts/training_data/inbound/dates.py.

A bare "休假至X" is avoided (read both as last day away and as day back); cores
say 返回/恢复办公 (back) or give a range.
"""

# fmt: off
LANG = {
    "code": "zh",
    "tz": {"winter": [480], "summer": [480]},
    "months": [f"{m}月" for m in range(1, 13)],
    "weekdays": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
    "weekday_forms": {"xq": ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]},
    "date_formats": [
        ("{m}月{d}日", ""), ("{m}月{d}日（{wd}）", ""), ("{y}年{m}月{d}日", "yr"), ("{m}月{d}日（{wd_xq}）", ""), ("{y}-{mm}-{dd}", "yr"), ("{m}.{d}", "amb"),
    ],
    "first_of": lambda n: n,
    "names": [("王伟", "Wang Wei"), ("李娜", "Li Na"), ("张磊", "Zhang Lei"), ("刘洋", "Liu Yang"), ("陈静", "Chen Jing"), ("杨帆", "Yang Fan"), ("赵敏", "Zhao Min"), ("黄晓明", "Huang Xiaoming"), ("周婷", "Zhou Ting"), ("吴刚", "Wu Gang")],
    "companies": [("上海华远物流有限公司", "huayuan-logistics"), ("深圳星河科技有限公司", "xinghe-tech"), ("北京东方食品集团", "dongfang-foods"), ("杭州云帆软件", "yunfan-soft"), ("广州恒通贸易有限公司", "hengtong-trade"), ("成都锦城制造", "jincheng-mfg")],
    "tld": ["com.cn", "cn", "com"],
    "phones": ["电话：021-####-####", "手机：13#-####-####", "Tel: +86 10 #### ####", "+86 755 ########"],
    "addresses": ["上海市浦东新区世纪大道100号 200120", "北京市朝阳区建国路88号 100022"],
    "titles": ["采购经理", "物流总监", "信息部主管", "市场部经理", "财务总监", "总经理"],
    "signoffs": ["祝好！", "谢谢！", "此致\n敬礼", "顺祝商祺！", "Best regards,"],
    "mobile": ["发自我的iPhone", "从 Android 版 Outlook 发送"],
    "ooo_greet": ["您好！", "您好，", "你好，"],
    "human_greet": ["{VFIRST}，您好：", "{VFIRST}你好，", "您好，", "Hi {VFIRST}，"],
    "reply_prefix": ["回复：", "Re: ", "RE: ", "答复: "],
    "ooo_subject": ["自动回复：{S}", "自动答复: {S}", "休假通知", "不在办公室：{S}", "外出", "Out of Office: {S}", "回复：{S}"],
    "ooo_open": ["感谢您的来信。", "谢谢您的邮件。", "这是一封自动回复邮件。", "您的邮件已收到。"],
    "ooo_absence": [
        ("我将于{D}返回办公室。", "back"),
        ("{D1}至{D}我在休假，期间无法及时查看邮件。", "range"),
        ("本人{D1}-{D}休年假。", "range"),
        ("我正在出差，{W}回到公司。", "wd_back"),
        ("今天全天培训，明天回办公室。", "tomorrow"),
        ("我目前在休产假。", "none"),
        ("我现在外出，查看邮件可能会有延迟。", "none"),
        ("春节放假期间，我们将于{D}起恢复正常办公。", "back"),
        ("我休假中，{D}回来后会尽快回复您。", "back"),
        ("我在{D1}到{D}期间出差。", "range"),
        ("我病假中，预计{W_xq}回来上班。", "wd_back"),
    ],
    "ooo_short": [
        ("休假中，{D}返回。", "back"),
        ("外出，{W}回。", "wd_back"),
        ("您好，我暂时不在，稍后回复。", "none"),
        ("{D1}–{D} 休假，不查看邮件。", "range"),
    ],
    "ooo_alt": [
        "如有急事，请联系{ALT}。",
        "我不在期间，由{ALT}负责处理相关事宜。",
        "紧急事项请发邮件至{ALT}。",
        "报价相关问题请联系{ALT}。",
    ],
    "ooo_close": [
        "回来后我会尽快回复您。",
        "您的邮件不会被转发。",
        "给您带来不便，敬请谅解。",
        "谢谢！",
    ],
    "ack_subject": ["我们已收到您的咨询 [#{TICKET}]", "自动回复：已收到您的邮件", "工单{TICKET}已创建", "自动回复：{S}"],
    "ack": [
        "您好，\n\n感谢您的来信。这是一封自动确认邮件，您的问题已登记，编号为{TICKET}。我们会在两个工作日内回复。\n\n{COMPANY} 客户服务部",
        "感谢您联系{COMPANY}。我们的服务时间为周一至周五 9:00–18:00。\n\n此邮件为系统自动发送，请勿直接回复。",
        "您的发票已收到，系统将自动处理，不再另行确认。",
        "我们已收到您的邮件！团队成员会尽快与您联系。常见问题请见：{URL}",
    ],
    "gone_subject": ["自动回复：{S}", "离职通知", "此邮箱已停用", "回复：{S}"],
    "gone": [
        "{FULL}已从{COMPANY}离职，此邮箱不再有人查看。请联系{ALT}。",
        "您好，我已离开{COMPANY}，本邮箱即将停用。今后请联系{ALT}。",
        ("{FULL}已于{D}离职，您的邮件未被转发。相关事宜请联系{ALT}。", "past"),
        "此邮箱地址已停止使用，请将邮件发送至{ALT}。",
    ],
    "newsletter": [
        ("{COMPANY}月度资讯", "尊敬的客户：\n\n本月要闻：\n1. 新物流中心将于{D}启用\n2. 电子发票线上研讨会报名中\n3. 客户案例分享\n\n了解更多：{URL}\n\n如不希望再收到此类邮件，请点击退订。"),
        ("邀请函：{D}客户交流会", "诚邀您参加{D}在上海举办的客户交流会。报名链接：{URL}\n\n退订本邮件"),
    ],
    "human": [
        ("谢谢！我{D1}到{D}在休假，等我回来再聊可以吗？", "range", "away"),
        ("这周在出差，{W}回公司，到时候再约时间。", "wd_back", "away"),
        ("我现在在休假，回来后再看。", "away", "away"),
        ("我{D}回办公室，那周可以安排电话。", "back", "away"),
        ("我已经不负责ERP项目了，不过{ALT}可以帮您。", "none", "hard_negative"),
        ("我们已经不用原来的供应商了，请发一份40个用户的报价。", "none", "hard_negative"),
        ("刚休假回来，正在处理邮件。周四上午10点可以。", "none", "hard_negative"),
        ("预算会在{D}确定，之后我再联系您。", "note", "hard_negative"),
        ("挺有意思的。能发一下价格和零售行业的客户案例吗？", "none", "reply"),
        ("暂时没有需求，请不要再发邮件了。", "none", "reply"),
        ("这件事不归我管，请联系{ALT}。", "none", "reply"),
        ("好的，{D}下午两点电话沟通。", "note", "reply"),
        ("我们已经选择了其他方案，谢谢。", "none", "reply"),
    ],
    "outgoing": [
        ("降低{COMPANY}的配送失败率", "{PFIRST}，您好：\n\n我们帮助物流团队把首次配送失败率降低约18%。下周能否占用您20分钟？\n\n谢谢！"),
        ("关于报表的一个小问题", "{PFIRST}你好，\n\n贵团队现在如何制作每周销售报表？{VCOMPANY}可以直接从CRM自动生成。方便看一个两分钟的演示吗？"),
    ],
    "quote_on": "{name} <{addr}> 于 {date} 写道：",
    "quote_date": ["{y}年{m}月{d}日{wd_xq} {H}:{M}", "{y}-{mm}-{dd} {H}:{M}"],
    "outlook": ("发件人", "发送时间", "收件人", "主题"),
    "outlook_date": ["{y}年{m}月{d}日 {H}:{M}"],
    "disclaimers": ["本邮件可能包含保密信息。如您误收此邮件，请通知发件人并立即删除。"],
    "bounce": {
        "subject": "无法投递: ",
        "line": "无法将邮件传递给以下收件人。",
        "hint": "找不到该电子邮件地址，或收件人的邮箱不可用。",
        "delay_subject": "延迟传递: ",
        "delay_line": "向这些收件人或组的传递已延迟。我们会继续尝试传递您的邮件。无需执行任何操作。",
    },
    "content_language": "zh-CN",
}
# fmt: on

# More ways of saying it: compact ranges, next week's days, dated subjects.
LANG["compact_range"] = "{m}月{d1}日至{d}日"
LANG["ooo_subject_dated"] = [
    "休假中，{D}返回",
    "外出通知（{D}回）",
    "自动回复：{D}起恢复办公",
]
LANG["ooo_absence"] += [
    ("{R}休假，期间不便查看邮件。", "range"),
    ("我下{W}回办公室。", "wd_nextweek"),
    ("我在展会现场，{D}回到公司后处理邮件。", "back"),
    ("我目前居家办公，无法连接公司系统，{D}返回办公室。", "back"),
]
LANG["ooo_alt"] += ["销售相关请联系{ALT}，发票相关请联系{ALT2}。"]
LANG["human"] += [
    ("这周一直在客户现场，下{W}回公司。资料可以先发给我吗？", "wd_nextweek", "away"),
    ("{R}我不在，我们约再下一周吧。", "range", "away"),
    ("上周公司团建，回复晚了抱歉。报价里能加上SSO吗？", "none", "hard_negative"),
    ("我明天开始休假，请今天把合同发过来，我走之前签好。", "none", "hard_negative"),
    ("我们老板出差到{D}，之前定不下来。", "note", "hard_negative"),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "感谢您联系{COMPANY}销售团队。由于咨询量较大，回复可能需要三个工作日。参考编号：{TICKET}。",
    "您的邮件已转交相关部门处理，您无需进行其他操作。后续沟通请注明编号{TICKET}。",
]
LANG["newsletter"] += [
    [
        "提醒：您报名的线上研讨会即将开始",
        "您好，\n\n提醒您，“2026年规划”线上研讨会将于{D}下午3点开始。参会链接：{URL}\n\n无法参加？我们会发送回放。\n\n退订活动提醒",
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}号"
LANG["ooo_absence"] += [["我{D_day}回来。", "back"]]
LANG["human"] += [["我{D_day}回公司，到时候再聊。", "back", "away"]]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    ["{FULL}正在休假，将于{D}返回。", "back"],
    ["{FULL}{D1}至{D}不在办公室。", "range"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    ["我已把您的邮件转给负责采购的{ALT}。", "none", "reply"],
    ["大概每个用户每月多少钱？我们大约60人。", "none", "reply"],
    ["抱歉，上周我几乎都在病假，现在才看到。周二下午可以。", "none", "hard_negative"],
]
