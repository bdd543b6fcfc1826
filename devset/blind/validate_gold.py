#!/usr/bin/env python3
"""Checks devset/blind/gold.jsonl against devset/blind/articles/ with the devset checker.
All texts are UTF-8 except b14_baghuz_cp1252.txt, which is saved in Windows-1252 (smart quotes,
en dash, accented letters) and is decoded as such."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from validate_gold import main  # noqa: E402

CP1252 = {"b14_baghuz_cp1252.txt"}


def decode(data):
    """UTF-8, falling back to Windows-1252 for bytes that are not valid UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


if __name__ == "__main__":
    sys.exit(main(HERE, decode))
