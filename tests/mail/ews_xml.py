"""SOAP answers of the loopback EWS server, and the data it serves."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

if TYPE_CHECKING:
    from .ews_server import EwsServer

M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
S = "http://schemas.xmlsoap.org/soap/envelope/"
ERRORS = "http://schemas.microsoft.com/exchange/services/2006/errors"


@dataclass
class Item:
    """One Inbox item as the server stores it."""

    item_id: str
    received: datetime  # aware
    subject: str = "Automatic reply: hello"
    sender: str = "ada@buyer.example"
    to: tuple[str, ...] = ("sam@seller.example",)
    item_class: str = "IPM.Note.Rules.OofTemplate.Microsoft"
    message_id: str | None = None
    in_reply_to: str | None = None
    references: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    text_body: str | None = "I am out of the office until Monday."
    html_body: str | None = None
    corrupt: bool = False  # GetItem answers ErrorCorruptData for it
    bad_date: bool = False  # DateTimeReceived the client cannot parse


@dataclass
class Fault:
    """Answer the next `times` requests (None: all) to `op` (None: any) badly."""

    mode: str  # "busy" (ErrorServerBusy SOAP fault), "http500" (bare 500), "hang"
    op: str | None = None
    times: int | None = 1
    backoff_ms: int = 50
    hang_seconds: float = 3.0


@dataclass
class Oof:
    state: str = "Disabled"  # Enabled, Scheduled, Disabled
    start: str = "2026-11-20T00:00:00Z"
    end: str = "2026-11-30T00:00:00Z"
    reply: str = ""


def envelope(inner: str) -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="{S}" '
        f'xmlns:m="{M}" xmlns:t="{T}"><s:Header><t:ServerVersionInfo '
        'MajorVersion="15" MinorVersion="1" MajorBuildNumber="2507" '
        'MinorBuildNumber="6" Version="V2017_07_11"/></s:Header>'
        f"<s:Body>{inner}</s:Body></s:Envelope>"
    )


def fault(code: str, text: str, extra: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="{S}"><s:Body>'
        "<s:Fault><faultcode>a:" + code + "</faultcode>"
        f"<faultstring>{escape(text)}</faultstring><detail>"
        f'<e:ResponseCode xmlns:e="{ERRORS}">{code}</e:ResponseCode>'
        f'<e:Message xmlns:e="{ERRORS}">{escape(text)}</e:Message>{extra}'
        "</detail></s:Fault></s:Body></s:Envelope>"
    )


def busy_fault(backoff_ms: int) -> str:
    # What Exchange sends when the throttling budget is spent (EWS throttling docs)
    extra = (
        f'<t:MessageXml xmlns:t="{T}"><t:Value Name="BackOffMilliseconds">'
        f"{backoff_ms}</t:Value></t:MessageXml>"
    )
    return fault(
        "ErrorServerBusy", "The server cannot service this request right now.", extra
    )


def _ok(op: str, inner: str, container: str | None = None) -> str:
    tag = container or f"{op}ResponseMessage"
    return (
        f'<m:{op}Response><m:ResponseMessages><m:{tag} ResponseClass="Success">'
        f"<m:ResponseCode>NoError</m:ResponseCode>{inner}</m:{tag}>"
        f"</m:ResponseMessages></m:{op}Response>"
    )


def _get_folder(server: EwsServer, body: etree._Element) -> str:
    messages = []
    for folder in body.iter(f"{{{T}}}DistinguishedFolderId"):
        name = folder.get("Id")
        messages.append(
            '<m:GetFolderResponseMessage ResponseClass="Success">'
            "<m:ResponseCode>NoError</m:ResponseCode><m:Folders><t:Folder>"
            f'<t:FolderId Id="folder-{name}" ChangeKey="ck-{name}"/>'
            f"<t:FolderClass>IPF.Note</t:FolderClass><t:DisplayName>{name}</t:DisplayName>"
            f"<t:TotalCount>{len(server.items)}</t:TotalCount><t:ChildFolderCount>0"
            "</t:ChildFolderCount><t:UnreadCount>0</t:UnreadCount></t:Folder>"
            "</m:Folders></m:GetFolderResponseMessage>"
        )
    return _wrap("GetFolder", messages)


def _find_item(server: EwsServer, body: etree._Element) -> str:
    view = body.find(f"{{{M}}}IndexedPageItemView")
    offset, size = int(view.get("Offset")), int(view.get("MaxEntriesReturned"))
    matching = [i for i in server.items if _matches(i, body)]
    # Within one received second the order is the server's own: not by id.
    matching.sort(key=lambda i: (i.received, hashlib.md5(i.item_id.encode()).digest()))
    page = matching[offset : offset + size]
    last = offset + len(page) >= len(matching)
    ids = "".join(
        f'<t:Message><t:ItemId Id="{i.item_id}" ChangeKey="ck"/></t:Message>'
        for i in page
    )
    root = (
        f'<m:RootFolder IndexedPagingOffset="{offset + len(page)}" '
        f'TotalItemsInView="{len(matching)}" '
        f'IncludesLastItemInRange="{str(last).lower()}">'
        f"<t:Items>{ids}</t:Items></m:RootFolder>"
    )
    return _ok("FindItem", root)


def _matches(item: Item, body: etree._Element) -> bool:
    restriction = body.find(f"{{{M}}}Restriction")
    if restriction is None:
        return True
    for op, check in (
        ("IsGreaterThanOrEqualTo", lambda a, b: a >= b),
        ("IsGreaterThan", lambda a, b: a > b),
    ):
        node = restriction.find(f".//{{{T}}}{op}")
        if node is not None:
            value = node.find(f".//{{{T}}}Constant").get("Value")
            return check(
                item.received, datetime.fromisoformat(value.replace("Z", "+00:00"))
            )
    raise AssertionError(f"unexpected restriction {etree.tostring(restriction)!r}")


def _get_item(server: EwsServer, body: etree._Element) -> str:
    by_id = {i.item_id: i for i in server.items}
    messages = []
    for ref in body.iter(f"{{{T}}}ItemId"):
        item = by_id[ref.get("Id")]
        if item.corrupt:
            messages.append(
                '<m:GetItemResponseMessage ResponseClass="Error"><m:MessageText>'
                "The item is corrupt.</m:MessageText><m:ResponseCode>ErrorCorruptData"
                "</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>"
                "<m:Items/></m:GetItemResponseMessage>"
            )
            continue
        messages.append(
            '<m:GetItemResponseMessage ResponseClass="Success"><m:ResponseCode>NoError'
            f"</m:ResponseCode><m:Items>{_message_xml(item)}</m:Items></m:GetItemResponseMessage>"
        )
    return _wrap("GetItem", messages)


def _mailbox(address: str) -> str:
    return (
        f"<t:Mailbox><t:Name>{escape(address)}</t:Name><t:EmailAddress>"
        f"{escape(address)}</t:EmailAddress><t:RoutingType>SMTP</t:RoutingType>"
        "</t:Mailbox>"
    )


def _wrap(op: str, messages: list[str]) -> str:
    inner = "".join(messages)
    return (
        f"<m:{op}Response><m:ResponseMessages>{inner}</m:ResponseMessages>"
        f"</m:{op}Response>"
    )


def _message_xml(item: Item) -> str:
    received = (
        "garbage" if item.bad_date else item.received.strftime("%Y-%m-%dT%H:%M:%SZ")
    )
    headers = "".join(
        f"<t:InternetMessageHeader HeaderName={quoteattr(k)}>{escape(v)}"
        "</t:InternetMessageHeader>"
        for k, v in item.headers.items()
    )
    parts = [
        f'<t:ItemId Id="{item.item_id}" ChangeKey="ck"/>',
        f"<t:ItemClass>{item.item_class}</t:ItemClass>",
        f"<t:Subject>{escape(item.subject)}</t:Subject>",
        f"<t:DateTimeReceived>{received}</t:DateTimeReceived>",
        f"<t:DateTimeSent>{item.received.strftime('%Y-%m-%dT%H:%M:%SZ')}</t:DateTimeSent>",
        f"<t:InternetMessageHeaders>{headers}</t:InternetMessageHeaders>"
        if headers
        else "",
        f"<t:From>{_mailbox(item.sender)}</t:From><t:Sender>{_mailbox(item.sender)}</t:Sender>",
        f"<t:ToRecipients>{''.join(_mailbox(a) for a in item.to)}</t:ToRecipients>",
    ]
    if item.html_body is not None:
        parts.append(f'<t:Body BodyType="HTML">{escape(item.html_body)}</t:Body>')
    elif item.text_body is not None:
        parts.append(f'<t:Body BodyType="Text">{escape(item.text_body)}</t:Body>')
    if item.text_body is not None:
        parts.append(
            f'<t:TextBody BodyType="Text">{escape(item.text_body)}</t:TextBody>'
        )
    for tag, value in (
        ("InternetMessageId", item.message_id),
        ("InReplyTo", item.in_reply_to),
        ("References", item.references),
    ):
        if value:
            parts.append(f"<t:{tag}>{escape(value)}</t:{tag}>")
    return f"<t:Message>{''.join(parts)}</t:Message>"


def _get_user_oof_settings(server: EwsServer, body: etree._Element) -> str:
    address = body.findtext(f".//{{{T}}}Address")
    oof = server.oof.get(address.lower())
    if oof is None:
        return (
            '<m:GetUserOofSettingsResponse><m:ResponseMessage ResponseClass="Error">'
            "<m:MessageText>Access is denied.</m:MessageText>"
            "<m:ResponseCode>ErrorAccessDenied</m:ResponseCode></m:ResponseMessage>"
            "</m:GetUserOofSettingsResponse>"
        )
    return (
        '<m:GetUserOofSettingsResponse><m:ResponseMessage ResponseClass="Success">'
        "<m:ResponseCode>NoError</m:ResponseCode></m:ResponseMessage>"
        f"<t:OofSettings><t:OofState>{oof.state}</t:OofState>"
        "<t:ExternalAudience>All</t:ExternalAudience>"
        f"<t:Duration><t:StartTime>{oof.start}</t:StartTime><t:EndTime>{oof.end}</t:EndTime></t:Duration>"
        f"<t:InternalReply><t:Message>{escape(oof.reply)}</t:Message></t:InternalReply>"
        f"<t:ExternalReply><t:Message>{escape(oof.reply)}</t:Message></t:ExternalReply>"
        "</t:OofSettings><m:AllowExternalOof>All</m:AllowExternalOof>"
        "</m:GetUserOofSettingsResponse>"
    )


def _get_mail_tips(server: EwsServer, body: etree._Element) -> str:
    messages = []
    for mailbox in body.find(f"{{{M}}}Recipients"):
        address = mailbox.findtext(f"{{{T}}}EmailAddress")
        oof = server.tips.get(address.lower(), Oof())
        duration = (
            f"<t:Duration><t:StartTime>{oof.start}</t:StartTime><t:EndTime>{oof.end}</t:EndTime></t:Duration>"
            if oof.state == "Scheduled" else ""
        )  # fmt: skip
        reply = escape(oof.reply) if oof.state != "Disabled" else ""
        messages.append(
            '<m:MailTipsResponseMessageType ResponseClass="Success">'
            "<m:ResponseCode>NoError</m:ResponseCode><m:MailTips>"
            f"<t:RecipientAddress><t:Name/><t:EmailAddress>{escape(address)}</t:EmailAddress>"
            "<t:RoutingType>SMTP</t:RoutingType></t:RecipientAddress>"
            "<t:PendingMailTips/><t:OutOfOffice>"
            f"<t:ReplyBody><t:Message>{reply}</t:Message></t:ReplyBody>{duration}"
            "</t:OutOfOffice></m:MailTips></m:MailTipsResponseMessageType>"
        )
    return (
        '<m:GetMailTipsResponse ResponseClass="Success"><m:ResponseCode>NoError'
        f"</m:ResponseCode><m:ResponseMessages>{''.join(messages)}</m:ResponseMessages>"
        "</m:GetMailTipsResponse>"
    )


def _sync_folder_items(server: EwsServer, body: etree._Element) -> str:
    """Creates in arrival order; the state is how many items were delivered."""
    state = body.findtext(f"{{{M}}}SyncState")
    start = int(state.removeprefix("s-")) if state else 0
    size = int(body.findtext(f"{{{M}}}MaxChangesReturned") or 100)
    page = server.items[start : start + size]
    end = start + len(page)
    creates = "".join(
        f'<t:Create><t:Message><t:ItemId Id="{i.item_id}" ChangeKey="ck"/>'
        f"<t:DateTimeReceived>{i.received.strftime('%Y-%m-%dT%H:%M:%SZ')}"
        "</t:DateTimeReceived></t:Message></t:Create>"
        for i in page
    )
    last = str(end >= len(server.items)).lower()
    inner = (
        f"<m:SyncState>s-{end}</m:SyncState>"
        f"<m:IncludesLastItemInRange>{last}</m:IncludesLastItemInRange>"
        f"<m:Changes>{creates}</m:Changes>"
    )
    return _ok("SyncFolderItems", inner)


ANSWERS = {
    "SyncFolderItems": _sync_folder_items,
    "GetFolder": _get_folder,
    "FindItem": _find_item,
    "GetItem": _get_item,
    "GetUserOofSettings": _get_user_oof_settings,
    "GetUserOofSettingsRequest": _get_user_oof_settings,
    "GetMailTips": _get_mail_tips,
}
