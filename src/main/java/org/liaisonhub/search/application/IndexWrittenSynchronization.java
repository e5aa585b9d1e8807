package org.liaisonhub.search.application;

import jakarta.enterprise.inject.spi.CDI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.liaisonhub.platform.application.ContentGeneration;

/**
 * Hibernate Search's {@code sync} strategy (commit, refresh, wait), which then advances the
 * {@link ContentGeneration}: the one moment a single node knows that searches see a write, so answers cached from
 * then on are never older than the index. Runs on the thread that committed, after the commit. Chosen for the
 * embedded index by wildfly-config/configure-server.cli ({@code liaison.search.synchronization}); a cluster
 * indexes through outbox polling, which takes no strategy ({@link IndexChangeListener} covers it).
 */
public class IndexWrittenSynchronization implements IndexingPlanSynchronizationStrategy {

    private static final Logger LOG = Logger.getLogger(IndexWrittenSynchronization.class.getName());
    private static final IndexingPlanSynchronizationStrategy SYNC = IndexingPlanSynchronizationStrategy.sync();

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        SYNC.apply(new IndexingPlanSynchronizationStrategyConfigurationContext() {
            @Override
            public void documentCommitStrategy(DocumentCommitStrategy strategy) {
                context.documentCommitStrategy(strategy);
            }

            @Override
            public void documentRefreshStrategy(DocumentRefreshStrategy strategy) {
                context.documentRefreshStrategy(strategy);
            }

            @Override
            public void indexingFutureHandler(
                    Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler) {
                context.indexingFutureHandler(future -> {
                    try {
                        handler.accept(future); // sync: waits until searches see the write
                    } finally {
                        advanceGeneration();
                    }
                });
            }

            @Override
            public FailureHandler failureHandler() {
                return context.failureHandler();
            }

            @Override
            public void operationSubmitter(OperationSubmitter submitter) {
                context.operationSubmitter(submitter);
            }
        });
    }

    static void advanceGeneration() {
        try {
            CDI.current().select(ContentGeneration.class).get().advance();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Could not drop the cached search answers after a write: " + e);
        }
    }
}
