"""checks.run with ``workers=2`` (every other detector in a forked process, issue 14's large text)
finds what the serial run finds, in the same order, and reports its progress to the end."""

from __future__ import annotations

import dataclasses
import os
import threading

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Catalogue
from tahqiq.facts import gather


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_forked_run_equals_the_serial_run():
    facts = gather(Catalogue().documents())
    serial = checks.run(facts, {"internal"})
    seen = []
    forked = checks.run(facts, {"internal"}, progress=lambda name, k, n: seen.append((k, n)), workers=2)
    assert serial, "the corpus has internal findings"
    assert [(f.kind, f.id, f.message) for f in forked] == [(f.kind, f.id, f.message) for f in serial]
    assert seen and seen[-1][0] == seen[-1][1] and all(k <= n for k, n in seen)


def test_a_threaded_process_runs_serially(monkeypatch):
    """A process with other threads (a Dask worker) is not forked: the run is the serial one."""
    called = []
    monkeypatch.setattr(checks, "_run_forked", lambda *a: called.append(a) or [])
    stop = threading.Event()
    th = threading.Thread(target=stop.wait)
    th.start()
    try:
        facts = gather(Catalogue().documents())
        assert checks.run(facts, {"internal"}, workers=2) == checks.run(facts, {"internal"})
    finally:
        stop.set()
        th.join()
    assert not called


def test_a_failing_detector_in_the_child_is_reported(monkeypatch):
    if not hasattr(os, "fork"):
        pytest.skip("no fork")
    facts = gather(Catalogue().documents())
    names = [n for n in sorted(checks.load_all()) if checks.REGISTRY[n].scope == "internal"]
    parent = os.getpid()

    def failing_in_the_child(func):
        def run(facts):
            if os.getpid() != parent:
                raise ValueError("planted failure")
            return func(facts)
        return run

    for n in names:  # every detector the child takes fails; the ones this process takes run
        monkeypatch.setitem(checks.REGISTRY, n, dataclasses.replace(checks.REGISTRY[n], func=failing_in_the_child(checks.REGISTRY[n].func)))
    with pytest.raises(RuntimeError, match="planted failure"):
        checks.run(facts, {"internal"}, workers=2)
