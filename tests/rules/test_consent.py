"""consent.suppressed: opted out, bounced, do-not-contact lists."""

from __future__ import annotations

import pytest

from models.domain import Suppression, Verdict
from rules.catalogue.consent import ConsentParams, suppressed
from tests.rules.builders import (
    make_account,
    make_analysis,
    make_ctx,
    make_person,
    make_send,
)


@pytest.mark.parametrize(
    ("ctx", "expected"),
    [
        pytest.param(
            make_ctx(contact=make_person(consent="opted_out")),
            "opted out",
            id="opted out",
        ),
        pytest.param(
            make_ctx(contact=make_person(consent="bounced")),
            "hard-bounced",
            id="hard bounce",
        ),
        pytest.param(
            make_ctx(contact=make_person(consent="do_not_contact")),
            "do-not-contact",
            id="contact on the list",
        ),
        pytest.param(
            make_ctx(
                suppressions=(Suppression("domain", "acme.example", "legal hold"),)
            ),
            "domain acme.example: legal hold",
            id="domain on the list",
        ),
        pytest.param(
            make_ctx(account=make_account(do_not_contact=True)),
            "account Acme",
            id="account on the list",
        ),
        pytest.param(make_ctx(), None, id="consent ok"),
    ],
)
def test_consent_suppressed(ctx, expected: str | None) -> None:
    found = suppressed(make_send(), ctx, make_analysis(), ConsentParams())
    if expected is None:
        assert found == []
        return
    [finding] = found
    assert finding.verdict == Verdict.BLOCK and finding.overridable is False
    assert expected in finding.message or any(
        expected in e.text for e in finding.evidence
    )
