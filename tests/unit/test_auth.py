"""API-key policy shared by the API and the chat UI."""

from __future__ import annotations

from api.auth import key_problem
from rag.settings import Settings


def test_reads_are_open_by_default():
    assert key_problem(Settings(), None, write=False) is None


def test_writes_are_disabled_until_keys_are_configured():
    problem = key_problem(Settings(), "anything", write=True)
    assert problem.status == 403 and "HOIDAP_API_KEYS" in problem.message


def test_missing_wrong_and_right_keys():
    settings = Settings(api_keys=" a1 , ,b2 ")
    assert settings.api_key_list() == ["a1", "b2"]
    assert key_problem(settings, None, write=True).status == 401
    assert key_problem(settings, "a", write=True).status == 403
    assert key_problem(settings, "b2", write=True) is None


def test_reads_can_require_keys():
    settings = Settings(api_keys="a1", require_key_for_read=True)
    assert key_problem(settings, None, write=False).status == 401
    assert key_problem(settings, "a1", write=False) is None
