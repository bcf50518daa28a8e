"""Writes the golden bytes of cxkit's binary forms at version 1 from the layouts their Javadoc
documents (big-endian), independently of the Java encoders:
- score histograms: int magic, byte version, short name length, UTF-8 name, int min, int max,
  then per score a long count (ScoreHistogram, magic "CXSH") or a long count, double weight sum
  and double squared-weight sum (WeightedScoreHistogram, magic "CXWH");
- RiskSets ("CXRS"), GroupedScores ("CXGS"), RfmPatterns ("CXRP"), Strata ("CXST"),
  FunnelAccumulator ("CXFN"), ConsistencyAccumulator ("CXCN"), SentimentSummary ("CXSE"),
  TransactionLog ("CXTL"), FrictionAccumulator ("CXFR") and ServiceAccumulator ("CXSV"), laid
  out as below.
Run: python3 make_golden.py (in this folder)."""
import datetime
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


def text(value):
    raw = value.encode("utf-8")
    return struct.pack(">H", len(raw)) + raw


# RiskSets (magic "CXRS"): int row count, then per row double time, long events, long censored.
rows = [(1.0, 2, 1), (2.5, 0, 3), (7.0, 1, 0)]
with open("risk-sets-v1.bin", "wb") as out:
    out.write(b"CXRS" + struct.pack(">bi", 1, len(rows))
              + b"".join(struct.pack(">dqq", *row) for row in rows))

# GroupedScores (magic "CXGS"): scale as a text and two ints, int key count, per key a text
# name and a byte period (0 none, 3 MONTH), int group count, per group (in key order) a text
# value per key and a long count per score. CSAT 1..5 by touchpoint and month.
groups = [(("app", "2026-01"), (0, 0, 1, 2, 3)),
          (("loja-são-paulo", "2026-02"), (1, 0, 0, 0, 0)),
          (("web", "2026-01"), (1, 0, 0, 0, 1)),
          (("web", "2026-02"), (0, 0, 0, 0, 4))]
with open("grouped-scores-v1.bin", "wb") as out:
    out.write(b"CXGS" + struct.pack(">b", 1) + text("csat") + struct.pack(">iii", 1, 5, 2)
              + text("touchpoint") + struct.pack(">b", 0) + text("month") + struct.pack(">b", 3)
              + struct.pack(">i", len(groups))
              + b"".join(text(a) + text(b) + struct.pack(">5q", *counts)
                         for (a, b), counts in groups))

# RfmPatterns (magic "CXRP"): int pattern count, then per pattern (by frequency, age, recency)
# int frequency, double recency, double age, long count.
patterns = [(0, 0.0, 10.0, 5), (1, 3.0, 9.0, 2), (1, 4.5, 10.0, 1), (2, 5.0, 8.0, 1)]
with open("rfm-patterns-v1.bin", "wb") as out:
    out.write(b"CXRP" + struct.pack(">bi", 1, len(patterns))
              + b"".join(struct.pack(">iddq", *p) for p in patterns))

# Strata (magic "CXST"): int stratum count, then per stratum a text key, an int length and the
# stratum's RiskSets bytes. Two plans.
def risk_sets(rows):
    return b"CXRS" + struct.pack(">bi", 1, len(rows)) + b"".join(struct.pack(">dqq", *r) for r in rows)


strata = [("basic", risk_sets([(1.0, 1, 0), (4.0, 0, 2)])), ("pró", risk_sets([(2.0, 3, 1)]))]
with open("strata-v1.bin", "wb") as out:
    out.write(b"CXST" + struct.pack(">bi", 1, len(strata))
              + b"".join(text(key) + struct.pack(">i", len(table)) + table for key, table in strata))

# FunnelAccumulator state (magic "CXFN"): int stage count, a text name per stage, int customer
# count, then per customer (ascending id) a text id, an int number of stages reached and per
# reached stage an int position, a long of seconds and an int of nanoseconds since the epoch.
# Stages pre-purchase, purchase, post-purchase; "ana" at pre-purchase 2026-01-01T00:00:00Z and
# purchase 2026-01-02T10:30:00.5Z, "bo" at post-purchase 1969-12-31T23:59:59.999999999Z, "zé"
# at purchase 2026-01-03T00:00:00Z.
stages = ["pre-purchase", "purchase", "post-purchase"]
customers = [("ana", [(0, 1767225600, 0), (1, 1767349800, 500000000)]),
             ("bo", [(2, -1, 999999999)]),
             ("zé", [(1, 1767398400, 0)])]
with open("funnel-v1.bin", "wb") as out:
    out.write(b"CXFN" + struct.pack(">bi", 1, len(stages)) + b"".join(text(s) for s in stages)
              + struct.pack(">i", len(customers))
              + b"".join(text(c) + struct.pack(">i", len(reached))
                         + b"".join(struct.pack(">iqi", *r) for r in reached)
                         for c, reached in customers))

# ConsistencyAccumulator state (magic "CXCN"): int touchpoint count, then per touchpoint
# (ascending id) a text id, a long response count and a double sum of normalized scores.
# "app": CSAT 4 (0.75) and NPS 10 (1.0); "loja-são-paulo": CES 1.0 score 1 (reversed: 1.0);
# "web": CSAT 1 (0), CSAT 3 (0.5), NPS 5 (0.5).
touchpoints = [("app", 2, 1.75), ("loja-são-paulo", 1, 1.0), ("web", 3, 1.0)]
with open("consistency-v1.bin", "wb") as out:
    out.write(b"CXCN" + struct.pack(">bi", 1, len(touchpoints))
              + b"".join(text(t) + struct.pack(">qd", n, total) for t, n, total in touchpoints))

# SentimentSummary (magic "CXSE"): long comments, long positive, long negative, double mean,
# double sum of squared deviations from the mean. Scores 0, 0.5, -0.5, 1.0.
scores = [0.0, 0.5, -0.5, 1.0]
mean = sum(scores) / len(scores)
squares = sum((s - mean) ** 2 for s in scores)
with open("sentiment-summary-v1.bin", "wb") as out:
    out.write(b"CXSE" + struct.pack(">bqqqdd", 1, len(scores), sum(s > 0 for s in scores),
                                    sum(s < 0 for s in scores), mean, squares))

# TransactionLog (magic "CXTL"): text zone, long transactions, int customer count, then per
# customer (ascending key text) a text key, an int day count and per day a long epoch day and
# the amount (without trailing zeros) as int scale, int length and minimal two's-complement
# unscaled bytes. "ana": 10.00 and 9.99 on 2026-01-05, 0 on 2026-02-01; "bo": 0.5 on
# 2025-12-31; "zé": 1000 on 2026-01-10 (1E+3).


def day(iso):
    return (datetime.date.fromisoformat(iso) - datetime.date(1970, 1, 1)).days


def decimal(unscaled, scale):
    raw = unscaled.to_bytes((unscaled.bit_length() + 8) // 8, "big", signed=True)
    return struct.pack(">ii", scale, len(raw)) + raw


log = [("ana", [("2026-01-05", 1999, 2), ("2026-02-01", 0, 0)]),
       ("bo", [("2025-12-31", 5, 1)]),
       ("zé", [("2026-01-10", 1, -3)])]
with open("transaction-log-v1.bin", "wb") as out:
    out.write(b"CXTL" + struct.pack(">b", 1) + text("America/Sao_Paulo")
              + struct.pack(">qi", 5, len(log))
              + b"".join(text(key) + struct.pack(">i", len(days))
                         + b"".join(struct.pack(">q", day(d)) + decimal(u, s) for d, u, s in days)
                         for key, days in log))

# The scope of a journey-level accumulator's state (FrictionAccumulator, ServiceAccumulator):
# long window seconds, int window nanoseconds, byte scope (0 touchpoint, 1 stage), int touchpoint
# count, then per touchpoint (catalogue order) a text id, a text channel and a text stage.
# Repeats within 48 hours at the same stage; touchpoints "loja-são-paulo" (store, purchase) and
# "hotline" (phone, post-purchase).
scope = (struct.pack(">qib", 48 * 3600, 0, 1) + struct.pack(">i", 2)
         + text("loja-são-paulo") + text("store") + text("purchase")
         + text("hotline") + text("phone") + text("post-purchase"))

# FrictionAccumulator state (magic "CXFR"): the scope, then per touchpoint long interactions,
# abandoned, escalated, repeated and the long counts of CSAT 1..5, NPS 0..10, CES 1..7 and
# CES 1.0 1..5. "ana": hotline at 0h abandoned, hotline at 10h (a repeat of the first); CSAT 2,
# CES 6 and CES 1.0 4 about the hotline, NPS 9 about the store (and a 1..10 "stars" score, not
# evidence). "bo": store at 5h escalated; NPS 0 about the store.
friction = [((1, 0, 1, 0), [0] * 5, [1] + [0] * 8 + [1, 0], [0] * 7, [0] * 5),
             ((2, 1, 0, 1), [0, 1, 0, 0, 0], [0] * 11, [0, 0, 0, 0, 0, 1, 0], [0, 0, 0, 1, 0])]
with open("friction-v1.bin", "wb") as out:
    out.write(b"CXFR" + struct.pack(">b", 1) + scope
              + b"".join(struct.pack(">4q", *counts)
                         + b"".join(struct.pack(">%dq" % len(h), *h) for h in histograms)
                         for counts, *histograms in friction))

# ServiceAccumulator state (magic "CXSV"): the scope, then per touchpoint long interactions,
# resolved, first contacts, first contacts resolved, an int count and that many long wait times
# in nanoseconds (ascending), and the same for handling times. "ana": hotline at 0h abandoned
# and unresolved (wait 60 s, handling 0), hotline at 10h resolved (wait 30 s, handling 300.5 s;
# a repeat, so no first contact). "bo": store at 5h resolved (handling 120 s, no wait measured).
service = [((1, 1, 1, 1), [], [120 * 10**9]),
           ((2, 1, 1, 0), [30 * 10**9, 60 * 10**9], [0, 300_500_000_000])]


def durations(nanos):
    return struct.pack(">i", len(nanos)) + b"".join(struct.pack(">q", n) for n in nanos)


with open("service-v1.bin", "wb") as out:
    out.write(b"CXSV" + struct.pack(">b", 1) + scope
              + b"".join(struct.pack(">4q", *counts) + durations(waits) + durations(handling)
                         for counts, waits, handling in service))

# ConsistencyAccumulator state, version 2 (magic "CXCN"): int touchpoint count, then per
# touchpoint (ascending id) a text id, an int range count and per range (ascending) a long range
# (max - min of the scales), a long count and a long sum of points above the worst score. The
# responses of consistency-v1.bin: "app": CSAT 4 (3 of 4) and NPS 10 (10 of 10);
# "loja-são-paulo": CES 1.0 score 1 (reversed: 4 of 4); "web": CSAT 1 (0 of 4), CSAT 3 (2 of 4),
# NPS 5 (5 of 10).
touchpoints = [("app", [(4, 1, 3), (10, 1, 10)]),
               ("loja-são-paulo", [(4, 1, 4)]),
               ("web", [(4, 2, 2), (10, 1, 5)])]
with open("consistency-v2.bin", "wb") as out:
    out.write(b"CXCN" + struct.pack(">bi", 2, len(touchpoints))
              + b"".join(text(t) + struct.pack(">i", len(ranges))
                         + b"".join(struct.pack(">qqq", *r) for r in ranges)
                         for t, ranges in touchpoints))

# SentimentSummary, version 2 (magic "CXSE"): long comments, long positive, long negative, then
# the exact sum of the scores and the exact sum of their squares, each as a decimal without
# trailing zeros (int scale, int length, minimal two's-complement unscaled bytes). Scores 0, 0.5,
# -0.5, 1.0 and the double nearest 0.1 (0.1000000000000000055511151231257827021181583404541015625).
import decimal as dec

dec.getcontext().prec = 500
scores = [0.0, 0.5, -0.5, 1.0, 0.1]
exact = [dec.Decimal(s) for s in scores]  # a float's exact binary value


def exact_decimal(value):
    sign, digits, exponent = value.normalize().as_tuple()
    unscaled = int("".join(map(str, digits))) * (-1 if sign else 1)
    return decimal(unscaled, 0 if unscaled == 0 else -exponent)


with open("sentiment-summary-v2.bin", "wb") as out:
    out.write(b"CXSE" + struct.pack(">bqqq", 2, len(scores), sum(s > 0 for s in scores),
                                    sum(s < 0 for s in scores))
              + exact_decimal(sum(exact)) + exact_decimal(sum(x * x for x in exact)))
