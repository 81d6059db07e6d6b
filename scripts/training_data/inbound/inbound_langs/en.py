# ruff: noqa: E501
"""English inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "en",
    "tz": {"winter": [0, -300, -480, 0], "summer": [60, -240, -420, 60]},
    "months": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "month_forms": {
        "abbr": [
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        ]
    },
    "weekdays": [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    "weekday_forms": {"abbr": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]},
    "date_formats": [
        ("{d} {month}", ""),
        ("{month} {d}", ""),
        ("{wd}, {month} {d}", ""),
        ("{wd} {d} {month}", ""),
        ("{d} {month} {y}", "yr"),
        ("{month} {d}, {y}", "yr"),
        ("{wd_abbr} {d} {month_abbr}", ""),
        ("{d}/{m}", "amb"),
        ("{m}/{d}/{y}", "amb"),
        ("{dd}/{mm}/{y}", "amb"),
        ("{y}-{mm}-{dd}", "yr"),
        ("{wd}, {d} {month_abbr}", ""),
    ],
    "names": [
        "Oliver Bennett",
        "Sarah Mitchell",
        "James O'Connor",
        "Priya Raman",
        "Daniel Kowalczyk",
        "Emily Hart",
        "Michael Brooks",
        "Hannah Webb",
        "Tom Richardson",
        "Grace Liu",
        "Marcus Greene",
        "Laura Fitzgerald",
        "Ben Adeyemi",
        "Chloe Turner",
        "Ryan Castillo",
        "Megan Shaw",
    ],
    "companies": [
        "Northwind Logistics",
        "Harbor & Pine",
        "Bluegate Financial",
        "Crestline Health",
        "Redwood Retail Group",
        "Summit Freight",
        "Elmstone Insurance",
        "Ironbridge Manufacturing",
        "Clearwater Foods",
        "Brightside Media",
    ],
    "tld": ["com", "co.uk", "com", "io", "net"],
    "phones": [
        "+44 20 #### ####",
        "+1 (415) ###-####",
        "+1 212 ### ####",
        "+44 7### ######",
        "(617) ###-####",
    ],
    "addresses": [
        "221 Tower Street\nLondon EC3R 5AR",
        "1450 Market St, Suite 300\nSan Francisco, CA 94103",
        "12 Canal Wharf\nLeeds LS11 5PS",
        "88 Pearl Street\nBoston, MA 02110",
    ],
    "titles": [
        "Head of Procurement",
        "VP Operations",
        "IT Director",
        "Finance Manager",
        "Marketing Lead",
        "Chief Revenue Officer",
        "Operations Manager",
        "Senior Buyer",
    ],
    "signoffs": [
        "Best regards,",
        "Kind regards,",
        "Thanks,",
        "Best,",
        "Cheers,",
        "Regards,",
        "Many thanks,",
        "All the best,",
    ],
    "mobile": [
        "Sent from my iPhone",
        "Sent from Outlook for Android",
        "Sent from my mobile",
    ],
    "ooo_greet": [
        "Hello,",
        "Hi,",
        "Hi there,",
        "Dear sender,",
        "Good day,",
        "Hello and thank you,",
    ],
    "human_greet": [
        "Hi {VFIRST},",
        "Hello {VFIRST},",
        "{VFIRST},",
        "Dear {VFIRST},",
        "Hey {VFIRST},",
    ],
    "reply_prefix": ["Re: ", "RE: ", "Re: "],
    "ooo_subject": [
        "Out of Office: {S}",
        "Automatic reply: {S}",
        "Auto: {S}",
        "Out of office",
        "Away from the office",
        "Autoreply: {S}",
        "On leave",
        "Re: {S}",
    ],
    "ooo_open": [
        "Thank you for your email.",
        "Thanks for your message.",
        "Thanks for getting in touch.",
        "Many thanks for reaching out.",
        "This is an automatic reply.",
        "I appreciate your note.",
    ],
    "ooo_absence": [
        ("I am out of the office until {D} with limited access to email.", "until"),
        ("I'm currently on annual leave and will be back on {D}.", "back"),
        ("I am away from {D1} to {D} inclusive.", "range"),
        ("I'm on vacation through {D} and won't be checking messages.", "incl"),
        ("I'm travelling for work and will return to the office on {W}.", "wd_back"),
        ("I am out of the office today and back tomorrow.", "tomorrow"),
        ("I am currently away on parental leave.", "none"),
        (
            "I'm attending a conference this week and will have very limited access to email.",
            "none",
        ),
        ("I'm out of office on {D1} – {D}.", "range"),
        ("I am on holiday and will return on {D}.", "back"),
        ("I'm off until {W} and replying to email only sporadically.", "wd_until"),
        ("I'm away on business and returning {D}.", "back"),
        ("I'm on leave, returning to work on {D}.", "back"),
        ("I'm out sick and expect to be back on {W}.", "wd_back"),
        ("I'm away through {W}.", "wd_incl"),
        ("I'll be out of the office from {D1}, returning {D}.", "back"),
        ("Our office is closed for the holidays until {D}.", "until"),
        ("I am on a training course until {D}.", "until"),
    ],
    "ooo_short": [
        ("OOO until {D}.", "until"),
        ("Out of office, back {D}.", "back"),
        ("Away until {W}, no email access.", "wd_until"),
        ("I'm away from my desk at the moment. I'll reply when I'm back.", "none"),
        ("Currently on leave. Back {D}.", "back"),
        ("Out {D1}–{D}. Will respond on my return.", "range"),
    ],
    "ooo_alt": [
        "For anything urgent, please contact {ALT}.",
        "If your matter cannot wait, {ALT} will be happy to help.",
        "In my absence please reach out to {ALT}.",
        "Urgent requests: {ALT}.",
        "For sales questions please email {ALT} instead.",
    ],
    "ooo_close": [
        "I will respond to your message as soon as possible after my return.",
        "Your email will not be forwarded.",
        "I'll get back to you when I'm back.",
        "Please expect a delay in my response.",
        "Thank you for your patience.",
    ],
    "ack_subject": [
        "We've received your request [#{TICKET}]",
        "Re: {S} [Ticket #{TICKET}]",
        "Thank you for contacting {COMPANY}",
        "Your message has been received",
        "Request received: {S}",
        "Automatic reply: {S}",
    ],
    "ack": [
        "Thank you for contacting {COMPANY}. This is an automated confirmation that we received your message. A member of our team will respond within two business days.\n\nYour reference number is {TICKET}. Please keep it in the subject line of any follow-up.",
        "Hello,\n\nWe have received your email and created ticket #{TICKET}. Our support hours are Monday to Friday, 9am to 5pm. You will hear from us shortly.\n\n{COMPANY} Customer Care",
        "Your message to our sales inbox has arrived. We aim to answer all enquiries within 24 hours on working days.\n\nThis mailbox is monitored; no need to resend.",
        "Thanks for writing to the {COMPANY} accounts payable team. Invoices sent to this address are processed automatically. Please do not reply to this message.",
        "We got your email! Someone from the {COMPANY} team will get back to you as soon as possible. In the meantime, you may find answers in our help centre: {URL}",
        "This is an automatic acknowledgement. Your request (ref. {TICKET}) has been logged and assigned to the next available agent.",
    ],
    "gone_subject": [
        "Automatic reply: {S}",
        "{FULL} is no longer with {COMPANY}",
        "Undeliverable: mailbox no longer monitored",
        "Mailbox no longer in use",
        "Re: {S}",
    ],
    "gone": [
        "{FULL} is no longer with {COMPANY}. This mailbox is not monitored. Please direct your enquiries to {ALT}.",
        "Thank you for your email. I have left {COMPANY} and this address will be deactivated shortly. For anything related to my former role please contact {ALT}.",
        "This email address is no longer in use. Your message has not been forwarded. For procurement matters, please write to {ALT}.",
        (
            "Please note that {FULL} left the company on {D}. Messages to this mailbox are not read. Kindly update your records and contact {ALT}.",
            "past",
        ),
        "I have moved on from {COMPANY} to a new role. Going forward, {ALT} will be your contact.",
        "This mailbox has been retired. Please use our main address instead: {ALT}.",
    ],
    "newsletter": [
        (
            "{COMPANY} Monthly: what's new this spring",
            "Hello,\n\nHere's your monthly update from {COMPANY}.\n\n- Our new warehouse in Leeds opens on {D}.\n- Customer webinar: planning for peak season.\n- Meet the team behind our mobile app.\n\nRead more: {URL}\n\nYou are receiving this email because you subscribed to our newsletter. Unsubscribe or update your preferences at any time.",
        ),
        (
            "Invitation: Industry breakfast on {D}",
            "Join us for breakfast and a short panel on supply chain resilience on {D} at our London office.\n\nSeats are limited, register here: {URL}\n\nDon't want these emails? Unsubscribe.",
        ),
        (
            "Your weekly digest",
            "Top stories this week:\n\n1. How retailers are rethinking returns\n2. Five questions to ask your payments provider\n3. Holiday opening hours: we are closed until {D}\n\nManage your subscription: {URL}",
        ),
        (
            "Product update: new reporting dashboard",
            "We've shipped a redesigned reporting dashboard. Highlights: scheduled exports, custom date ranges and team sharing.\n\nSee what's changed: {URL}\n\nYou received this message as a registered user of {COMPANY}. To stop receiving product news, click unsubscribe.",
        ),
    ],
    "human": [
        (
            "Thanks for the note. I'm on holiday until {D} - can we talk after that?",
            "until",
            "away",
        ),
        (
            "I'm out this week, back on {W}. Happy to pick this up then.",
            "wd_back",
            "away",
        ),
        (
            "Quick reply from my phone: I'm travelling {D1}–{D}, let's find a slot the week after.",
            "range",
            "away",
        ),
        (
            "I'm on paternity leave at the moment so responses will be slow. Ping me again in a few weeks?",
            "away",
            "away",
        ),
        (
            "I am no longer working on the ERP project, but {ALT} can help you with it.",
            "none",
            "hard_negative",
        ),
        (
            "We are no longer with our old vendor, so the timing is good. Could you send a quote for 40 seats?",
            "none",
            "hard_negative",
        ),
        (
            "Just back from two weeks of vacation and catching up. Tuesday at 10 works for a call.",
            "none",
            "hard_negative",
        ),
        (
            "Our offices close for the holidays from {D1} to {D}, so it would be great to get the contract signed before then.",
            "note",
            "hard_negative",
        ),
        (
            "Thanks, this looks interesting. Can you send over pricing and a short case study from a retailer our size?",
            "none",
            "reply",
        ),
        (
            "Not interested at this time, please remove me from your list.",
            "none",
            "reply",
        ),
        (
            "Hi, I'm not the right person for this. You'll want to speak with {ALT}, who runs our logistics team.",
            "none",
            "reply",
        ),
        ("Sure, let's do a call on {D}. Does 2pm UK time work?", "note", "reply"),
        (
            "We already signed with a competitor last quarter. Maybe check back next year.",
            "none",
            "reply",
        ),
        (
            "Can you clarify whether the price includes onboarding? Our budget review is on {D}.",
            "note",
            "hard_negative",
        ),
        (
            "Apologies for the slow reply, I was out last week. Yes, please send the proposal.",
            "none",
            "hard_negative",
        ),
    ],
    "outgoing": [
        (
            "Reducing failed deliveries at {COMPANY}",
            "Hi {PFIRST},\n\nWe help logistics teams cut failed first-attempt deliveries by around 18%. Would a 20-minute call next week be useful?\n\nBest,",
        ),
        (
            "Quick question about your reporting",
            "Hi {PFIRST},\n\nHow does your team pull together the weekly revenue report today? We built {VCOMPANY} to automate it from your CRM. Happy to show you a two-minute demo.\n\nThanks,",
        ),
        (
            "Following up: pricing overview",
            "Hello {PFIRST},\n\nAs promised, attached is the pricing overview for 25-100 users. Let me know if you'd like to walk through it together.\n\nKind regards,",
        ),
    ],
    "quote_on": "On {date}, {name} <{addr}> wrote:",
    "quote_date": [
        "{wd_abbr}, {d} {month_abbr} {y} at {H}:{M}",
        "{wd_abbr}, {month_abbr} {d}, {y} at {H}:{M}",
        "{d} {month} {y}, at {H}:{M}",
    ],
    "outlook": ("From", "Sent", "To", "Subject"),
    "outlook_date": ["{wd}, {month} {d}, {y} {H}:{M}", "{wd}, {d} {month} {y} {H}:{M}"],
    "disclaimers": [
        "CONFIDENTIALITY NOTICE: This email and any attachments are for the exclusive and confidential use of the intended recipient. If you are not the intended recipient, please notify the sender and delete this message.",
        "Registered in England and Wales No. 07384512. Registered office: 221 Tower Street, London EC3R 5AR.",
        "Please consider the environment before printing this email.",
    ],
    "footer_events": [
        "Visit {COMPANY} at the Retail Expo, stand B14, on {D}.",
        "Our new office opens on {D}.",
    ],
    "bounce": {
        "subject": "Undeliverable: ",
        "line": "Your message to the following recipient couldn't be delivered.",
        "hint": "The email address couldn't be found, or the recipient's mailbox is unavailable.",
        "delay_subject": "Delivery delayed: ",
        "delay_line": "Delivery is delayed to these recipients or groups. This is an automatically generated message; no action is required. We'll keep trying to deliver your message.",
    },
    "content_language": "en-US",
}
# fmt: on

# More ways of saying it: compact ranges, relative weekdays, dated subjects.
LANG["compact_range"] = "{d1}–{d} {month}"
LANG["ooo_subject_dated"] = [
    "Out of office until {D}",
    "Away - back {D}",
    "OOO until {D}: {S}",
]
LANG["ooo_absence"] += [
    ("I'm on leave {R} with no access to email.", "range"),
    ("I'm back next {W} and will catch up on messages then.", "wd_next"),
    (
        "I'm currently travelling with patchy signal and will be back at my desk on {D}.",
        "back",
    ),
    (
        "Note: I'm on holiday until {D}. Messages sent in the meantime will be read after my return.",
        "until",
    ),
]
LANG["ooo_alt"] += ["For sales enquiries please contact {ALT}; for invoices, {ALT2}."]
LANG["human"] += [
    (
        "Out at a customer site all week, back in the office next {W}. Can you send the deck so I can read it on the train?",
        "wd_next",
        "away",
    ),
    (
        "I'll be off {R}, so let's aim for the week after. Send me a few slots?",
        "range",
        "away",
    ),
    (
        "We had our team offsite last week, so sorry for the delay. The numbers look reasonable; can you include SSO in the quote?",
        "none",
        "hard_negative",
    ),
    (
        "I'm leaving for vacation tomorrow, so please send the contract today and I'll sign it before I go.",
        "none",
        "hard_negative",
    ),
    (
        "Thanks for your patience. Our CFO is out until {D}, so the decision will wait until then.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Hi there! Thanks for your email to the {COMPANY} sales team. Due to high demand, replies may take up to three working days. Your reference: {TICKET}.",
    "Your request has been received and forwarded to the appropriate department. You don't need to do anything else. Please quote {TICKET} in any correspondence.",
]
LANG["newsletter"] += [
    [
        "Reminder: your webinar starts soon",
        "Hello,\n\nThis is a reminder that the webinar \"Planning for 2026\" starts on {D} at 3pm. Join link: {URL}\n\nCan't make it? We'll send the recording.\n\nUnsubscribe from event reminders",
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "the {d}{ord}"
LANG["ooo_absence"] += [
    ["I'm away until {D_day} and will reply then.", "until"],
    ["Back on {D_day}.", "back"],
]
LANG["human"] += [
    ["Off on holiday till {D_day}. Could we pick this up after that?", "until", "away"]
]


def _ordinal(day: int) -> dict[str, str]:
    suffix = (
        "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    )
    return {"ord": suffix}


LANG["day_suffixes"] = _ordinal

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    [
        "{FULL} is out of the office until {D} and will respond to your message on return.",
        "until",
    ],
    ["Please note that {FULL} is on leave and returns on {D}.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    [
        "I've forwarded your email to {ALT}, who handles purchasing for our region.",
        "none",
        "reply",
    ],
    [
        "What does it cost per user per month, roughly? We're about 60 people.",
        "none",
        "reply",
    ],
    [
        "Sorry, I was off sick most of last week and am only seeing this now. Tuesday afternoon works if you're free.",
        "none",
        "hard_negative",
    ],
]
