package org.kgexplorer.core.store;

import org.apache.jena.graph.Triple;

/**
 * Sees every statement of a staged load of a database as it goes in (ADR 38), so that what is made from all of the
 * data (the search index, the class tree, completion) can be gathered while it is parsed instead of read back from
 * the database after. A load that adds in place (a small addition, ADR 34) is not watched: {@link #staged} is then
 * never called.
 */
public interface LoadWatcher {
    /** Watches nothing. */
    LoadWatcher NONE = new LoadWatcher() {
        @Override
        public void staged() {
        }

        @Override
        public void statement(Triple t) {
        }
    };

    /**
     * A staged load begins: every statement of the data it makes follows, what the database kept (an addition) and
     * what is added, each at least once, in any order. Called again if the load begins again.
     */
    void staged();

    /** One statement (a quad as its triple), in the thread that parses it. */
    void statement(Triple t);

    /** Both watchers, {@code a} first. */
    static LoadWatcher both(LoadWatcher a, LoadWatcher b) {
        return new LoadWatcher() {
            @Override
            public void staged() {
                a.staged();
                b.staged();
            }

            @Override
            public void statement(Triple t) {
                a.statement(t);
                b.statement(t);
            }
        };
    }
}
