#!/usr/bin/python3
"""python-igraph peer for bench/scores.bench.ts: times the scores computeScores produces.

    /usr/bin/python3 bench/igraph_scores.py DIR NODES [SOURCES_FILE]

DIR holds edges.txt ("u v" per line) and weight.f64 (float64 per edge, same order).
With SOURCES_FILE (int32 node ids), closeness runs from those sources only (the sampled
equivalent of ours) and betweenness is skipped: python-igraph 0.10.2 has no pivot-sampled
or subset betweenness, and exact betweenness at 100k/1M would take hours.
Prints one JSON object: milliseconds per score, and peak RSS in MB.
"""
import json
import resource
import sys
import time

import igraph
import numpy as np

folder, n = sys.argv[1], int(sys.argv[2])
sources = np.fromfile(sys.argv[3], dtype=np.int32).tolist() if len(sys.argv) > 3 else None
ms = {}


def timed(name, f):
    t = time.perf_counter()
    out = f()
    ms[name] = (time.perf_counter() - t) * 1000
    return out


def build():
    g = igraph.Graph.Read_Edgelist(f"{folder}/edges.txt", directed=True)
    if g.vcount() < n:
        g.add_vertices(n - g.vcount())
    g.es["weight"] = np.fromfile(f"{folder}/weight.f64", dtype=np.float64).tolist()
    return g


g = timed("build", build)
timed("degree", lambda: (g.indegree(), g.outdegree(), g.strength(mode="in", weights="weight"), g.strength(mode="out", weights="weight")))
timed("pagerank", lambda: g.pagerank(damping=0.85, weights="weight"))
if sources is None:
    timed("betweenness", lambda: g.betweenness(directed=True))
    timed("closeness", lambda: g.harmonic_centrality(mode="in"))
else:
    # Harmonic closeness from k sources = k BFS along out-edges, as ours does when sampling.
    timed("closeness", lambda: g.harmonic_centrality(vertices=sources, mode="out"))
timed("hits", lambda: (g.hub_score(weights="weight"), g.authority_score(weights="weight")))
timed("clustering", lambda: g.transitivity_local_undirected(mode="zero"))


def communities():
    u = g.as_undirected(mode="collapse", combine_edges="sum")
    return u.community_multilevel(weights="weight").modularity


q = timed("communities", communities)
timed("reciprocity", lambda: g.reciprocity())
timed("constraint", lambda: g.constraint(weights="weight"))
print(json.dumps({"ms": ms, "modularity": q, "peakRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
