/**
 * The benchmark suite (issue #7, docs/benchmarks.md): a synthetic catalogue generator, Liaison's own search service and
 * mass indexer booted in Java SE, the cases they are compared with (raw Lucene, SQL, PostgreSQL full-text search,
 * HTTP under wrk) and the report. Compiled with the tests; run by src/bench/run-benchmarks.sh.
 */
package org.liaisonhub.bench;
