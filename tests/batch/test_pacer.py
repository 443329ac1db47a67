"""The pacer on a clock of our own: how the shared rate grows, falls and pauses."""

from __future__ import annotations

import pytest

from openrouter_client.batch import Pacer


def send(pacer: Pacer, now: float) -> float:
    """Take the next slot at ``now`` or as soon as the pacer allows; the time it went."""
    wait = pacer.wait_time(now)
    at = now + max(0.0, wait)
    pacer.take(at)
    return at


def test_slow_start_doubles_while_answers_come_back() -> None:
    pacer = Pacer(initial_rate=10, doubling=0.25)
    now = 0.0
    for _ in range(40):
        at = send(pacer, now)
        pacer.on_success(at, at + 0.01)
        now = at
    assert pacer.slow_start
    assert pacer.rate > 40  # 40 successes at ln2/0.25 each: 10 + 40 * 2.77


def test_no_growth_when_the_rate_is_not_what_holds_the_run_back() -> None:
    pacer = Pacer(initial_rate=10)
    for second in range(20):  # one request every 2 s: the input is the bottleneck
        at = send(pacer, second * 2.0)
        pacer.on_success(at, at + 0.05)
    assert pacer.rate == 10


def test_a_429_sets_the_rate_under_what_the_server_admitted_and_pauses_everyone() -> None:
    pacer = Pacer(initial_rate=200, backoff=0.9)
    sent = [send(pacer, 0.0) for _ in range(100)]  # 100 sends spaced 5 ms: 0 .. 0.495 s
    assert pacer.wait_time(sent[-1]) > 0
    refused_at = sent[-1]
    pacer.on_limited(refused_at, refused_at + 0.05, wait=0.3)
    # 99 sends of the window before the refused one were admitted: 99/s, times 0.9
    assert pacer.rate == pytest.approx(0.9 * 99)
    assert not pacer.slow_start
    assert pacer.paused(refused_at + 0.3)
    assert pacer.wait_time(refused_at + 0.05) >= 0.3 - 1e-9


def test_429s_of_requests_sent_before_the_reaction_change_nothing_more() -> None:
    pacer = Pacer(initial_rate=100)
    sent = [send(pacer, 0.0) for _ in range(50)]
    pacer.on_limited(sent[40], sent[49] + 0.05, wait=None)
    rate = pacer.rate
    for late in sent[41:50]:  # sent before the pacer reacted: the same episode
        pacer.on_limited(late, sent[49] + 0.06, wait=None)
    assert pacer.rate == rate
    assert pacer.decreases == 1
    assert pacer.limited == 10


def test_the_window_budget_holds_after_a_burst() -> None:
    """A server counting a sliding second admits after a burst only as fast as it forgets:
    after a decrease, the pacer waits for its own sends to leave the window, not just 1/rate."""
    pacer = Pacer(initial_rate=200)
    sent = [send(pacer, 0.0) for _ in range(100)]  # 100 sends over 0.495 s
    pacer.on_limited(sent[-1], sent[-1] + 0.01, wait=None)
    budget = pacer.rate  # about 97 sends per second
    now = sent[-1] + 0.02
    # Spacing alone would send at once; the window [now - 1, now] holds 99 sends > budget, so
    # the next goes when enough have left it.
    wait = pacer.wait_time(now)
    assert budget < 99
    assert wait > 0.4
    oldest_to_leave = sent[99 - int(budget)]
    assert now + wait == pytest.approx(oldest_to_leave + 1.0, abs=0.006)


def test_a_fixed_rate_is_kept_through_429s_but_the_pause_still_applies() -> None:
    pacer = Pacer(fixed=5)
    at = send(pacer, 0.0)
    pacer.on_limited(at, at + 0.1, wait=2.0)
    assert pacer.rate == 5
    assert pacer.wait_time(at + 0.1) == pytest.approx(2.0)


def test_additive_increase_after_the_first_decrease() -> None:
    pacer = Pacer(initial_rate=50, increase=0.01)
    sent = [send(pacer, 0.0) for _ in range(20)]
    pacer.on_limited(sent[-1], sent[-1] + 0.01, wait=None)
    rate = pacer.rate
    now = sent[-1]
    for _ in range(100):
        now = send(pacer, now)
        pacer.on_success(now, now + 0.01)
    assert pacer.rate == pytest.approx(rate + 100 * 0.01)


@pytest.mark.parametrize("bad", [0, -1, float("inf"), float("nan")])
def test_a_fixed_rate_must_be_a_positive_number(bad: float) -> None:
    with pytest.raises(ValueError, match="rate must be a positive number"):
        Pacer(fixed=bad)
