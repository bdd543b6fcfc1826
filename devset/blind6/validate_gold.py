#!/usr/bin/env python3
"""Checks devset/blind6/gold.jsonl against devset/blind6/articles/ with the devset checker.
All texts are UTF-8 except g18, saved in Windows-1252 with CRLF line ends on purpose (smart quotes,
en dash, ellipsis, accented letters and the copyright sign as single bytes), so a file that is not valid UTF-8 is decoded
as Windows-1252."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from validate_gold import decode_utf8_or_cp1252, main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, decode_utf8_or_cp1252))
