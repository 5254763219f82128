package dev.amends.engine;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An unmodifiable map made the first time it is read, from any thread, once. The precompiled
 * default playbook describes its rules this way, so that an advisor that only recommends never
 * parses the DRL the rules were made from.
 */
final class LazyMap<K, V> extends AbstractMap<K, V> {

    private final Supplier<Map<K, V>> maker;
    private volatile Map<K, V> made;

    LazyMap(Supplier<Map<K, V>> maker) {
        this.maker = maker;
    }

    /** Whether the map was made already. */
    boolean isMade() {
        return made != null;
    }

    private Map<K, V> map() {
        Map<K, V> map = made;
        if (map == null) {
            synchronized (this) {
                map = made;
                if (map == null) {
                    map = Map.copyOf(maker.get());
                    made = map;
                }
            }
        }
        return map;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return map().entrySet();
    }

    @Override
    public V get(Object key) {
        return map().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map().containsKey(key);
    }

    @Override
    public int size() {
        return map().size();
    }
}
