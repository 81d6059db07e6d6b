# ruff: noqa: E501  (mail-system text stays on one line, as those systems write it)
"""Machine-written mail: delivery status notifications and feedback reports.

These are written by mail systems, not people, so they are rendered from their
structure (RFC 3464 delivery-status, RFC 5965 feedback-report, DMARC reports)
in the styles of several real mail systems. The human-readable part of an
Exchange report is in the recipient's language, as Exchange writes it.
"""

from __future__ import annotations

import datetime as dt
import random

from scripts.training_data.inbound.people import digits

HARD = [
    (
        "5.1.1",
        "550",
        "Recipient address rejected: User unknown in virtual mailbox table",
    ),
    ("5.1.1", "550", "The email account that you tried to reach does not exist"),
    (
        "5.1.10",
        "550",
        "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    ),
    ("5.2.1", "550", "Mailbox disabled, not accepting messages"),
    ("5.4.1", "550", "Recipient address rejected: Access denied. AS(201806281)"),
    ("5.7.1", "554", "Message rejected due to local policy"),
    ("5.1.2", "550", "Host or domain name not found. Name service error for name"),
    ("5.0.0", "550", "No such user here"),
]
SOFT = [
    ("5.2.2", "552", "Mailbox full: user is over quota"),
    ("4.2.2", "452", "The email account that you tried to reach is over quota"),
    ("4.4.7", "421", "Message expired, delivery attempts timed out"),
    ("4.7.0", "421", "Temporary System Problem. Try again later"),
]
DELAY = [
    ("4.4.1", "421", "connect to {mx}[{ip}]:25: Connection timed out"),
    ("4.7.1", "451", "Greylisted, please try again in 300 seconds"),
    ("4.3.0", "451", "Temporary local problem - please try later"),
    ("4.4.2", "421", "Connection dropped by remote host"),
]


def rfc2822(when: dt.datetime) -> str:
    return when.strftime("%a, %d %b %Y %H:%M:%S %z")


def _ip(rng: random.Random) -> str:
    return ".".join(str(rng.randint(2, 250)) for _ in range(4))


def _boundary(rng: random.Random) -> str:
    return (
        rng.choice(["", "----=_Part_", "=_", "--"])
        + digits(rng, "#####.##########/")[:-1]
    )


def _original(rng: random.Random, ctx: dict, headers_only: bool) -> str:
    v, p = ctx["vendor"], ctx["prospect"]
    head = (
        f"Return-Path: <{v['addr']}>\n"
        f"Message-ID: <{digits(rng, '##########.#####')}@{v['domain']}>\n"
        f"Date: {rfc2822(ctx['orig_dt'])}\n"
        f"From: {v['name']} <{v['addr']}>\n"
        f"To: {p['addr']}\n"
        f"Subject: {ctx['orig_subject']}\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
    )
    return head if headers_only else head + "\n" + ctx["orig_body"] + "\n"


def _status_part(rng, ctx, host, status, code, text, action) -> str:
    p = ctx["prospect"]
    mx = f"mx{rng.randint(1, 3)}.{p['domain']}"
    text = text.format(mx=mx, ip=_ip(rng))
    part = (
        f"Reporting-MTA: dns; {host}\n"
        + (
            f"X-Postfix-Queue-ID: {digits(rng, '##########')}\n"
            if "postfix" in host
            else ""
        )
        + f"Arrival-Date: {rfc2822(ctx['orig_dt'])}\n\n"
        f"Final-Recipient: rfc822; {p['addr']}\n"
        + (f"Original-Recipient: rfc822;{p['addr']}\n" if rng.random() < 0.5 else "")
        + f"Action: {action}\n"
        f"Status: {status}\n"
        f"Remote-MTA: dns; {mx}\n"
        f"Diagnostic-Code: smtp; {code} {status} {text}\n"
    )
    if action == "delayed":
        until = ctx["sent_dt"] + dt.timedelta(days=rng.choice([1, 2, 5]))
        part += f"Will-Retry-Until: {rfc2822(until)}\n"
    return part, f"{code} {status} {text}", mx


def _readable(rng, ctx, style, lang, action, diag, mx) -> tuple[str, str, str]:
    """(From, Subject, human-readable text) for one mail system's style."""
    p, v = ctx["prospect"], ctx["vendor"]
    host = f"mail.{v['domain']}"
    subj = ctx["orig_subject"]
    if style == "postfix":
        if action == "delayed":
            return (
                f"MAILER-DAEMON@{host} (Mail Delivery System)",
                "Delayed Mail (still being retried)",
                f"This is the mail system at host {host}.\n\n"
                "####################################################################\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                "####################################################################\n\n"
                "Your message could not be delivered for more than 4 hour(s).\n"
                "It will be retried until it is 5 day(s) old.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "                   The mail system\n\n"
                f"<{p['addr']}>: {diag}",
            )
        return (
            f"MAILER-DAEMON@{host} (Mail Delivery System)",
            "Undelivered Mail Returned to Sender",
            f"This is the mail system at host {host}.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            f"<{p['addr']}>: host {mx}[{_ip(rng)}] said: {diag} (in reply to RCPT TO command)",
        )
    if style == "gmail":
        if action == "delayed":
            return (
                "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                "Delivery Status Notification (Delay)",
                "** Message not delivered yet **\n\n"
                f"There was a temporary problem delivering your message to {p['addr']}. "
                "Gmail will retry for 46 more hours. You'll be notified if the delivery "
                "fails permanently.\n\n"
                f"The response was:\n\n{diag}",
            )
        return (
            "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            "Delivery Status Notification (Failure)",
            "** Address not found **\n\n"
            f"Your message wasn't delivered to {p['addr']} because the address couldn't "
            "be found, or is unable to receive mail.\n\n"
            "Learn more at https://support.google.com/mail/?p=NoSuchUser\n\n"
            f"The response from the remote server was:\n{diag}",
        )
    if style == "exim":
        if action == "delayed":
            return (
                f"Mail Delivery System <Mailer-Daemon@{host}>",
                f"Warning: message {digits(rng, '1#####-000###-##')} delayed 24 hours",
                "This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on "
                f"{host}.\n\n"
                f"The message identifier is:     {digits(rng, '1#####-000###-##')}\n"
                f"The subject of the message is: {subj}\n\n"
                "The address to which the message has not yet been delivered is:\n\n"
                f"  {p['addr']}\n    Delay reason: {diag}\n\n"
                "No action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.",
            )
        return (
            f"Mail Delivery System <Mailer-Daemon@{host}>",
            "Mail delivery failed: returning message to sender",
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"  {p['addr']}\n    host {mx} [{_ip(rng)}]\n"
            f"    SMTP error from remote mail server after RCPT TO:<{p['addr']}>:\n"
            f"    {diag}",
        )
    if style == "sendmail":
        verb = (
            "had transient non-fatal errors"
            if action == "delayed"
            else ("had permanent fatal errors")
        )
        subject = (
            "Warning: could not send message for past 4 hours"
            if action == "delayed"
            else ("Returned mail: see transcript for details")
        )
        return (
            f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>",
            subject,
            f"The original message was received at {rfc2822(ctx['orig_dt'])}\n"
            f"from {v['domain']} [{_ip(rng)}]\n\n"
            f"   ----- The following addresses {verb} -----\n<{p['addr']}>\n"
            f"    (reason: {diag})\n\n"
            "   ----- Transcript of session follows -----\n"
            f"... while talking to {mx}.:\n>>> RCPT To:<{p['addr']}>\n<<< {diag}",
        )
    # Exchange / Microsoft 365, in the language of the mailbox that sent the mail.
    b = lang["bounce"]
    if action == "delayed":
        return (
            f"Microsoft Outlook <postmaster@{v['domain']}>",
            f"{b['delay_subject']}{subj}",
            f"{b['delay_line']}\n\n{p['addr']}\n\n"
            f"Diagnostic information for administrators:\n\nGenerating server: "
            f"{digits(rng, 'AM#PR##MB####')}.eurprd0{rng.randint(1, 9)}.prod.outlook.com\n"
            f"{p['addr']}\nRemote Server returned '{diag}'",
        )
    return (
        f"Microsoft Outlook <postmaster@{v['domain']}>",
        f"{b['subject']}{subj}",
        f"{b['line']}\n\n{p['addr']}\n{b['hint']}\n\n"
        "Diagnostic information for administrators:\n\nGenerating server: "
        f"{digits(rng, 'DB#PR##MB####')}.eurprd0{rng.randint(1, 9)}.prod.outlook.com\n\n"
        f"{p['addr']}\nRemote Server returned '{diag}'\n\n"
        "Original message headers:\n",
    )


def bounce(rng: random.Random, ctx: dict, lang: dict, n: int) -> dict:
    """A delivery status notification: hard, soft or delay, in a rotating style."""
    subkind = ["hard", "hard", "soft", "delay", "hard"][n % 5]
    pool = {"hard": HARD, "soft": SOFT, "delay": DELAY}[subkind]
    status, code, text = rng.choice(pool)
    action = "delayed" if subkind == "delay" else "failed"
    style = rng.choice(["postfix", "gmail", "exim", "sendmail", "exchange", "exchange"])
    host = {
        "gmail": "mx.google.com",
        "postfix": f"postfix.mail.{ctx['vendor']['domain']}",
    }.get(style, f"mail.{ctx['vendor']['domain']}")
    status_part, diag, mx = _status_part(rng, ctx, host, status, code, text, action)
    sender, subject, readable = _readable(rng, ctx, style, lang, action, diag, mx)
    b = _boundary(rng)
    headers_only = rng.random() < 0.5
    body = (
        "This is a MIME-encapsulated message.\n\n"
        f"--{b}\nContent-Description: Notification\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"{readable}\n\n"
        f"--{b}\nContent-Description: Delivery report\n"
        "Content-Type: message/delivery-status\n\n"
        f"{status_part}\n"
        f"--{b}\nContent-Description: "
        + (
            "Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
            if headers_only
            else "Undelivered Message\nContent-Type: message/rfc822\n\n"
        )
        + _original(rng, ctx, headers_only)
        + f"\n--{b}--\n"
    )
    headers = {
        "From": sender,
        "To": ctx["vendor"]["addr"],
        "Subject": subject,
        "Date": rfc2822(ctx["sent_dt"]),
        "Auto-Submitted": "auto-replied",
        "MIME-Version": "1.0",
        "Content-Type": f'multipart/report; report-type=delivery-status; boundary="{b}"',
    }
    if style == "exchange":
        headers["X-MS-Exchange-Message-Is-Ndr"] = ""
        headers["Content-Language"] = lang.get("content_language", "en-US")
    if rng.random() < 0.3:
        del headers["Auto-Submitted"]
    return {"headers": headers, "subject": subject, "body": body, "subkind": subkind}


FBL = [
    (
        "Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>",
        "Yahoo!-Mail-Feedback/2.0",
    ),
    ("AOL Feedback Loop <scomp@aol.net>", "AOL SComp"),
    ("Comcast Feedback Loop <feedbackloop@comcast.net>", "ReturnPathFBL/2.0"),
    ("Microsoft JMRP <staff@hotmail.com>", "Microsoft Junk Mail Reporting Program/1.0"),
    ("Mail.Ru FBL <fbl@corp.mail.ru>", "Mail.Ru FBL/1.0"),
    ("Yandex FBL <fbl-noreply@yandex.ru>", "Yandex FBL/1.1"),
    ("Abuse Desk <abuse@{domain}>", "SpamAssassin-FBL/3.4"),
]


def complaint(rng: random.Random, ctx: dict, lang: dict, n: int) -> dict:
    """A spam complaint (feedback loop), a DMARC failure or an aggregate report."""
    v, p = ctx["vendor"], ctx["prospect"]
    subkind = ["abuse", "dmarc_aggregate", "abuse", "dmarc_failure"][n % 4]
    b = _boundary(rng)
    date = rfc2822(ctx["sent_dt"])
    if subkind == "dmarc_aggregate":
        submitter, sender = rng.choice(
            [
                ("google.com", "noreply-dmarc-support@google.com"),
                ("protection.outlook.com", "dmarcreport@microsoft.com"),
                ("yahoo.com", "dmarchelp@yahooinc.com"),
                ("mail.ru", "dmarc_support@corp.mail.ru"),
                (p["domain"], f"dmarc-reports@{p['domain']}"),
            ]
        )
        rid = digits(rng, "####################")
        subject = (
            f"Report domain: {v['domain']} Submitter: {submitter} Report-ID: {rid}"
        )
        fname = f"{submitter}!{v['domain']}!{digits(rng, '##########')}!{digits(rng, '##########')}"
        body = (
            f"--{b}\nContent-Type: text/plain; charset=us-ascii\n\n"
            f"This is an aggregate report from {submitter}.\n\n"
            f"Report domain: {v['domain']}\nSubmitter: {submitter}\nReport-ID: {rid}\n\n"
            f'--{b}\nContent-Type: application/gzip; name="{fname}.xml.gz"\n'
            f'Content-Disposition: attachment; filename="{fname}.xml.gz"\n'
            "Content-Transfer-Encoding: base64\n\n"
            + "".join(
                rng.choice(
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
                )
                for _ in range(76)
            )
            + "\n"
            f"--{b}--\n"
        )
        headers = {
            "From": sender,
            "To": f"dmarc@{v['domain']}",
            "Subject": subject,
            "Date": date,
            "MIME-Version": "1.0",
            "Content-Type": f'multipart/mixed; boundary="{b}"',
        }
        return {
            "headers": headers,
            "subject": subject,
            "body": body,
            "subkind": subkind,
        }
    sender, agent = rng.choice(FBL)
    sender = sender.format(domain=p["domain"])
    if subkind == "dmarc_failure":
        feedback = (
            "Feedback-Type: auth-failure\nUser-Agent: DMARC-Failure-Reporter/1.0\nVersion: 1\n"
            f"Original-Mail-From: <{v['addr']}>\nArrival-Date: {date}\n"
            f"Source-IP: {_ip(rng)}\nReported-Domain: {v['domain']}\nAuth-Failure: dmarc\n"
            f"Authentication-Results: {p['domain']}; dmarc=fail (p=reject dis=none) "
            f"header.from={v['domain']}\n"
        )
        intro = (
            f"This is an authentication failure report for an email message received from "
            f"IP {_ip(rng)} on {date}."
        )
        subject = f"DMARC Failure Report for {v['domain']} (Mail-From: {v['addr']})"
    else:
        feedback = (
            f"Feedback-Type: abuse\nUser-Agent: {agent}\nVersion: 1\n"
            f"Original-Mail-From: <{v['addr']}>\nOriginal-Rcpt-To: <{p['addr']}>\n"
            f"Arrival-Date: {date}\nSource-IP: {_ip(rng)}\nReported-Domain: {v['domain']}\n"
            f"Authentication-Results: mta{rng.randint(1, 9)}.{p['domain']}; "
            f"dkim=pass header.d={v['domain']}\n"
        )
        intro = rng.choice(
            [
                "This is an email abuse report for an email message received on "
                f"{date}. The recipient marked it as spam.",
                f"A user of our service reported the attached message as spam.\n"
                f"Please remove <{p['addr']}> from your mailing lists.",
                "This message is a complaint from one of our customers. For more "
                "information on the feedback loop, see the provider's postmaster pages.",
            ]
        )
        subject = rng.choice(
            ["Abuse Report", f"FW: {ctx['orig_subject']}", "Complaint about message"]
        )
    body = (
        "This is a multi-part message in MIME format.\n\n"
        f"--{b}\nContent-Type: text/plain; charset=utf-8\n\n{intro}\n\n"
        f"--{b}\nContent-Type: message/feedback-report\n\n{feedback}\n"
        f"--{b}\nContent-Type: message/rfc822\nContent-Disposition: inline\n\n"
        + _original(rng, ctx, False)
        + f"\n--{b}--\n"
    )
    headers = {
        "From": sender,
        "To": f"abuse@{v['domain']}",
        "Subject": subject,
        "Date": date,
        "MIME-Version": "1.0",
        "Content-Type": f'multipart/report; report-type=feedback-report; boundary="{b}"',
    }
    return {"headers": headers, "subject": subject, "body": body, "subkind": subkind}
