package org.liaisonhub.bench;

/** One way of answering the query mix: a page of hits, the total and the type and country facet counts. */
public interface SearchCase extends AutoCloseable {

    String name();

    /** Runs the query; answers the total number of hits (shown beside the latencies, to compare quality). */
    long run(BenchQuery query) throws Exception;

    @Override
    default void close() throws Exception {}
}
