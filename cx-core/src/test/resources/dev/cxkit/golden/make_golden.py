"""Writes the golden bytes of cxkit's score binary forms at version 1, from the layout the
Javadoc of BinaryForm, ScoreHistogram and WeightedScoreHistogram documents (big-endian):
int magic, byte version, short name length, UTF-8 name, int min, int max, then per score a
long count (ScoreHistogram, magic "CXSH") or a long count, double weight sum and double
squared-weight sum (WeightedScoreHistogram, magic "CXWH"). Run: python3 make_golden.py"""
import struct


def header(magic, name, lo, hi):
    raw = name.encode("utf-8")
    return magic + struct.pack(">bh", 1, len(raw)) + raw + struct.pack(">ii", lo, hi)


# NPS 0..10 with counts 1..11.
with open("score-histogram-v1.bin", "wb") as out:
    out.write(header(b"CXSH", "nps", 0, 10) + b"".join(struct.pack(">q", c) for c in range(1, 12)))

# CSAT 1..5: weights 2 and 0.5 on score 3, 1 on score 5.
rows = [(0, 0.0, 0.0), (0, 0.0, 0.0), (2, 2.5, 4.25), (0, 0.0, 0.0), (1, 1.0, 1.0)]
with open("weighted-score-histogram-v1.bin", "wb") as out:
    out.write(header(b"CXWH", "csat", 1, 5)
              + b"".join(struct.pack(">qdd", *row) for row in rows))
