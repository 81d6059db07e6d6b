"""Where the guard may POST a CRM callback: https to a public address, nowhere else.

A callback URL is the one place where someone else chooses what the guard connects to.
Left open, an integration could point it at the metadata service of the cloud the guard
runs in, the database's admin port or anything else on the private network. So the
host is resolved when the URL is set and again at every delivery, every address must be
public, and the delivery connects to the very address that was checked: a DNS answer
that changes between the check and the connection (DNS rebinding) cannot redirect it.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from guard.errors import InvalidInput

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# Cloud metadata services answer on addresses some clouds route publicly enough that
# `is_global` alone would not refuse them.
_METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")
)


class UnsafeCallback(InvalidInput):
    type, title = "unsafe-callback-url", "Callback URL not allowed"


@dataclass(frozen=True, slots=True)
class Target:
    """A checked callback: the URL to connect to (the address pinned) and the name
    the TLS certificate and the Host header must carry."""

    url: str
    host: str
    address: IpAddress


def check_callback_url(url: str, *, allow_private: bool) -> Target:
    """The pinned target for `url`, or UnsafeCallback (422) saying what is wrong."""
    parts = urlsplit(url)
    schemes = ("https", "http") if allow_private else ("https",)
    if parts.scheme not in schemes or not parts.hostname:
        raise _unsafe(f"The callback URL must be https://host/path, not {url!r}.")
    if parts.username or parts.password:
        raise _unsafe("The callback URL must not carry a user name or password.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise _unsafe(f"The callback URL has a bad port: {exc}.") from None
    addresses = _resolve(parts.hostname, port)
    if not allow_private:
        for address in addresses:
            if not is_public(address):
                raise _unsafe(
                    f"The callback host {parts.hostname} resolves to {address}, a "
                    "loopback, private, link-local or cloud-metadata address; the "
                    "guard only calls public https endpoints."
                )
    address = addresses[0]
    literal = f"[{address}]" if address.version == 6 else str(address)
    pinned = parts._replace(netloc=f"{literal}:{port}")
    return Target(urlunsplit(pinned), parts.hostname, address)


def is_public(address: IpAddress) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast and address not in _METADATA


def _resolve(host: str, port: int) -> list[IpAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise _unsafe(f"The callback host {host} does not resolve: {exc}.") from None
    # The scope of a link-local IPv6 answer ("fe80::1%eth0") is not part of the address.
    found = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    if not found:
        raise _unsafe(f"The callback host {host} has no address.")
    return found


def _unsafe(detail: str) -> UnsafeCallback:
    return UnsafeCallback(detail, field="callback_url")
