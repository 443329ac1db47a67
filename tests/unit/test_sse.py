"""The SSE decoder: docs samples, every split point, line endings, huge lines, truncation.

Most checks compare the incremental decoder against ``reference``, a direct transcription of the
WHATWG rules that sees the whole stream at once, so any disagreement is a bug in feeding.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, strategies as st

from openrouter_client._sse import ServerSentEvent, SSEDecoder
from tests.conftest import SAMPLES

Event = tuple[str, str | None, str | None, int | None]  # data, event, id, retry

SSE_SAMPLES = sorted(p.name for p in SAMPLES.glob("*.txt"))
# Per SOURCES.md this one is illustrative (annotations, placeholders, no blank lines), not wire-exact.
ILLUSTRATIVE = "sse-stream-pattern.subagent-heartbeats.txt"


def reference(stream: bytes) -> list[Event]:
    """Events of a complete stream, per the WHATWG algorithm, without any incremental state."""
    text = stream.decode("utf-8", "replace").removeprefix("\ufeff")
    lines = re.split(r"\r\n|\r|\n", text)[:-1]  # what follows the last line ending is not a line
    events: list[Event] = []
    data: list[str] = []
    kind: str | None = None
    last_id: str | None = None
    retry: int | None = None
    for line in lines:
        if line == "":
            if data:
                events.append(("\n".join(data), kind, last_id, retry))
            data, kind, retry = [], None, None
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            data.append(value)
        elif name == "event":
            kind = value
        elif name == "id" and "\0" not in value:
            last_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            retry = int(value)
    return events


def as_tuples(events: list[ServerSentEvent]) -> list[Event]:
    return [(e.data, e.event, e.id, e.retry) for e in events]


def decode(*pieces: bytes) -> tuple[list[Event], SSEDecoder]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for piece in pieces:
        events += decoder.feed(piece)
    events += decoder.end()
    return as_tuples(events), decoder


def sample(name: str) -> bytes:
    """A docs sample as it goes over the wire: the docs omit the blank line ending the last event."""
    return (SAMPLES / name).read_bytes() + b"\n"


# -- the docs samples -------------------------------------------------------------------------


def test_mid_stream_error_samples_decode_to_their_error_chunk() -> None:
    codes = {}
    for name in SSE_SAMPLES:
        if name.startswith("sse-mid-stream-error"):
            events, decoder = decode(sample(name))
            assert decoder.ended_cleanly
            assert len(events) == 1
            chunk = json.loads(events[0][0])
            assert chunk["choices"][0]["finish_reason"] == "error"
            codes[name] = chunk["error"]["code"]
    assert codes == {
        "sse-mid-stream-error.errors-doc.txt": 429,
        "sse-mid-stream-error.limits-doc.txt": 429,
        "sse-mid-stream-error.streaming-doc.txt": "server_error",
    }


def test_responses_stream_sample() -> None:
    events, decoder = decode(sample("responses-sse-stream.responses-basic-usage-doc.txt"))
    assert decoder.ended_cleanly
    assert [e[0] for e in events][-1] == "[DONE]"
    types = [json.loads(data)["type"] for data, *_ in events[:-1]]
    assert types == [
        "response.created",
        "response.output_item.added",
        "response.content_part.added",
        *["response.content_part.delta"] * 4,
        "response.output_item.done",
        "response.done",
    ]
    deltas = "".join(json.loads(d)["delta"] for d, *_ in events if '"delta"' in d)
    assert deltas == "Once upon a time"


@pytest.mark.parametrize("name", SSE_SAMPLES)
def test_sample_as_published_still_yields_its_last_event(name: str) -> None:
    """The samples end right after a data line; that event is returned by end(), flagged unclean."""
    raw = (SAMPLES / name).read_bytes()
    events, decoder = decode(raw)
    assert events == reference(raw + b"\n")
    assert decoder.incomplete is None
    if name == "sse-comment-keepalive.txt":
        assert events == [] and decoder.ended_cleanly and decoder.comments == 1
    else:
        assert events and decoder.ended_cleanly is False


def test_illustrative_heartbeat_sample_counts_its_comments() -> None:
    # Without blank lines the data lines form one event, as the WHATWG rules say.
    events, decoder = decode(sample(ILLUSTRATIVE))
    assert decoder.comments == 2
    assert len(events) == 1
    assert (
        events[0][0].split("\n")[0]
        == '{"choices":[{"delta":{"content":"Here","role":"assistant"}}]}'
    )
    assert events[0][0].endswith("[DONE]")


@pytest.mark.parametrize("name", SSE_SAMPLES)
@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
def test_samples_split_at_every_offset(name: str, newline: bytes) -> None:
    stream = (sample(name) + b"data: next\n\n").replace(b"\n", newline)
    expected = reference(stream)
    assert expected[-1] == ("next", None, None, None)
    for cut in range(len(stream) + 1):
        events, decoder = decode(stream[:cut], stream[cut:])
        assert events == expected, cut
        assert decoder.ended_cleanly


@pytest.fixture(params=[b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
def whole_stream(request: pytest.FixtureRequest) -> bytes:
    """Every sample, back to back, with one kind of line ending."""
    newline: bytes = request.param
    return b"".join(sample(n) for n in SSE_SAMPLES).replace(b"\n", newline)


def test_all_samples_byte_by_byte(whole_stream: bytes) -> None:
    events, decoder = decode(*(whole_stream[i : i + 1] for i in range(len(whole_stream))))
    assert events == reference(whole_stream)
    assert decoder.comments == 3
    assert decoder.ended_cleanly


def test_all_samples_in_three_pieces(whole_stream: bytes) -> None:
    expected = reference(whole_stream)
    step = 7  # every pair of cut points would be slow; a stride still crosses every kind of line
    for a in range(0, len(whole_stream), step):
        for b in range(a, len(whole_stream), step * 13):
            events, _ = decode(whole_stream[:a], whole_stream[a:b], whole_stream[b:])
            assert events == expected, (a, b)


# -- line endings -----------------------------------------------------------------------------


def test_crlf_split_across_reads_is_one_line_ending() -> None:
    # Were "\r" and "\n" counted separately, a blank line would dispatch "a" alone.
    events, _ = decode(b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n")
    assert events == [("a\nb", None, None, None)]


def test_cr_ending_a_read_dispatches_without_waiting_for_the_next() -> None:
    decoder = SSEDecoder()
    assert as_tuples(decoder.feed(b"data: a\r\r")) == [("a", None, None, None)]
    assert decoder.feed(b"\n") == []  # the LF completing the CRLF is not another blank line
    assert as_tuples(decoder.feed(b"data: b\n\n")) == [("b", None, None, None)]


def test_mixed_line_endings() -> None:
    events, _ = decode(b"data: a\r\ndata: b\rdata: c\n\r\nevent: x\rdata: d\r\r")
    assert events == [("a\nb\nc", None, None, None), ("d", "x", None, None)]


def test_only_cr_and_lf_end_lines() -> None:
    # str.splitlines (httpx's iter_lines) would also cut at these; JSON may hold them raw.
    odd = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
    payload = json.dumps({"content": f"a{odd}b"}, ensure_ascii=False)
    events, _ = decode(f"data: {payload}\n\n".encode())
    assert len(events) == 1
    assert json.loads(events[0][0])["content"] == f"a{odd}b"


# -- fields -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stream", "expected"),
    [
        (b"data:x\n\n", [("x", None, None, None)]),
        (b"data:  x \n\n", [(" x ", None, None, None)]),  # one leading space is stripped
        (b"data\n\n", [("", None, None, None)]),  # a field with no colon has an empty value
        (b"data:\n\n", [("", None, None, None)]),
        (b"data: a\ndata:\ndata: b\n\n", [("a\n\nb", None, None, None)]),
        (b"event: ping\n\ndata: x\n\n", [("x", None, None, None)]),  # no data: no dispatch
        (b"event: ping\ndata: {}\n\n", [("{}", "ping", None, None)]),
        (b"id: 7\ndata: a\n\ndata: b\n\n", [("a", None, "7", None), ("b", None, "7", None)]),
        (b"id: 7\ndata: a\n\nid\ndata: b\n\n", [("a", None, "7", None), ("b", None, "", None)]),
        (
            b"id: 7\ndata: a\n\nid: 8\x009\ndata: b\n\n",
            [("a", None, "7", None), ("b", None, "7", None)],
        ),
        (
            b"retry: 1500\ndata: a\n\ndata: b\n\n",
            [("a", None, None, 1500), ("b", None, None, None)],
        ),
        (b"retry: 1.5\nretry: x\ndata: a\n\n", [("a", None, None, None)]),
        (b"foo: bar\nDATA: x\ndata: y\n\n", [("y", None, None, None)]),
        (b": a comment\n:\ndata: y\n\n", [("y", None, None, None)]),
        (b"\xef\xbb\xbfdata: bom\n\n", [("bom", None, None, None)]),
        (b"data: \xef\xbb\xbfkept\n\n", [("\ufeffkept", None, None, None)]),
    ],
)
def test_field_rules(stream: bytes, expected: list[Event]) -> None:
    events, _ = decode(stream)
    assert events == expected == reference(stream)
    for cut in range(len(stream)):
        assert decode(stream[:cut], stream[cut:])[0] == expected


def test_retry_is_remembered_on_the_decoder() -> None:
    _, decoder = decode(b"retry: 3000\n\ndata: a\n\n")
    assert decoder.retry == 3000


def test_keep_alive_comments_are_counted_not_dispatched() -> None:
    keepalive = (SAMPLES / "sse-comment-keepalive.txt").read_bytes()
    decoder = SSEDecoder()
    assert decoder.feed(keepalive * 40) == []
    events = decoder.feed(b'data: {"choices":[]}\n\n')
    assert decoder.comments == 40
    assert [e.json() for e in events] == [{"choices": []}]
    assert decoder.end() == [] and decoder.ended_cleanly


def test_comments_only_stream_ends_cleanly_with_no_events() -> None:
    events, decoder = decode(b": OPENROUTER PROCESSING\n\n" * 50)
    assert events == [] and decoder.comments == 50 and decoder.ended_cleanly


def test_empty_stream() -> None:
    events, decoder = decode()
    assert events == [] and decoder.ended_cleanly and decoder.incomplete is None


# -- bytes that are not whole -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["é", "😀", "日本語", "a\u2028b"])
def test_multibyte_character_split_across_reads(text: str) -> None:
    stream = f'data: {{"content":"{text}"}}\n\n'.encode()
    for cut in range(len(stream) + 1):
        events, _ = decode(stream[:cut], stream[cut:])
        assert events == [(f'{{"content":"{text}"}}', None, None, None)], cut


def test_invalid_utf8_is_replaced_not_fatal() -> None:
    events, _ = decode(b"data: a\xffb\n\n")
    assert events == [("a\ufffdb", None, None, None)]


def test_five_megabyte_line_in_small_reads() -> None:
    """A base64 image arriving 1 KB at a time. Quadratic buffering would copy ~12 GB here."""
    image = b"iVBORw0KGgo" * (5 * 1024 * 1024 // 11)
    payload = b'{"type":"image_generation.completed","b64_json":"' + image + b'"}'
    stream = b": OPENROUTER PROCESSING\n\ndata: " + payload + b"\r\n\r\ndata: [DONE]\r\n\r\n"
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for i in range(0, len(stream), 1024):
        events += decoder.feed(stream[i : i + 1024])
    assert decoder.end() == [] and decoder.ended_cleanly
    assert [e.data for e in events] == [payload.decode(), "[DONE]"]
    assert events[0].json()["b64_json"].encode() == image


# -- the end of the stream --------------------------------------------------------------------


def test_truncated_mid_line_is_kept_not_dispatched() -> None:
    decoder = SSEDecoder()
    first = decoder.feed(b'data: {"a":1}\n\ndata: {"b"')
    assert [e.data for e in first] == ['{"a":1}']
    assert decoder.end() == []
    assert decoder.ended_cleanly is False
    assert decoder.incomplete is not None
    assert decoder.incomplete.data == '{"b"'


def test_truncated_after_some_data_lines_keeps_them_all() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"event: message_delta\ndata: line one\ndata: line tw")
    assert decoder.end() == []
    assert decoder.incomplete is not None
    assert (decoder.incomplete.data, decoder.incomplete.event) == (
        "line one\nline tw",
        "message_delta",
    )


def test_truncated_inside_a_comment_is_unclean_without_an_event() -> None:
    decoder = SSEDecoder()
    decoder.feed(b": OPENROUTER PROC")
    assert decoder.end() == [] and decoder.ended_cleanly is False and decoder.incomplete is None


def test_event_missing_only_its_blank_line_is_returned_at_end() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: [DONE]\n") == []
    assert [e.data for e in decoder.end()] == ["[DONE]"]
    assert decoder.ended_cleanly is False and decoder.incomplete is None


def test_trailing_cr_at_eof_ends_the_line() -> None:
    decoder = SSEDecoder()
    assert [e.data for e in decoder.feed(b"data: x\r\r")] == ["x"]
    assert decoder.end() == [] and decoder.ended_cleanly


# -- the event object -------------------------------------------------------------------------


def test_event_object() -> None:
    event = ServerSentEvent('{"a": [1]}', "completion", "9", 100)
    assert event.json() == {"a": [1]}
    assert not hasattr(event, "__dict__")
    assert event == ServerSentEvent('{"a": [1]}', "completion", "9", 100)
    assert event != ServerSentEvent('{"a": [1]}')
    assert "completion" in repr(event)
    assert len(repr(ServerSentEvent("x" * 10_000))) < 200
    with pytest.raises(ValueError):
        ServerSentEvent("[DONE]").json()


# -- any stream, any split --------------------------------------------------------------------

LINES = st.sampled_from(
    [
        b"",
        b"data: x",
        b"data:y",
        b"data",
        b"data: \xc3\xa9\xf0\x9f\x98\x80",
        b": OPENROUTER PROCESSING",
        b"event: e",
        b"id: 1",
        b"id",
        b"retry: 25",
        b"other: z",
    ]
)
NEWLINES = st.sampled_from([b"\n", b"\r", b"\r\n"])


@given(
    lines=st.lists(st.tuples(LINES, NEWLINES), max_size=25),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=6),
)
def test_any_stream_split_anywhere_matches_reference(
    lines: list[tuple[bytes, bytes]], cuts: list[int]
) -> None:
    stream = b"".join(line + newline for line, newline in lines) + b"\n\n"
    points = sorted({min(c, len(stream)) for c in cuts})
    pieces = [stream[a:b] for a, b in zip([0, *points], [*points, len(stream)], strict=True)]
    events, _ = decode(*pieces)
    assert events == reference(stream)
