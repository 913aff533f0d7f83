"""The OpenAI-compatible endpoint, driven by the official ``openai`` client against the running server."""

from __future__ import annotations

import httpx
import openai
import pytest

from tests.conftest import LIVE_KEY


@pytest.fixture(scope="module")
def client(live_server):
    return openai.OpenAI(base_url=f"{live_server.base}/v1", api_key=LIVE_KEY, max_retries=0, timeout=30)


def test_models_lists_hoidap(client):
    assert [m.id for m in client.models.list()] == ["hoidap"]


def test_completion_carries_markers_and_citations(client):
    reply = client.chat.completions.create(model="hoidap", messages=[
        {"role": "system", "content": "Bạn là trợ lý."},
        {"role": "user", "content": "Kết luận 21-KL/TW được ban hành ngày nào?"}])
    content = reply.choices[0].message.content
    assert reply.object == "chat.completion" and content.startswith("25/10/2021 [1]")
    citations = reply.model_extra["citations"]
    assert citations[0]["n"] == 1 and "25/10/2021" in citations[0]["quote"]
    assert reply.model_extra["grounded"] is True
    # No LLM is configured for this server: the quoted answer, and nothing to warn about.
    assert reply.model_extra["mode"] == "extractive" and reply.model_extra["warning"] == ""


def test_earlier_messages_are_the_history(client):
    reply = client.chat.completions.create(model="hoidap", messages=[
        {"role": "user", "content": "Kết luận 14-KL/TW ban hành ngày nào?"},
        {"role": "assistant", "content": "22/09/2021 [1]"},
        {"role": "user", "content": [{"type": "text", "text": "Nó do cơ quan nào ban hành?"}]}])
    assert reply.choices[0].message.content.startswith("Bộ Chính trị")
    assert all("14-KL/TW" in c["quote"] for c in reply.model_extra["citations"])


def test_streaming_sends_tokens_then_citations(client):
    stream = client.chat.completions.create(model="hoidap", stream=True, messages=[
        {"role": "user", "content": "KL 14 ban hành ngày nào?"}])
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text.startswith("22/09/2021 [1]") and len(chunks) > 5
    final = chunks[-1]
    assert final.choices[0].finish_reason == "stop"
    assert final.model_extra["citations"] and final.model_extra["grounded"] is True
    assert all(c.model_extra.get("citations") is None for c in chunks[:-1])


def test_refusal_has_no_citations(client):
    reply = client.chat.completions.create(model="hoidap", messages=[
        {"role": "user", "content": "Nghị quyết 57-NQ/TW về nội dung gì?"}])
    assert reply.model_extra["grounded"] is False and reply.model_extra["citations"] == []
    assert "57-NQ/TW" in reply.choices[0].message.content


def test_errors_use_openai_shape(client, live_server):
    with pytest.raises(openai.NotFoundError) as err:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "KL 21?"}])
    assert err.value.body["code"] == "model_not_found" and "hoidap" in err.value.body["message"]
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="hoidap", messages=[{"role": "system", "content": "chỉ có hệ thống"}])
    assert "user message" in err.value.body["message"]
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(model="hoidap", messages=[])
    r = httpx.post(f"{live_server.base}/v1/chat/completions", json={"messages": "không phải danh sách"})
    assert r.status_code == 400 and r.json()["error"]["type"] == "invalid_request_error"
