# ruff: noqa: E501
"""Korean inbound cores. Modes: see scripts/training_data/inbound/dates.py.

A bare "X까지" is avoided (read both as last day away and as day back); cores say
복귀 (back) or give a range.
"""

# fmt: off
LANG = {
    "code": "ko",
    "tz": {"winter": [540], "summer": [540]},
    "months": [f"{m}월" for m in range(1, 13)],
    "weekdays": ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"],
    "weekday_forms": {"s": ["월", "화", "수", "목", "금", "토", "일"]},
    "date_formats": [
        ("{m}월 {d}일", ""), ("{m}월 {d}일({wd_s})", ""), ("{y}년 {m}월 {d}일", "yr"), ("{y}년 {m}월 {d}일 {wd}", "yr"), ("{y}.{mm}.{dd}", "yr"), ("{m}/{d}({wd_s})", "amb"),
    ],
    "first_of": lambda n: n,
    "names": [("김민준", "Minjun Kim"), ("이서연", "Seoyeon Lee"), ("박지훈", "Jihoon Park"), ("최유진", "Yujin Choi"), ("정현우", "Hyunwoo Jung"), ("강수빈", "Subin Kang"), ("조성민", "Sungmin Cho"), ("윤하은", "Haeun Yoon"), ("장동현", "Donghyun Jang"), ("임지은", "Jieun Lim")],
    "companies": [("한빛물류 주식회사", "hanbit-logis"), ("서울테크 주식회사", "seoultech"), ("대한푸드", "daehan-food"), ("미래에너지 주식회사", "mirae-energy"), ("누리소프트", "nurisoft"), ("동해해운", "donghae-shipping")],
    "tld": ["co.kr", "co.kr", "com"],
    "phones": ["Tel. 02-####-####", "M. 010-####-####", "+82 2 #### ####", "휴대폰 010-####-####"],
    "addresses": ["서울특별시 강남구 테헤란로 123 (06134)", "부산광역시 해운대구 센텀중앙로 55 (48058)"],
    "titles": ["구매팀 팀장", "물류팀 과장", "IT팀 부장", "마케팅팀 대리", "재무팀 이사", "대표이사"],
    "signoffs": ["감사합니다.", "감사합니다.\n좋은 하루 보내세요.", "잘 부탁드립니다.", "고맙습니다."],
    "mobile": ["iPhone에서 보냄", "Android용 Outlook에서 보냄"],
    "ooo_greet": ["안녕하세요.", "안녕하십니까.", "메일 감사합니다."],
    "human_greet": ["{VFIRST}님, 안녕하세요.", "{VFIRST}님,", "안녕하세요, {VFIRST}님.", "{VFIRST} 매니저님께"],
    "reply_prefix": ["RE: ", "Re: ", "회신: "],
    "ooo_subject": ["자동 회신: {S}", "부재중 안내", "[자동응답] 휴가 중입니다", "외근 중: {S}", "Out of Office: {S}", "RE: {S}"],
    "ooo_open": ["메일 주셔서 감사합니다.", "연락 주셔서 감사합니다.", "본 메일은 자동 회신입니다.", "보내주신 메일 잘 받았습니다."],
    "ooo_absence": [
        ("{D}에 복귀할 예정입니다.", "back"),
        ("{D1}부터 {D}까지 휴가로 부재중입니다.", "range"),
        ("{D1}~{D} 출장으로 메일 확인이 어렵습니다.", "range"),
        ("현재 출장 중이며 {W}에 사무실로 복귀합니다.", "wd_back"),
        ("오늘은 교육으로 부재중이며 내일 출근합니다.", "tomorrow"),
        ("현재 육아휴직 중입니다.", "none"),
        ("지금은 외근 중이라 메일 확인이 늦어질 수 있습니다.", "none"),
        ("설 연휴로 {D}부터 정상 근무합니다.", "back"),
        ("휴가 중이며 {D}부터 순차적으로 회신드리겠습니다.", "back"),
        ("병가 중이며 {W}부터 출근 예정입니다.", "wd_back"),
        ("{D1}부터 {D}까지 해외 전시회 참가로 자리를 비웁니다.", "range"),
    ],
    "ooo_short": [
        ("휴가 중입니다. {D} 복귀.", "back"),
        ("부재중입니다. {W}에 돌아옵니다.", "wd_back"),
        ("지금은 자리에 없습니다. 확인 후 회신드리겠습니다.", "none"),
        ("{D1}~{D} 휴가", "range"),
    ],
    "ooo_alt": [
        "급한 용무는 {ALT}에게 연락 부탁드립니다.",
        "부재 기간 중 업무는 {ALT}이(가) 대신 처리합니다.",
        "긴급한 건은 {ALT}으로 메일 주세요.",
        "견적 관련 문의: {ALT}",
    ],
    "ooo_close": [
        "복귀 후 바로 회신드리겠습니다.",
        "메일은 전달되지 않습니다.",
        "불편을 드려 죄송합니다.",
        "양해 부탁드립니다.",
    ],
    "ack_subject": ["문의가 접수되었습니다 [#{TICKET}]", "[자동응답] 메일 수신 확인", "접수번호 {TICKET} 안내", "자동 회신: {S}"],
    "ack": [
        "안녕하세요.\n\n문의해 주셔서 감사합니다. 본 메일은 접수 확인을 위한 자동 발송 메일입니다. 접수번호는 {TICKET}이며, 영업일 기준 2일 이내에 답변드리겠습니다.\n\n{COMPANY} 고객지원팀",
        "{COMPANY}에 문의해 주셔서 감사합니다. 상담 시간은 평일 09:00~18:00입니다.\n\n본 메일은 발신 전용입니다.",
        "세금계산서가 접수되었습니다. 이 주소로 보내신 계산서는 자동으로 처리됩니다.",
        "메일을 받았습니다! 담당자가 곧 연락드리겠습니다. 자주 묻는 질문: {URL}",
    ],
    "gone_subject": ["자동 회신: {S}", "퇴사 안내", "메일 주소 변경 안내", "RE: {S}"],
    "gone": [
        "{FULL}님은 {COMPANY}에서 퇴사하였습니다. 이 메일함은 더 이상 확인하지 않습니다. {ALT}에게 연락해 주세요.",
        "안녕하세요. 저는 {COMPANY}를 퇴사하였으며 이 주소는 곧 삭제됩니다. 후임자는 {ALT}입니다.",
        ("{FULL}님은 {D}자로 퇴사하였습니다. 메일은 전달되지 않았습니다. 담당: {ALT}", "past"),
        "이 메일 주소는 더 이상 사용하지 않습니다. {ALT}으로 보내 주세요.",
    ],
    "newsletter": [
        ("{COMPANY} 뉴스레터", "안녕하세요, 고객님.\n\n이번 달 소식:\n- {D} 신규 물류센터 오픈\n- 전자세금계산서 웨비나 안내\n- 고객 사례 소개\n\n자세히 보기: {URL}\n\n수신을 원하지 않으시면 수신거부를 클릭하세요."),
        ("[초대] {D} 고객 세미나", "{D} 서울 본사에서 고객 세미나를 개최합니다. 신청: {URL}\n\n수신거부"),
    ],
    "human": [
        ("감사합니다. {D1}부터 {D}까지 휴가라서, 복귀 후에 이야기 나눌 수 있을까요?", "range", "away"),
        ("이번 주는 출장 중이고 {W}에 복귀합니다. 그때 다시 연락 주세요.", "wd_back", "away"),
        ("지금 휴가 중이라 돌아가서 확인하겠습니다.", "away", "away"),
        ("{D}에 복귀하니 그 주에 통화 가능할 것 같습니다.", "back", "away"),
        ("저는 더 이상 ERP 프로젝트를 맡고 있지 않지만, {ALT}이(가) 도와드릴 수 있습니다.", "none", "hard_negative"),
        ("기존 업체와는 계약이 끝났습니다. 40명 기준 견적을 보내주실 수 있나요?", "none", "hard_negative"),
        ("휴가에서 막 돌아와 메일을 정리하고 있습니다. 목요일 10시 괜찮습니다.", "none", "hard_negative"),
        ("예산은 {D}에 확정됩니다. 그 후에 연락드리겠습니다.", "note", "hard_negative"),
        ("관심 있습니다. 가격표와 유통업 고객 사례를 보내주시겠어요?", "none", "reply"),
        ("관심 없습니다. 수신 목록에서 빼 주세요.", "none", "reply"),
        ("제 담당이 아니라서 {ALT}에게 문의해 주세요.", "none", "reply"),
        ("좋습니다. {D} 오후 2시에 통화하시죠.", "note", "reply"),
        ("이미 다른 솔루션을 선택했습니다. 감사합니다.", "none", "reply"),
    ],
    "outgoing": [
        ("{COMPANY} 배송 실패 줄이기", "{PFIRST}님, 안녕하세요.\n\n저희는 물류팀의 첫 배송 실패를 약 18% 줄이도록 돕고 있습니다. 다음 주에 20분 정도 시간 괜찮으실까요?\n\n감사합니다."),
        ("리포트 관련 간단한 질문", "{PFIRST}님,\n\n현재 주간 매출 리포트는 어떻게 작성하고 계신가요? {VCOMPANY}는 CRM에서 자동으로 만들어 드립니다. 2분짜리 데모를 보여드려도 될까요?"),
    ],
    "quote_on": "{date}, {name} <{addr}>님이 작성:",
    "quote_date": ["{y}년 {m}월 {d}일 ({wd_s}) {H}:{M}", "{y}.{mm}.{dd} {H}:{M}"],
    "outlook": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
    "outlook_date": ["{y}년 {m}월 {d}일 {wd} {H}:{M}"],
    "disclaimers": ["본 메일은 기밀 정보를 포함할 수 있습니다. 잘못 수신하신 경우 발신자에게 알리고 삭제해 주시기 바랍니다."],
    "bounce": {
        "subject": "배달 못 함: ",
        "line": "다음 받는 사람에게 메시지를 배달할 수 없습니다.",
        "hint": "전자 메일 주소를 찾을 수 없거나 받는 사람의 사서함을 사용할 수 없습니다.",
        "delay_subject": "배달 지연: ",
        "delay_line": "이 받는 사람 또는 그룹으로의 배달이 지연되었습니다. 메시지 배달을 계속 시도합니다. 아무 작업도 필요하지 않습니다.",
    },
    "content_language": "ko-KR",
}
# fmt: on

# More ways of saying it: compact ranges, next week's days, dated subjects.
LANG["compact_range"] = "{m}월 {d1}일~{d}일"
LANG["ooo_subject_dated"] = [
    "[부재중] {D} 복귀",
    "휴가 안내 ({D} 복귀)",
    "자동 회신: {D}부터 업무 재개",
]
LANG["ooo_absence"] += [
    ("{R} 휴가로 자리를 비웁니다.", "range"),
    ("다음 주 {W}에 복귀합니다.", "wd_nextweek"),
    ("전시회 참가 중이며 {D}부터 정상 근무합니다.", "back"),
    ("재택근무 중이라 사내 시스템 접속이 어렵습니다. {D}에 출근합니다.", "back"),
]
LANG["ooo_alt"] += ["영업 관련은 {ALT}, 세금계산서 관련은 {ALT2}에게 문의해 주세요."]
LANG["human"] += [
    (
        "이번 주는 고객사 상주 중이라 다음 주 {W}에 복귀합니다. 자료 먼저 보내주시겠어요?",
        "wd_nextweek",
        "away",
    ),
    ("{R}에는 자리에 없어서, 그다음 주로 잡으면 좋겠습니다.", "range", "away"),
    (
        "지난주 워크숍 때문에 답장이 늦었습니다. 견적에 SSO도 포함해 주실 수 있나요?",
        "none",
        "hard_negative",
    ),
    (
        "내일부터 휴가라 오늘 계약서를 보내주시면 떠나기 전에 서명하겠습니다.",
        "none",
        "hard_negative",
    ),
    ("대표님이 {D}까지 출장이라 그 전에는 결정이 어렵습니다.", "note", "hard_negative"),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "{COMPANY} 영업팀에 문의해 주셔서 감사합니다. 문의량이 많아 답변까지 최대 3영업일이 소요될 수 있습니다. 접수번호: {TICKET}",
    "보내주신 메일은 담당 부서로 전달되었습니다. 추가로 하실 일은 없습니다. 문의 시 접수번호 {TICKET}을 알려 주세요.",
]
LANG["newsletter"] += [
    [
        "[리마인드] 웨비나가 곧 시작됩니다",
        "안녕하세요.\n\n'2026 계획 수립' 웨비나가 {D} 오후 3시에 시작됩니다. 참여 링크: {URL}\n\n참석이 어려우시면 녹화본을 보내드립니다.\n\n알림 수신거부",
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}일"
LANG["ooo_absence"] += [["{D_day}에 복귀합니다.", "back"]]
LANG["human"] += [["{D_day}에 복귀하니 그때 얘기해요.", "back", "away"]]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    ["{FULL}님은 휴가 중이며 {D}에 복귀합니다.", "back"],
    ["{FULL}님은 {D1}부터 {D}까지 출장 중입니다.", "range"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    ["구매 담당인 {ALT}에게 메일을 전달했습니다.", "none", "reply"],
    ["사용자당 월 비용이 대략 얼마인가요? 저희는 60명 정도입니다.", "none", "reply"],
    [
        "지난주 내내 아파서 이제야 확인했습니다. 화요일 오후 괜찮습니다.",
        "none",
        "hard_negative",
    ],
]
