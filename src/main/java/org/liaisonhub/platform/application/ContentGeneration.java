package org.liaisonhub.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The content generation: an opaque token that every cached answer's key carries (search results, practice
 * insights), replaced by {@link #advance()} after every committed write to an indexed entry (the search feature's
 * {@code IndexChangeListener}) and every re-index. It lives in
 * the Infinispan cache {@code liaison/search-generation} (wildfly-config/configure-server.cli): local on a single
 * node, replicated in a cluster (configure-cluster.cli), so a write on any node changes every node's key and the
 * answers cached before it are never served again. A random token, not a counter: two nodes advancing at once
 * need no coordination, and a lost entry (a restarted cluster) simply starts a generation nobody has used.
 * <p>
 * In a cluster the index is written after the commit, asynchronously (outbox polling, then OpenSearch's refresh):
 * {@code liaison.search.cache.settle-ms} (delays in milliseconds, space-separated) advances the generation again that long after
 * the write, so an answer cached before the index caught up is dropped too; several steps keep the wait short
 * when indexing is quick and still cover a slow one.
 */
@ApplicationScoped
public class ContentGeneration {

    private static final Logger LOG = Logger.getLogger(ContentGeneration.class.getName());
    static final String KEY = "search";

    @Resource(lookup = "java:jboss/infinispan/cache/liaison/search-generation")
    ConcurrentMap<String, String> tokens;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "liaison.search.cache.settle-ms")
    Optional<String> settleSetting;

    List<Long> settleMillis = List.of();

    @PostConstruct
    void readSettleDelays() {
        settleMillis = settleDelays(settleSetting.orElse(""));
    }

    public String current() {
        String token = tokens.get(KEY);
        if (token == null) {
            tokens.putIfAbsent(KEY, fresh());
            token = tokens.get(KEY);
        }
        return token;
    }

    /** After the index has changed: every answer cached so far, on every node, is stale. */
    public void advance() {
        tokens.put(KEY, fresh());
        for (long delay : settleMillis) {
            scheduler.schedule(this::advanceAfterSettling, delay, TimeUnit.MILLISECONDS);
        }
    }

    /** "500 1000 4000" (or with commas) → those delays; blank or 0 → none. */
    static List<Long> settleDelays(String setting) {
        return Arrays.stream(setting.split("[,\\s]+"))
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .map(Long::valueOf)
                .filter(d -> d > 0)
                .toList();
    }

    private void advanceAfterSettling() {
        try {
            tokens.put(KEY, fresh());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Could not advance the search generation after settling: " + e);
        }
    }

    private static String fresh() {
        return UUID.randomUUID().toString();
    }
}
