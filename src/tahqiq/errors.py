"""One kind of error for everything a user can get wrong: it names the file and the problem."""

from __future__ import annotations

from pathlib import Path


class TahqiqError(Exception):
    """A problem with the user's input, reported as one line: ``<file>: <problem>``.

    The command line prints ``str(error)`` and exits non-zero, with no traceback unless
    ``--debug`` is given. Code inside the package raises it for every bad input: an unknown
    article id, a missing, empty, binary or non-UTF-8 file, broken YAML, a wrong checksum,
    a catalogue entry with a missing field.
    """

    def __init__(self, where: str | Path | None, problem: str):
        self.where = str(where) if where is not None else None
        self.problem = problem
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}" if self.where else self.problem
