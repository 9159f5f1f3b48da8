package jixiao.storage;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The items of one batch, scored on the workers, stored in groups of up to {@code size} per transaction: a
 * commit of its own cost each item more than its inserts (every commit is written to disk before it returns,
 * see "What a 201 promises"). An item is reported stored only once its group has committed; a group that cannot
 * commit is stored again item by item, so that a bad item fails alone and the others still land whole.
 *
 * @param <T> an item ready to store
 */
final class GroupCommit<T> {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    /** What becomes of the items: stored together in one transaction (or not at all), then reported one by one. */
    interface Sink<T> {
        void store(List<T> items);

        void stored(int index, T item);

        void failed(int index);
    }

    /** A scored item waiting for its group's transaction. */
    private record Pending<T>(int index, T item) {
    }

    private final Sink<T> sink;
    private final int size;
    private List<Pending<T>> pending = new ArrayList<>();

    GroupCommit(Sink<T> sink, int size) {
        this.sink = sink;
        this.size = size;
    }

    /** On a worker: the item joins the open group; the worker that fills the group stores it. */
    void add(int index, T item) {
        List<Pending<T>> full = null;
        synchronized (this) {
            pending.add(new Pending<>(index, item));
            if (pending.size() >= size) {
                full = pending;
                pending = new ArrayList<>();
            }
        }
        if (full != null) {
            commit(full);
        }
    }

    /** Once every worker is done: the last, partly filled group. */
    void flush() {
        List<Pending<T>> rest;
        synchronized (this) {
            rest = pending;
            pending = new ArrayList<>();
        }
        if (!rest.isEmpty()) {
            commit(rest);
        }
    }

    private void commit(List<Pending<T>> group) {
        try {
            sink.store(group.stream().map(Pending::item).toList());
        } catch (RuntimeException groupFailed) {
            LOG.warn("a group of {} batch items could not be stored together; storing them one by one", group.size(),
                    groupFailed);
            group.forEach(this::commitAlone);
            return;
        }
        group.forEach(p -> sink.stored(p.index(), p.item()));
    }

    private void commitAlone(Pending<T> p) {
        try {
            sink.store(List.of(p.item()));
        } catch (RuntimeException failed) {
            LOG.error("batch item {} failed", p.index(), failed);
            sink.failed(p.index());
            return;
        }
        sink.stored(p.index(), p.item());
    }
}
