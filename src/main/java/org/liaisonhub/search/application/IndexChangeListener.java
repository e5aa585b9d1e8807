package org.liaisonhub.search.application;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.liaisonhub.catalog.CatalogEntry;

/**
 * The one place every write to a searchable entry passes (import, edit, workflow move, visibility change,
 * restore: all go through Hibernate): when a transaction writes a {@link CatalogEntry} or one of its collections,
 * runs {@code onCommit} once after that transaction has committed. Registered with the JTA transaction itself,
 * not as an interposed synchronization: JTA calls Hibernate's (interposed) completion first, and that is where
 * Hibernate Search writes the index and, with the {@code sync} strategy, waits until searches see it; so when
 * {@code onCommit} runs, the index already shows the write.
 */
final class IndexChangeListener implements PostInsertEventListener, PostUpdateEventListener,
        PostDeleteEventListener, PostCollectionRecreateEventListener, PostCollectionUpdateEventListener,
        PostCollectionRemoveEventListener {

    private static final Logger LOG = Logger.getLogger(IndexChangeListener.class.getName());

    private final TransactionManager transactions;
    private final Runnable onCommit;
    private final Set<Transaction> enlisted = ConcurrentHashMap.newKeySet();

    IndexChangeListener(TransactionManager transactions, Runnable onCommit) {
        this.transactions = transactions;
        this.onCommit = onCommit;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        written(event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        written(event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        written(event.getEntity());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        written(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        written(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        written(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void written(AbstractCollectionEvent event) {
        written(event.getAffectedOwnerOrNull());
    }

    private void written(Object entity) {
        if (!(entity instanceof CatalogEntry)) {
            return;
        }
        try {
            Transaction transaction = transactions.getTransaction();
            if (transaction == null || !enlisted.add(transaction)) {
                return;
            }
            transaction.registerSynchronization(new AfterCommit(transaction));
        } catch (SystemException | RollbackException | IllegalStateException e) {
            // Marked for rollback or ending: nothing will be committed, so nothing to drop.
            LOG.fine(() -> "Not watching this transaction: " + e);
        }
    }

    private final class AfterCommit implements Synchronization {

        private final Transaction transaction;

        AfterCommit(Transaction transaction) {
            this.transaction = transaction;
        }

        @Override
        public void beforeCompletion() {
            // the index is written after the commit
        }

        @Override
        public void afterCompletion(int status) {
            enlisted.remove(transaction);
            if (status == Status.STATUS_COMMITTED) {
                try {
                    onCommit.run();
                } catch (RuntimeException e) {
                    LOG.warning(() -> "Could not drop the cached search answers after a write: " + e);
                }
            }
        }
    }
}
