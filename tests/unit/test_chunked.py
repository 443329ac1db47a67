"""``ChunkedDecoder``: HTTP/1.1 chunked framing undone however the reads split it, and framing
that is not HTTP refused with h11's words."""

from __future__ import annotations

import itertools

import httpx
import pytest
from hypothesis import given, strategies as st

from openrouter_client._chunked import ChunkedDecoder


def framed(pieces: list[bytes], size_format: str = "%x", trailer: bytes = b"") -> bytes:
    chunks = [(size_format % len(piece)).encode() + b"\r\n" + piece + b"\r\n" for piece in pieces]
    return b"".join(chunks) + b"0\r\n" + trailer + b"\r\n"


def decode(wire: bytes, cuts: list[int]) -> tuple[bytes, bytes | None, int]:
    """The body, what is left for h11 (the tail and the reads after it) and how many reads it
    took, reading ``wire`` cut at ``cuts``."""
    decoder = ChunkedDecoder()
    body = []
    reads = 0
    edges = [0, *sorted(set(cuts)), len(wire)]
    for start, end in itertools.pairwise(edges):
        if start == end:
            continue
        if decoder.tail is not None:
            return b"".join(body), decoder.tail + wire[start:], reads
        reads += 1
        body.append(decoder.feed(wire[start:end]))
    return b"".join(body), decoder.tail, reads


@given(
    pieces=st.lists(st.binary(min_size=1, max_size=300), max_size=12),
    cuts=st.lists(st.integers(min_value=0, max_value=5000), max_size=30),
    size_format=st.sampled_from(["%x", "%X", "%04x"]),
)
def test_any_split_of_the_reads_gives_the_body_back(
    pieces: list[bytes], cuts: list[int], size_format: str
) -> None:
    wire = framed(pieces, size_format)
    body, tail, _ = decode(wire, [cut % (len(wire) + 1) for cut in cuts])
    assert body == b"".join(pieces)
    assert tail == b"0\r\n\r\n"  # the last chunk and what follows it: h11 reads that


def test_every_chunk_of_one_read_comes_back_at_once() -> None:
    events = [b"data: {}\n\n", b"data: [DONE]\n\n"]
    decoder = ChunkedDecoder()
    assert decoder.feed(framed(events)[:-5]) == b"".join(events)  # all but the last chunk
    assert decoder.tail is None
    assert decoder.feed(b"0\r\n\r\n") == b"" and decoder.tail == b"0\r\n\r\n"


def test_extensions_and_trailers_are_allowed() -> None:
    wire = b"5;name=value\r\nhello\r\n6 \t\r\n world\r\n0;end\r\nX-Checksum: 1\r\n\r\n"
    body, tail, _ = decode(wire, [3, 9, 20])
    assert body == b"hello world"
    assert tail == b"0;end\r\nX-Checksum: 1\r\n\r\n"


@pytest.mark.parametrize(
    "header", [b"zz", b"0x5", b"+5", b" 5", b"5_0", b"", b"1" * 21, b"\xff"], ids=repr
)
def test_a_chunk_size_that_is_not_hex_digits_is_refused(header: bytes) -> None:
    with pytest.raises(httpx.RemoteProtocolError, match="illegal chunk header"):
        ChunkedDecoder().feed(header + b"\r\nhello\r\n")


def test_chunk_data_must_end_in_crlf() -> None:
    decoder = ChunkedDecoder()
    assert decoder.feed(b"5\r\nhello") == b"hello"  # the data arrived whole: it is given out
    with pytest.raises(httpx.RemoteProtocolError, match="malformed chunk footer"):
        decoder.feed(b"!!5\r\n")


def test_a_header_line_without_end_is_refused_past_16_kib() -> None:
    decoder = ChunkedDecoder()
    assert decoder.feed(b"5" * 16_000) == b""  # cut by the read, maybe: waits
    with pytest.raises(httpx.RemoteProtocolError, match="chunk header too long"):
        decoder.feed(b"5" * 1_000)


def test_a_chunk_larger_than_its_reads_is_given_out_as_it_arrives() -> None:
    piece = b"x" * 100_000
    wire = framed([piece])
    body, tail, reads = decode(wire, list(range(0, len(wire), 4096)))
    assert body == piece and tail == b"0\r\n\r\n" and reads > 20


def test_the_body_before_broken_framing_is_given_out_first() -> None:
    decoder = ChunkedDecoder()
    assert decoder.feed(b"5\r\nhello\r\nzz\r\n") == b"hello"
    with pytest.raises(httpx.RemoteProtocolError, match="illegal chunk header"):
        decoder.more()
    with pytest.raises(httpx.RemoteProtocolError, match="illegal chunk header"):
        decoder.feed(b"5\r\nworld\r\n")


def test_a_read_of_nothing_before_the_last_chunk_is_a_cut_body() -> None:
    decoder = ChunkedDecoder()
    assert decoder.feed(b"5\r\nhel") == b"hel"
    assert decoder.more()
    with pytest.raises(httpx.RemoteProtocolError, match="incomplete chunked read"):
        decoder.feed(b"")
