"""The content library: loading, validation errors, and what `suggest` picks."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from models.domain import Person
from rules.features.content import (
    TOPICS,
    Asset,
    ContentError,
    asset_from_mapping,
    load_library,
    suggest,
)

STAGES = (
    "lead",
    "prospect_1",
    "prospect_2",
    "mql",
    "sql",
    "opportunity",
    "quote",
    "customer_onboarding",
    "customer_adoption",
    "renewal",
    "churn_risk",
)
PERSONAS = (
    "economic_buyer",
    "technical_evaluator",
    "security_reviewer",
    "operations_leader",
    "program_owner",
    "procurement",
    "end_user",
    "line_of_business",
)
POSITIONS = (
    "decision_maker",
    "champion",
    "influencer",
    "evaluator",
    "gatekeeper",
    "procurement",
    "user",
    "blocker",
)
LANGUAGES = ("en", "de", "fr", "es", "nl", "pt", "it")
CORE = ("regulatory-faq", "integration-guide", "security-overview", "roi-model")
CORE += ("procurement-pack", "onboarding-checklist", "renewal-review")


def make_asset(asset_id: str, **fields: Any) -> Asset:
    data: dict[str, Any] = {
        "id": asset_id,
        "title": asset_id.replace("-", " ").capitalize(),
        "url": f"https://content.example.com/{asset_id}",
        "why": f"why {asset_id}",
        "stages": ["mql"],
    }
    return asset_from_mapping(data | fields)


def person(**fields: Any) -> Person:
    return Person(id=1, email="ada@buyer.example", first_name="Ada", **fields)


LIBRARY = (
    make_asset("security", personas=["security_reviewer"], topics=["security"]),
    make_asset("integration", personas=["technical_evaluator"], topics=["integration"]),
    make_asset("roi", personas=["economic_buyer", "line_of_business"], topics=["roi"]),
    make_asset("champion-kit", positions=["champion"], personas=["program_owner"]),
    make_asset("generic", topics=["operations"]),
    make_asset("pricing", stages=["opportunity", "quote"], personas=["economic_buyer"]),
    make_asset(
        "ops-de",
        personas=["operations_leader"],
        languages={
            "en": None,
            "de": {
                "title": "Betriebs-Playbook",
                "why": "zeigt, was sich am ersten Tag ändert",
                "url": "https://content.example.com/de/ops",
            },
        },
    ),
)


def ids(found: tuple[Any, ...]) -> list[str | None]:
    return [s.asset_id for s in found]


# --- the default library -----------------------------------------------------------


def test_default_library_is_realistic_and_valid() -> None:
    library = load_library()
    assert len(library) >= 30
    assert len({a.id for a in library}) == len(library)
    assert all(a.url.startswith("https://content.example.com/") for a in library)
    assert all(a.next_steps and a.summary for a in library)


def test_default_library_uses_the_default_framework_ids() -> None:
    for asset in load_library():
        assert set(asset.stages) <= set(STAGES), asset.id
        assert set(asset.personas) <= set(PERSONAS), asset.id
        assert set(asset.positions) <= set(POSITIONS), asset.id
        assert set(asset.topics) <= set(TOPICS), asset.id


@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_offers_at_least_three_assets(stage: str) -> None:
    assert sum(stage in a.stages for a in load_library()) >= 3


@pytest.mark.parametrize("asset_id", CORE)
def test_core_assets_are_translated_into_every_language(asset_id: str) -> None:
    asset = next(a for a in load_library() if a.id == asset_id)
    for language in LANGUAGES[1:]:
        assert asset.languages.get(language) is not None, language


def test_every_persona_and_topic_is_covered() -> None:
    library = load_library()
    assert {p for a in library for p in a.personas} == set(PERSONAS)
    assert {t for a in library for t in a.topics} == set(TOPICS)


def test_security_reviewer_gets_the_security_overview_first() -> None:
    contact = person(persona="security_reviewer", stage="sql")
    found = suggest(
        load_library(), contact=contact, language="en", exclude_urls=frozenset()
    )
    assert found[0].asset_id == "security-overview"
    assert found[0].why == (
        "Security overview — answers the confidentiality questions a security "
        "reviewer raises before a pilot"
    )


# --- ranking -----------------------------------------------------------------------

RANKING = [
    pytest.param({"persona": "security_reviewer"}, set(), "security", id="persona"),
    pytest.param({"persona": "economic_buyer"}, set(), "roi", id="persona, not stage"),
    pytest.param({"position": "champion"}, set(), "champion-kit", id="position"),
    pytest.param({}, {"integration"}, "integration", id="topic of the message"),
    pytest.param(
        {"persona": "economic_buyer"}, {"integration"}, "roi", id="persona over topic"
    ),
    pytest.param(
        {"persona": "economic_buyer", "stage": "quote"}, set(), "pricing", id="stage"
    ),
]


@pytest.mark.parametrize(("fields", "topics", "first"), RANKING)
def test_ranking(fields: dict[str, str], topics: set[str], first: str) -> None:
    contact = person(**({"stage": "mql"} | fields))
    found = suggest(
        LIBRARY,
        contact=contact,
        language="en",
        exclude_urls=frozenset(),
        topics=frozenset(topics),
    )
    assert found[0].asset_id == first


def test_never_an_asset_for_another_stage() -> None:
    contact = person(persona="economic_buyer", stage="mql")
    found = suggest(LIBRARY, contact=contact, language="en", exclude_urls=frozenset())
    assert "pricing" not in ids(found)
    quote = suggest(
        LIBRARY,
        contact=person(persona="economic_buyer", stage="quote"),
        language="en",
        exclude_urls=frozenset(),
    )
    assert ids(quote) == ["pricing"]


def test_generic_assets_beat_assets_for_another_persona() -> None:
    contact = person(persona="end_user", stage="mql")
    found = suggest(LIBRARY, contact=contact, language="en", exclude_urls=frozenset())
    assert found[0].asset_id == "generic"


def test_at_most_limit_suggestions() -> None:
    contact = person(persona="security_reviewer", stage="mql")
    common = {"contact": contact, "language": "en", "exclude_urls": frozenset()}
    assert len(suggest(LIBRARY, **common)) == 3
    assert len(suggest(load_library(), **common)) == 3
    assert len(suggest(LIBRARY, **common, limit=1)) == 1
    assert suggest(LIBRARY, **common, limit=0) == ()


def test_order_does_not_depend_on_the_library_order() -> None:
    contact = person(persona="technical_evaluator", stage="mql")
    shuffled = list(LIBRARY)
    random.Random(7).shuffle(shuffled)
    args = {"contact": contact, "language": "en", "exclude_urls": frozenset()}
    assert suggest(LIBRARY, **args, limit=10) == suggest(shuffled, **args, limit=10)


def test_a_new_content_revision_is_suggested_at_once() -> None:
    # Rankings and suggestions are kept per library; an edited library (a new tuple
    # from guard/content) must not get the old library's answer.
    contact = person(persona="security_reviewer", stage="mql")
    args = {"contact": contact, "language": "en", "exclude_urls": frozenset()}
    assert ids(suggest(LIBRARY, **args))[0] == "security"
    renamed = make_asset(
        "security-v2", personas=["security_reviewer"], topics=["security"]
    )
    edited = (*(a for a in LIBRARY if a.id != "security"), renamed)
    assert ids(suggest(edited, **args))[0] == "security-v2"
    assert ids(suggest(LIBRARY, **args))[0] == "security"
    sent = frozenset({"https://content.example.com/security"})
    assert "security" not in ids(suggest(LIBRARY, **{**args, "exclude_urls": sent}))


# --- exclusion ---------------------------------------------------------------------

EXCLUDED = [
    pytest.param("https://content.example.com/security", id="exact"),
    pytest.param("https://Content.Example.com/security/", id="host case, slash"),
]


@pytest.mark.parametrize("sent", EXCLUDED)
def test_assets_already_sent_are_never_suggested(sent: str) -> None:
    contact = person(persona="security_reviewer", stage="mql")
    found = suggest(
        LIBRARY, contact=contact, language="en", exclude_urls=frozenset({sent}), limit=9
    )
    assert "security" not in ids(found)
    assert len(found) == len(LIBRARY) - 2  # minus the sent one and the quote-stage one


def test_a_sent_translation_excludes_the_asset() -> None:
    contact = person(persona="operations_leader", stage="mql")
    sent = frozenset({"https://content.example.com/de/ops"})
    found = suggest(LIBRARY, contact=contact, language="en", exclude_urls=sent)
    assert "ops-de" not in ids(found)


# --- languages ---------------------------------------------------------------------


def test_translated_title_and_reason_in_the_contacts_language() -> None:
    contact = person(persona="operations_leader", stage="mql")
    found = suggest(LIBRARY, contact=contact, language="de", exclude_urls=frozenset())
    assert found[0].title == "Betriebs-Playbook"
    assert found[0].url == "https://content.example.com/de/ops"
    assert found[0].why == "Betriebs-Playbook — zeigt, was sich am ersten Tag ändert"


@pytest.mark.parametrize("language", ["pt", "sv"])
def test_falls_back_to_english(language: str) -> None:
    contact = person(persona="operations_leader", stage="mql")
    found = suggest(
        LIBRARY, contact=contact, language=language, exclude_urls=frozenset()
    )
    assert found[0].title == "Ops de"
    assert found[0].url == "https://content.example.com/ops-de"


def test_an_asset_in_the_contacts_language_wins_a_tie() -> None:
    library = (
        make_asset("a-english-only", personas=["end_user"]),
        make_asset("b-also-german", personas=["end_user"], languages=["en", "de"]),
    )
    contact = person(persona="end_user", stage="mql")
    found = suggest(library, contact=contact, language="de", exclude_urls=frozenset())
    assert ids(found) == ["b-also-german", "a-english-only"]


def test_every_default_translation_is_used_for_that_language() -> None:
    contact = person(persona="technical_evaluator", stage="prospect_2")
    for language in LANGUAGES[1:]:
        found = suggest(
            load_library(), contact=contact, language=language, exclude_urls=frozenset()
        )
        assert found[0].asset_id == "integration-guide"
        assert f"/{language}/" in found[0].url


# --- validation --------------------------------------------------------------------

VALID = """\
assets:
  - id: roi-model
    title: ROI model
    url: https://content.example.com/roi
    why: lets finance check the numbers
    stages: [mql]
"""

BROKEN = [
    pytest.param(
        VALID.replace("https://", "http://"),
        "assets[0] (roi-model).url: must be an https:// address",
        id="http url",
    ),
    pytest.param(
        VALID.replace("    url: https://content.example.com/roi\n", ""),
        "assets[0] (roi-model).url: Field required",
        id="missing url",
    ),
    pytest.param(
        VALID + "    topics: [roi, golf]\n",
        "assets[0] (roi-model).topics: unknown topics ['golf']",
        id="unknown topic",
    ),
    pytest.param(
        VALID + "    colour: blue\n",
        "assets[0] (roi-model).colour: Extra inputs are not permitted",
        id="typo in a key",
    ),
    pytest.param(
        VALID + "    languages: {deutsch: {title: ROI, why: weil}}\n",
        "assets[0] (roi-model).languages: ['deutsch'] are not two-letter",
        id="language code",
    ),
    pytest.param(
        VALID + "    languages: {de: {title: ROI-Modell}}\n",
        "assets[0] (roi-model).languages.de.why: Field required",
        id="translation without why",
    ),
    pytest.param(
        VALID.replace("stages: [mql]", "stages: [Prospect 1]"),
        "assets[0] (roi-model).stages: ['Prospect 1'] are not snake_case",
        id="stage id",
    ),
    pytest.param(
        VALID.replace("stages: [mql]", "stages: []"),
        "assets[0] (roi-model).stages:",
        id="no stage",
    ),
    pytest.param(
        VALID + VALID.removeprefix("assets:\n"),
        "assets: duplicate id 'roi-model' (assets[0] and assets[1])",
        id="duplicate id",
    ),
    pytest.param("assets: [\n", "not valid YAML at line", id="yaml syntax"),
    pytest.param("- a\n- b\n", "expected a mapping with an 'assets:' list", id="shape"),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN)
def test_library_errors_name_file_key_and_problem(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "content.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_library(path)
    assert str(error.value).startswith(f"{path}: ")
    assert expected in str(error.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="file not found"):
        load_library(tmp_path / "nope.yaml")


def test_a_valid_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "content.yaml"
    path.write_text(VALID, encoding="utf-8")
    (asset,) = load_library(path)
    assert asset.id == "roi-model"
    assert asset.languages == {"en": None}


# --- rebuilding stored assets ------------------------------------------------------


def test_asset_round_trips_through_a_plain_mapping() -> None:
    for asset in load_library():
        assert asset_from_mapping(asset.model_dump(mode="json")) == asset


def test_a_bad_stored_asset_names_the_asset() -> None:
    with pytest.raises(ContentError, match=r"^asset 'x': stages: Field required"):
        asset_from_mapping(
            {"id": "x", "title": "X", "url": "https://c.example.com/x", "why": "y"}
        )
