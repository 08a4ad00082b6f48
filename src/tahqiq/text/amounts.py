"""Numbers for readers: one formatter for every value a finding or a table shows.

``readable(2.07e14, "RUB")`` is ``"207 trillion RUB"``, ``readable(4e9)`` ``"4 billion"``,
``readable(1234.5)`` ``"1,234.5"``; ``grouped(2.07e14)`` is ``"207,000,000,000,000"``.
:func:`readable_in` rewrites the scientific notation inside a string (``"(2.07e+14 RUB)"``)
with :func:`readable`, for messages written before this formatter existed.
"""

from __future__ import annotations

import math
import re

SIZES = (1e12, 1e9, 1e6)
_SCI = re.compile(r"(?<![\w.])([-+]?\d+(?:\.\d+)?)[eE]([-+]?\d+)(?![\w.])")


def _trim(x: float, digits: int) -> str:
    s = f"{x:,.{digits}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def scale_words(language: str = "en") -> tuple[str, str, str]:
    """The words for a trillion, a billion and a million in ``language`` (``lang/messages.yml``)."""
    from .. import lang

    return tuple(lang.lexicon("messages")["scales"][language])


def readable(x: float | int | None, unit: str | None = None, language: str = "en") -> str:
    """``x`` as a reader writes it, exactly: from a million up with a scale word of ``language``
    when three decimals of it are exact (``207 trillion``, ``207.5 trillion``), else in full with
    thousands separators (``1,234,567``); below, thousands separators except in a whole number
    under 10,000 (a year, say), at most two decimals; ``unit`` after it."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    if isinstance(x, float) and math.isinf(x):
        s = "∞" if x > 0 else "−∞"
    else:
        s = None
        for size, word in zip(SIZES, scale_words(language)):
            if abs(x) >= size:
                t = _trim(x / size, 3)
                if float(x) != int(x) or math.isclose(float(t.replace(",", "")) * size, x, rel_tol=1e-12):
                    s = f"{t} {word}"
                else:
                    s = grouped(x)
                break
        if s is None:
            s = _trim(float(x), 2) if x != int(x) else (str(int(x)) if abs(x) < 10_000 else f"{int(x):,}")
    return f"{s} {unit}" if unit else s


def grouped(x: float | int) -> str:
    """``x`` in full with thousands separators (``207,000,000,000,000``)."""
    return f"{int(x):,}" if float(x) == int(x) else _trim(float(x), 2)


def readable_in(s: str) -> str:
    """``s`` with every number in scientific notation (``2.07e+14``) written by :func:`readable`."""
    return _SCI.sub(lambda m: readable(float(m.group())), s)
