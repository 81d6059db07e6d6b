"""lifecycle.post_purchase: no acquisition messages to customers being onboarded."""

from __future__ import annotations

import pytest

from models.domain import Verdict
from rules.catalogue.lifecycle import PostPurchaseParams, post_purchase
from tests.rules.builders import make_analysis, make_ctx, make_person, make_send


@pytest.mark.parametrize(
    ("stage", "analysis", "fires"),
    [
        pytest.param(
            "customer_onboarding",
            make_analysis(intents=("intro",)),
            True,
            id="cold intro to a new customer",
        ),
        pytest.param(
            "customer_adoption",
            make_analysis(is_bump=True),
            True,
            id="bump to an adopting customer",
        ),
        pytest.param(
            "customer_adoption",
            make_analysis(intents=("breakup",)),
            True,
            id="breakup email to a customer",
        ),
        pytest.param(
            "customer_onboarding",
            make_analysis(intents=("post_sale",)),
            False,
            id="onboarding help",
        ),
        pytest.param(
            "renewal",
            make_analysis(intents=("intro",)),
            False,
            id="renewal is not in the default stages",
        ),
        pytest.param(
            "sql", make_analysis(intents=("intro",)), False, id="prospect gets an intro"
        ),
    ],
)
def test_post_purchase(stage: str, analysis, fires: bool) -> None:
    ctx = make_ctx(contact=make_person(stage=stage))
    found = post_purchase(make_send(), ctx, analysis, PostPurchaseParams())
    assert bool(found) is fires
    assert all(
        f.verdict == Verdict.BLOCK and "onboarding content" in f.message for f in found
    )
