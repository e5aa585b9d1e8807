package org.liaisonhub.search.application;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventSource;
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
import org.liaisonhub.platform.application.ContentGeneration;

/**
 * The one place every write to a searchable entry passes (import, edit, workflow move, visibility change,
 * restore: all go through Hibernate): when a transaction writes a {@link CatalogEntry} or one of its collections,
 * runs {@code onCommit} once after that transaction has committed (a process of the session's action queue, which
 * Hibernate runs after the commit, on the committing thread). In a cluster the index is written later still (outbox
 * polling), which {@link ContentGeneration}'s settling steps cover; on a single node
 * {@link IndexWrittenSynchronization} advances the generation once more after the index write, in case this ran
 * before it.
 */
final class IndexChangeListener
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PostCollectionRecreateEventListener,
                PostCollectionUpdateEventListener,
                PostCollectionRemoveEventListener {

    private static final Logger LOG = Logger.getLogger(IndexChangeListener.class.getName());

    private final Runnable onCommit;
    /** Sessions whose transaction will run {@code onCommit} already (sessions compare by identity). */
    private final Set<SharedSessionContractImplementor> watched = ConcurrentHashMap.newKeySet();

    IndexChangeListener(Runnable onCommit) {
        this.onCommit = onCommit;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        written(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        written(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        written(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        written(event.getAffectedOwnerOrNull(), event.getSession());
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        written(event.getAffectedOwnerOrNull(), event.getSession());
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        written(event.getAffectedOwnerOrNull(), event.getSession());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void written(Object entity, EventSource session) {
        if (!(entity instanceof CatalogEntry) || !watched.add(session)) {
            return;
        }
        session.getActionQueue().registerProcess((success, s) -> {
            watched.remove(session);
            if (success) {
                try {
                    onCommit.run();
                } catch (RuntimeException e) {
                    LOG.warning(() -> "Could not drop the cached search answers after a write: " + e);
                }
            }
        });
    }
}
