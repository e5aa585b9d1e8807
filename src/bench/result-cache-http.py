#!/usr/bin/env python3
"""The search result cache over HTTP: each of the relevance suite's first 60 queries asked once (the cache is
cold for it), then each asked again (answered from the cache), on one keep-alive connection, as an anonymous
visitor. Prints the medians of both rounds and of the per-query ratio. Start the server with demo data first:
  target/server/bin/standalone.sh -c liaison.xml -Dliaison.demo-data=true   (and deploy target/liaison.war)
Usage: result-cache-http.py [base URL, default http://localhost:8080]"""
import http.client
import statistics
import sys
import time
import urllib.parse

base = urllib.parse.urlparse(sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080")
queries = []
with open("src/test/resources/relevance/queries.tsv", encoding="utf-8") as tsv:
    for line in tsv:
        if line.strip() and not line.startswith("#"):
            q = line.split("\t")[0]
            if q not in queries:
                queries.append(q)
queries = queries[:60]
connection = http.client.HTTPConnection(base.hostname, base.port or 80)


def ask(q):
    start = time.perf_counter()
    connection.request("GET", "/api/search?q=" + urllib.parse.quote(q))
    response = connection.getresponse()
    response.read()
    if response.status != 200:
        raise SystemExit(f"{q!r}: HTTP {response.status}")
    return (time.perf_counter() - start) * 1000


# Warm up the server's search path (both ways) with other text first, so the JIT favours neither round.
for i in range(200):
    warm_up = "warm up " + "".join(chr(ord("a") + int(d)) for d in str(i))
    ask(warm_up)
    ask(warm_up)
cold = [ask(q) for q in queries]
warm = [ask(q) for q in queries]
ratios = [c / w for c, w in zip(cold, warm)]


def summary(name, ms):
    ms = sorted(ms)
    print(f"{name}: median {statistics.median(ms):.2f} ms, p90 {ms[int(len(ms) * 0.9) - 1]:.2f} ms, "
          f"max {ms[-1]:.2f} ms")


print(f"{len(queries)} distinct queries, anonymous, {base.geturl()}")
summary("first time (cache cold)", cold)
summary("asked again (cache hit)", warm)
print(f"per-query cold/hit ratio: median {statistics.median(ratios):.1f}x")
