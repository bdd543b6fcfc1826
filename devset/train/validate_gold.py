#!/usr/bin/env python3
"""Checks devset/train/gold.jsonl against devset/train/articles/ with the devset checker
(all training texts are UTF-8)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from validate_gold import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
