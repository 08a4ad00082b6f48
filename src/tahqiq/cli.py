"""The ``tahqiq`` command line."""

from __future__ import annotations

import argparse
import sys

from .errors import TahqiqError


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tahqiq", description=__doc__)
    p.add_argument("--debug", action="store_true", help="show a traceback on error")
    sub = p.add_subparsers(dest="command", required=True)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args) or 0
    except TahqiqError as exc:
        if args.debug:
            raise
        print(f"tahqiq: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
