"""Split the source document into sentences with code-point offsets (start inclusive, end exclusive).

Used by gen_evidence.py. Run on its own to list the numbered sentences (the numbers the '# ev:' tags
of data/kg.ttl refer to) with their offsets:

    python3 src/tools/evidence/sentences.py [path/to/source-document.txt]
"""
import re
import sys
from pathlib import Path

# the project root: this file is src/tools/evidence/sentences.py
ROOT = Path(__file__).resolve().parents[3]

HEADINGS = {
    "Drug Trafficking, Arms Trafficking, Human Smuggling, and Transnational Criminal Organizations",
    "Migration Issues",
    "Analysis",
}
# "U.S." followed by a capitalised word does not end a sentence in this text
NO_BREAK_BEFORE = ("President", "Attorney", "Congress")


def split(text):
    sentences = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip() or line.strip() in HEADINGS:
            continue
        start = 0
        for m in re.finditer(r'[.?!][”"]?(?= +)', line):
            end = m.end()
            before = line[:end]
            after = line[end:].lstrip(" ")
            if before.endswith("U.S.") and after.startswith(NO_BREAK_BEFORE):
                continue
            if before.endswith("e.g."):
                continue
            if not after or not after[0].isupper():
                continue
            sentences.append((line_start + start, line_start + end))
            start = end + (len(line[end:]) - len(after))
        sentences.append((line_start + start, line_start + len(line.rstrip())))
    return [(i + 1, s, e, text[s:e]) for i, (s, e) in enumerate(sentences)]


if __name__ == "__main__":
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data/sources/source-document.txt"
    t = src.read_text(encoding="utf-8")
    for n, s, e, q in split(t):
        assert t[s:e] == q
        print(n, s, e, q)
