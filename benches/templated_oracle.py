#!/usr/bin/env python3
"""What ranking by words alone could reach on generated knowledge: an oracle's right-entry-first.

Every paraphrase of every entry gets the pair (miss, leftover) against the query: the query's
tokens (`[a-z0-9]+`, lowercased) are walked in order, each consuming an equal remaining
paraphrase token, else a near one (one substitution, adjacent swap, insertion or deletion, both
at least 3 characters), else counting as a miss; leftover is the paraphrase tokens not consumed.
An entry scores its best paraphrase's pair (lexicographically); the entries tied at the best
score share the query, which counts 1/len(tied) if its label is among them. The rate is the
mean over the in-scope queries of `queries.tsv`. Ties are what no ranking by the words can
break: entries that differ only in a slot the query dropped.

Usage (pip install numpy scipy):

  cargo run --release --example generate -- write-templated DIR 100000
  python3 benches/templated_oracle.py DIR [OUT.tsv]

Candidate rule (lossless), which makes 100k entries take about a minute on one core:
  For query q (n tokens) and paraphrase p, let
    O(p) = exact multiset overlap  sum_t min(cq_t, cp_t)
    U(p) = min(len(p), #query-token occurrences t having some token w in p
                       with w == t or near(t, w))
  The greedy walk consumes C paraphrase tokens with O(p) <= C <= U(p):
    * C <= U(p): a token can only be consumed by an exact/near partner, and at
      most len(p) tokens exist.
    * C >= O(p): for each type t, after all query copies of t have been walked,
      each either consumed a t or found rem[t]==0, so >= min(cq_t, cp_t)
      copies of t in p are consumed.
  miss = n - C, leftover = len(p) - C.  Let m0 = the exact miss of the
  paraphrases with the largest O (an upper bound on the true minimum miss m*).
  Any paraphrase scoring (m*, .) has n - U(p) <= m* <= m0, so the candidate set
  {p : n - U(p) <= m0} contains every paraphrase that can reach the minimum;
  everything else has miss > m0 >= m*.  Candidates are then scored exactly.
"""
import re, sys, time, tomllib
from collections import Counter, defaultdict
import numpy as np
import scipy.sparse as sp

T0 = time.time()
TOK = re.compile(r"[a-z0-9]+")
d = sys.argv[1]
outp = sys.argv[2] if len(sys.argv) > 2 else None


def near(a, b):
    if a == b: return True
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 1: return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) > len(b): a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a: return True
    return False


def score(qt, p):  # the greedy walk described above
    rem = Counter(p); miss = 0
    for t in qt:
        if rem[t] > 0: rem[t] -= 1; continue
        f = None
        for w in rem:
            if rem[w] > 0 and near(t, w): f = w; break
        if f: rem[f] -= 1
        else: miss += 1
    return (miss, sum(rem.values()))


qa = tomllib.load(open(d + '/qa.toml', 'rb'))
eids = []           # entry index -> id
ptoks = []          # paraphrase token lists
pent = []           # paraphrase -> entry index
for ei, e in enumerate(qa['entry']):
    eids.append(e['id'])
    for q in e['questions']:
        ptoks.append(TOK.findall(q.lower()))
        pent.append(ei)
del qa
# scores are kept by id: a duplicated id keeps the LAST entry's score
last_of_id = {}
for ei, x in enumerate(eids): last_of_id[x] = ei
live_entry = np.array([last_of_id[x] == ei for ei, x in enumerate(eids)])
pent = np.array(pent)
pstart = np.searchsorted(pent, np.arange(len(eids) + 1))
plen = np.array([len(p) for p in ptoks], dtype=np.int32)
NP = len(ptoks)

# vocabulary, presence matrix B (paraphrase x vocab) and count-level matrix P
vocab = {}
rows_b, cols_b = [], []
feat = {}           # (token id, k) -> feature column: "p has >= k copies"
rows_f, cols_f = [], []
for i, p in enumerate(ptoks):
    for t, c in Counter(p).items():
        v = vocab.setdefault(t, len(vocab))
        rows_b.append(i); cols_b.append(v)
        for k in range(1, c + 1):
            rows_f.append(i); cols_f.append(feat.setdefault((v, k), len(feat)))
V = len(vocab)
B = sp.csr_matrix((np.ones(len(rows_b), np.float32), (rows_b, cols_b)), shape=(NP, V))
P = sp.csr_matrix((np.ones(len(rows_f), np.float32), (rows_f, cols_f)), shape=(NP, len(feat)))
del rows_b, cols_b, rows_f, cols_f

# symmetric single-deletion index over the vocabulary for near() lookups
delidx = defaultdict(set)
for w, v in vocab.items():
    if len(w) >= 3:
        delidx[w].add(v)
    if len(w) >= 3:
        for i in range(len(w)):
            delidx[w[:i] + w[i + 1:]].add(v)
ivocab = [None] * V
for w, v in vocab.items(): ivocab[v] = w
near_cache = {}


def nearset(t):
    """vocab ids w with w == t or near(t, w)"""
    r = near_cache.get(t)
    if r is not None: return r
    s = set()
    if t in vocab: s.add(vocab[t])
    if len(t) >= 2:  # near needs len>=3 on both; a len-2 t can't qualify
        keys = {t} | {t[:i] + t[i + 1:] for i in range(len(t))}
        for k in keys:
            for v in delidx.get(k, ()):
                if v not in s and near(t, ivocab[v]): s.add(v)
    r = near_cache[t] = np.fromiter(s, dtype=np.int64)
    return r


queries = []
for line in open(d + '/queries.tsv'):
    q, lab = line.rstrip('\n').split('\t')
    if lab == '-': continue
    queries.append((q, lab, TOK.findall(q.lower())))
T1 = time.time()

CH = 32
n = 0; hit = 0.0; ntie = 0; tiesizes = []; ncand = []; lost3 = 0
out = open(outp, 'w') if outp else None
for c0 in range(0, len(queries), CH):
    chunk = queries[c0:c0 + CH]
    m = len(chunk)
    # exact overlap O: features (v,k), k <= query count
    fr, fc = [], []
    # near-hit indicator columns: one per distinct token in the chunk
    tcols = {}; nr, nc = [], []
    ar, ac, ad = [], [], []
    for j, (_, _, qt) in enumerate(chunk):
        for t, c in Counter(qt).items():
            if t in vocab:
                v = vocab[t]
                for k in range(1, c + 1):
                    f = feat.get((v, k))
                    if f is not None: fr.append(f); fc.append(j)
            if t not in tcols:
                col = tcols[t] = len(tcols)
                ns = nearset(t)
                nr.extend(ns.tolist()); nc.extend([col] * len(ns))
            ar.append(tcols[t]); ac.append(j); ad.append(c)
    Qf = sp.csr_matrix((np.ones(len(fr), np.float32), (fr, fc)), shape=(len(feat), m))
    O = np.asarray((P @ Qf).todense()).astype(np.int32)           # NP x m
    N = sp.csr_matrix((np.ones(len(nr), np.float32), (nr, nc)), shape=(V, len(tcols)))
    S = (B @ N).tocsr(); S.data[:] = 1                              # NP x tokens
    A = sp.csr_matrix((np.array(ad, np.float32), (ar, ac)), shape=(len(tcols), m))
    U = np.asarray((S @ A).todense()).astype(np.int32)             # NP x m
    np.minimum(U, plen[:, None], out=U)
    for j, (q, lab, qt) in enumerate(chunk):
        nq = len(qt)
        oj = O[:, j]
        omax = oj.max()
        top = np.flatnonzero(oj == omax)
        sc = {}
        for i in top[:50]:
            sc[i] = score(qt, ptoks[i])
        m0 = min(s[0] for s in sc.values())
        cand = np.flatnonzero(nq - U[:, j] <= m0)
        ncand.append(len(cand))
        best = {}
        for i in cand.tolist():
            s = sc.get(i) or score(qt, ptoks[i])
            e = pent[i]
            if e not in best or s < best[e]: best[e] = s
        # a duplicated id: only the last entry with it counts
        best = {e: s for e, s in best.items() if live_entry[e]}
        mn = min(best.values())
        tops = sorted(e for e, s in best.items() if s == mn)
        topids = [eids[e] for e in tops]
        # would the naive "O within 3 of max" rule have kept every top paraphrase?
        keep3 = set(np.flatnonzero(oj >= omax - 3).tolist())
        if any(not any(i in keep3 and score(qt, ptoks[i]) == mn for i in range(pstart[e], pstart[e + 1])) for e in tops):
            lost3 += 1
        n += 1
        if lab in topids: hit += 1 / len(topids)
        if len(topids) > 1: ntie += 1; tiesizes.append(len(topids))
        if out: print(q, lab, mn, " ".join(topids[:5]), sep="\t", file=out)
    print(f"{c0 + m}/{len(queries)} {time.time() - T0:.0f}s", file=sys.stderr, flush=True)

T2 = time.time()
print(f"queries={n} rate={hit / n:.6f} ({hit:.4f}/{n})")
print(f"ties(2+)={ntie} mean_tie_size={np.mean(tiesizes) if tiesizes else 0:.3f} "
      f"mean_tie_size_all={(sum(tiesizes) + (n - ntie)) / n:.3f}")
print(f"candidates/query mean={np.mean(ncand):.1f} max={max(ncand)}; queries where O>=max-3 rule would lose a top: {lost3}")
print(f"time: load+index {T1 - T0:.1f}s, queries {T2 - T1:.1f}s, total {T2 - T0:.1f}s")
