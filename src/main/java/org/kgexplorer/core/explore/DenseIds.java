package org.kgexplorer.core.explore;

import org.apache.jena.mem2.collection.FastHashSet;

/**
 * Numbers distinct keys 0, 1, 2, ... in the order they are first added, and finds a key's number again: Jena's
 * {@link FastHashSet} (the set behind its in-memory graphs) with a lookup by key. Three arrays whatever the
 * count, where a {@code HashMap<K, Integer>} makes an entry object and a boxed number per key: the indexes built
 * after every load use it so a large load leaves the collector far fewer objects to copy (ADR 15). Keys are never
 * removed, so the numbers stay dense. Not thread-safe while it grows; safe to read from any thread once built.
 */
public final class DenseIds<K> extends FastHashSet<K> {

    public DenseIds(int expected) {
        super(Math.max(expected, MINIMUM_ELEMENTS_SIZE));
    }

    @Override
    @SuppressWarnings("unchecked")
    protected K[] newKeysArray(int size) {
        return (K[]) new Object[size];
    }

    /** The key's number, a new one (the count so far) when the key is new. */
    public int add(K key) {
        int i = addAndGetIndex(key);
        return i < 0 ? ~i : i;
    }

    /** The key's number, or -1 when it was never added. */
    public int indexOf(K key) {
        int position = findPosition(key, key.hashCode());
        return position < 0 ? -1 : ~positions[position];
    }

    /** The key with this number. */
    public K get(int id) {
        return getKeyAt(id);
    }
}
