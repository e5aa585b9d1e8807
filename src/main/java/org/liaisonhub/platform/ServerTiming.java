package org.liaisonhub.platform;

import java.util.function.Supplier;

/**
 * The parts of one request's server time, for the {@code Server-Timing} header (docs/search.md): a plain object
 * per request thread, so that recording a part costs two {@link System#nanoTime()} calls and no lookup in a
 * container. Parts recorded while no request is being timed (a page, the benchmark in Java SE) are dropped.
 */
public final class ServerTiming {

    /** A part of the server time, named as the header names it. */
    public enum Part {
        TEXT("text"),
        LUCENE("lucene"),
        FACETS("facets"),
        SPELLING("spelling"),
        HIGHLIGHT("highlight"),
        JSON("json");

        final String label;

        Part(String label) {
            this.label = label;
        }
    }

    private static final ThreadLocal<ServerTiming> CURRENT = new ThreadLocal<>();

    private final long[] nanos = new long[Part.values().length];
    private final boolean[] recorded = new boolean[Part.values().length];

    /** Starts timing the current thread's request; {@link #stop()} must follow in a finally block. */
    public static ServerTiming start() {
        ServerTiming timing = new ServerTiming();
        CURRENT.set(timing);
        return timing;
    }

    public static void stop() {
        CURRENT.remove();
    }

    /** Adds {@code nanos} to a part of the current request, if one is being timed. */
    public static void add(Part part, long nanos) {
        ServerTiming timing = CURRENT.get();
        if (timing != null) {
            timing.nanos[part.ordinal()] += nanos;
            timing.recorded[part.ordinal()] = true;
        }
    }

    /** Runs {@code work} and adds its time to {@code part}. */
    public static <T> T time(Part part, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(part, System.nanoTime() - start);
        }
    }

    /** The header's value: the recorded parts in their fixed order, then {@code total}, in milliseconds. */
    public String header(long totalNanos) {
        StringBuilder out = new StringBuilder(128);
        for (Part part : Part.values()) {
            if (recorded[part.ordinal()]) {
                append(out, part.label, nanos[part.ordinal()]);
            }
        }
        append(out, "total", totalNanos);
        return out.toString();
    }

    /** {@code name;dur=1.23}: two decimals, a dot whatever the locale. */
    private static void append(StringBuilder out, String name, long nanos) {
        if (!out.isEmpty()) {
            out.append(", ");
        }
        long hundredths = Math.max(0, Math.round(nanos / 10_000.0));
        long fraction = hundredths % 100;
        out.append(name)
                .append(";dur=")
                .append(hundredths / 100)
                .append('.')
                .append(fraction < 10 ? "0" : "")
                .append(fraction);
    }
}
