#!/usr/bin/env python3
"""Checks devset/blind2/gold.jsonl against devset/blind2/articles/ with the devset checker.
All texts are UTF-8 except c16_sinjar_clinic_cp1252.txt, saved in Windows-1252 on purpose."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from validate_gold import decode_utf8_or_cp1252, main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, decode_utf8_or_cp1252))
