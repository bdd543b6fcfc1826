#!/usr/bin/env python3
"""Checks devset/train7/gold.jsonl against devset/train7/articles/ with the devset checker.
All texts are UTF-8 except z19, saved in Latin-1 (ISO-8859-1) on purpose (accented names as single
bytes), so a file that is not valid UTF-8 is decoded as Latin-1."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from validate_gold import main  # noqa: E402


def decode_utf8_or_latin1(data):
    """UTF-8, falling back to ISO-8859-1 for the one text saved that way on purpose (z19)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


if __name__ == "__main__":
    sys.exit(main(HERE, decode_utf8_or_latin1))
