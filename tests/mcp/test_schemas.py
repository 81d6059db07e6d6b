"""The tools' JSON schemas are the API's own: an agent and an HTTP caller send the
same payloads and read the same answers."""

from __future__ import annotations

from typing import Any

import pytest

from guard.app import create_app
from guard.mcp.server import tool_list
from guard.settings import Settings
from tests.server import TEST_SECRET


@pytest.fixture(scope="module")
def openapi() -> dict[str, Any]:
    return create_app(Settings(env="test", secret_key=TEST_SECRET)).openapi()


@pytest.fixture(scope="module")
def tools() -> dict[str, Any]:
    return {t.name: t for t in tool_list()}


def inline(node: Any, defs: dict[str, Any]) -> Any:
    """The schema with every $ref replaced by what it names (OpenAPI's components
    and Pydantic's $defs differ only in where they keep the shared parts). FastAPI
    leaves out `"default": null`, which says nothing an optional field does not."""
    if isinstance(node, dict):
        if "$ref" in node:
            return inline(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
        return {
            k: inline(v, defs)
            for k, v in node.items()
            if k != "$defs" and not (k == "default" and v is None)
        }
    if isinstance(node, list):
        return [inline(v, defs) for v in node]
    return node


def _api(openapi: dict[str, Any], name: str) -> dict[str, Any]:
    defs = openapi["components"]["schemas"]
    return inline(defs[name], defs)


def _tool(schema: dict[str, Any]) -> dict[str, Any]:
    return inline(schema, schema.get("$defs", {}))


def test_check_send_takes_the_body_of_post_checks(
    openapi: dict[str, Any], tools: dict[str, Any]
) -> None:
    body = openapi["paths"]["/v1/checks"]["post"]["requestBody"]["content"]
    name = body["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    api = _api(openapi, name)
    tool = _tool(tools["check_send"].input_schema)
    record = tool["properties"].pop("record")
    assert tool["properties"] == api["properties"]
    assert tool["required"] == api["required"]
    assert tool["additionalProperties"] is False
    assert record["type"] == "boolean" and record["default"] is False


@pytest.mark.parametrize(
    ("tool", "path", "method"),
    [
        ("check_send", "/v1/checks", "post"),
        ("next_allowed", "/v1/contacts/{ref}/cadence", "get"),
        ("suggest_content", "/v1/contacts/{ref}/suggestions", "get"),
        ("explain_rule", "/v1/rules/{rule_id}", "get"),
    ],
)
def test_tools_answer_what_the_api_answers(
    openapi: dict[str, Any], tools: dict[str, Any], tool: str, path: str, method: str
) -> None:
    answer = openapi["paths"][path][method]["responses"]["200"]["content"]
    name = answer["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    api = _api(openapi, name)
    out = _tool(tools[tool].output_schema)
    assert out["properties"] == api["properties"]


def test_suggest_content_takes_the_api_query(
    openapi: dict[str, Any], tools: dict[str, Any]
) -> None:
    params = openapi["paths"]["/v1/contacts/{ref}/suggestions"]["get"]["parameters"]
    limit = next(p for p in params if p["name"] == "limit")["schema"]
    tool = _tool(tools["suggest_content"].input_schema)
    assert tool["properties"]["limit"] == limit
    assert set(tool["properties"]) == {"contact", "limit"}
