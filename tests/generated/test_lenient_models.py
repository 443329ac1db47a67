"""The generated models decode lazily and leniently, and re-encode without losing anything."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest
from openrouter_api.models import (
    ChatResult,
    ChatStreamChunk,
    ChatStreamDelta,
)
from openrouter_api.types import LazyModel

CHUNK = {
    "id": "gen-1",
    "object": "chat.completion.chunk",
    "created": 1677652288,
    "model": "openai/gpt-4o",
    "choices": [
        {"index": 0, "delta": {"role": "assistant", "content": "Hi"}, "finish_reason": None}
    ],
}


def test_from_dict_wraps_without_decoding_and_fields_decode_on_read() -> None:
    chunk = ChatStreamChunk.from_dict(copy.deepcopy(CHUNK))
    assert "choices" not in vars(chunk)  # nothing decoded yet
    assert chunk.choices[0].delta.content == "Hi"
    assert "choices" in vars(chunk)  # cached after the first read
    assert chunk.choices[0].finish_reason is None
    assert chunk.created == 1677652288


def test_unknown_fields_are_kept_and_survive_to_dict() -> None:
    data = copy.deepcopy(CHUNK)
    data["provider"] = "OpenAI"
    data["choices"][0]["native_finish_reason"] = "STOP"
    data["choices"][0]["delta"]["brand_new"] = {"nested": [1, 2]}
    chunk = ChatStreamChunk.from_dict(copy.deepcopy(data))
    repr(chunk)  # decode everything
    assert chunk.choices[0].delta.additional_properties["brand_new"] == {"nested": [1, 2]}
    assert chunk.to_dict() == data


def test_an_enum_value_the_spec_does_not_list_is_kept_as_a_member() -> None:
    data = copy.deepcopy(CHUNK)
    data["choices"][0]["finish_reason"] = "some_future_reason"
    reason = ChatStreamChunk.from_dict(data).choices[0].finish_reason
    assert reason == "some_future_reason"
    assert str(reason) == "some_future_reason"
    assert type(reason).__name__ != "str"  # an enum member, so isinstance checks keep working


def test_a_missing_field_reads_as_none_and_has_tells_it_from_null() -> None:
    data = copy.deepcopy(CHUNK)
    del data["created"]
    data["system_fingerprint"] = None
    chunk = ChatStreamChunk.from_dict(data)
    assert chunk.created is None
    assert chunk.system_fingerprint is None
    assert not chunk.has("created")  # absent
    assert chunk.has("system_fingerprint")  # present, as null
    assert chunk.has("model")
    assert chunk.to_dict() == data  # the absent key stays absent, the null stays null
    with pytest.raises(AttributeError, match=r"ChatStreamChunk has no field 'cretaed'"):
        chunk.has("cretaed")


def test_a_value_of_an_unexpected_shape_is_kept_as_received() -> None:
    data = copy.deepcopy(CHUNK)
    data["choices"][0]["delta"] = "not an object"
    choice = ChatStreamChunk.from_dict(data).choices[0]
    assert choice.delta == "not an object"
    assert ChatStreamChunk.from_dict(data).to_dict() == data


def test_a_union_variant_is_chosen_by_its_type_even_with_a_required_field_missing() -> None:
    from openrouter_api.models import ResponsesStreamingResponse, TextDeltaEvent

    event = {"type": "response.output_text.delta", "delta": "Hi", "item_id": "m", "output_index": 0}
    decoded = ResponsesStreamingResponse.from_dict({"data": dict(event)}).data
    assert isinstance(decoded, TextDeltaEvent)  # `logprobs` etc. are required but absent
    assert decoded.delta == "Hi"
    assert decoded.logprobs is None
    assert not decoded.has("logprobs")
    unknown = {"type": "response.brand_new_event", "x": 1}
    assert ResponsesStreamingResponse.from_dict({"data": dict(unknown)}).data == unknown


def test_from_dict_rejects_a_non_object_with_a_clear_error() -> None:
    with pytest.raises(TypeError, match=r"ChatResult\.from_dict expects a JSON object, got list"):
        ChatResult.from_dict([])  # type: ignore[arg-type]


def test_models_built_in_code_encode_only_what_was_set() -> None:
    delta = ChatStreamDelta(content="hi")
    assert delta.to_dict() == {"content": "hi"}
    assert isinstance(delta, LazyModel)
    assert delta.role is None  # not given: reads as None, is not sent
    assert (delta.has("content"), delta.has("role")) == (True, False)


def test_a_field_given_as_none_is_sent_as_null_and_del_stops_sending_it() -> None:
    delta = ChatStreamDelta(content=None, role="assistant")
    assert delta.to_dict() == {"content": None, "role": "assistant"}
    delta.reasoning = None  # set after construction: sent too
    assert delta.to_dict() == {"content": None, "role": "assistant", "reasoning": None}
    del delta.content
    assert delta.to_dict() == {"role": "assistant", "reasoning": None}
    assert delta.content is None and not delta.has("content")


def test_to_json_is_the_compact_json_of_to_dict() -> None:
    data = copy.deepcopy(CHUNK)
    data["choices"][0]["delta"]["content"] = "Grüße"
    chunk = ChatStreamChunk.from_dict(copy.deepcopy(data))
    assert chunk.choices[0].delta.content == "Grüße"
    assert chunk.to_json() == json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    assert json.loads(ChatStreamDelta(content="hi").to_json()) == {"content": "hi"}


def test_enum_values_are_their_wire_strings() -> None:
    data = copy.deepcopy(CHUNK)
    data["choices"][0]["finish_reason"] = "stop"
    choice = ChatStreamChunk.from_dict(data).choices[0]
    reason = choice.finish_reason
    assert reason == "stop" and isinstance(reason, str)
    assert str(reason) == f"{reason}" == "stop"  # what print() shows
    assert json.dumps({"reason": reason}) == '{"reason": "stop"}'
    assert json.dumps(ChatStreamChunk.from_dict(data).to_dict()) == json.dumps(data)


def test_changing_a_decoded_field_is_reflected_in_to_dict() -> None:
    result = ChatResult.from_dict(
        {
            "id": "gen-1",
            "object": "chat.completion",
            "created": 1,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": "a"},
                }
            ],
        }
    )
    result.choices[0].message.content = "b"
    del result.model
    encoded = result.to_dict()
    assert encoded["choices"][0]["message"]["content"] == "b"
    assert "model" not in encoded
    assert result.model is None
    assert not result.has("model")


def test_importing_the_package_does_not_import_models_or_httpx() -> None:
    code = (
        "import sys, openrouter_api, openrouter_api.models;"
        "print(sum(m.startswith('openrouter_api.models.') for m in sys.modules), 'httpx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "False"]


def test_reading_one_model_imports_only_what_it_needs() -> None:
    code = (
        "import sys; from openrouter_api.models import ChatStreamChunk;"
        "ChatStreamChunk.from_dict({'choices': []}).choices;"
        "print(sum(m.startswith('openrouter_api.models.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 0 < int(out.stdout) < 20


def test_json_round_trip_of_a_decoded_response_is_identical() -> None:
    text = json.dumps(CHUNK)
    chunk = ChatStreamChunk.from_dict(json.loads(text))
    repr(chunk)
    assert json.dumps(chunk.to_dict()) == text


def test_an_operation_with_several_body_types_sends_a_dict_as_json_and_refuses_the_rest() -> None:
    from openrouter_api.api.stt import create_audio_transcriptions as op

    sent = op.build_request(body={"model": "openai/whisper-1", "input_audio": {"data": "QQ=="}})
    assert sent["json"]["model"] == "openai/whisper-1"
    assert sent["headers"]["Content-Type"] == "application/json"
    with pytest.raises(TypeError, match=r"body must be STTRequest, .* not int"):
        op.build_request(body=42)  # type: ignore[arg-type]


def test_repr_shows_the_fields_present_and_the_unknown_ones() -> None:
    data = copy.deepcopy(CHUNK)
    data["provider"] = "OpenAI"
    data["brand_new"] = 1
    text = repr(ChatStreamChunk.from_dict(data))
    assert text.startswith("ChatStreamChunk(choices=[ChatStreamChoice(delta=ChatStreamDelta(")
    assert "content='Hi'" in text and "provider='OpenAI'" in text
    assert "usage=" not in text and "system_fingerprint=" not in text  # absent: left out
    assert text.endswith("additional_properties={'brand_new': 1})")


def test_fields_named_like_builtins_keep_their_json_names() -> None:
    data = copy.deepcopy(CHUNK)
    data["choices"][0]["delta"]["tool_calls"] = [
        {
            "index": 0,
            "id": "call_1",
            "type": "function",
            "function": {"name": "f", "arguments": "{}"},
        }
    ]
    chunk = ChatStreamChunk.from_dict(data)
    assert chunk.object == "chat.completion.chunk"  # not `object_`, as in other clients
    assert chunk.choices[0].delta.tool_calls[0].type == "function"


def test_a_form_body_sends_only_the_fields_given() -> None:
    import io

    from openrouter_api.api.stt import create_audio_transcriptions as op
    from openrouter_api.models import CreateAudioTranscriptionsFilesBody
    from openrouter_api.types import File

    body = CreateAudioTranscriptionsFilesBody(
        file=File(payload=io.BytesIO(b"RIFF"), file_name="a.wav"), model="m", temperature=0.5
    )
    sent = op.build_request(body=body)
    assert [name for name, _ in sent["files"]] == ["file", "model", "temperature"]
    assert sent["files"][2] == ("temperature", (None, b"0.5", "text/plain"))
