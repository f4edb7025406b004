package nl.kansenkaart.io.lma;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import nl.kansenkaart.project.AttributeJson;

/**
 * A row's extra attributes (header → value, in column order) as a read-only map over two arrays,
 * with its JSON built from keys quoted once per table: a million rows each with a dozen attributes
 * would otherwise spend more time hashing and escaping names than reading values.
 */
final class RowAttributes extends AbstractMap<String, String> {

    private final String[] keys;
    /** The key as {@code "name":}, already escaped; null when it must be escaped on writing. */
    private final String[] jsonKeys;
    private final String[] values;
    private final int size;

    static final RowAttributes NONE = new RowAttributes(new String[0], new String[0], new String[0], 0);

    RowAttributes(String[] keys, String[] jsonKeys, String[] values, int size) {
        this.keys = keys;
        this.jsonKeys = jsonKeys;
        this.values = values;
        this.size = size;
    }

    /** {@code "name":} for a key. */
    static String jsonKey(String key) {
        StringBuilder sb = new StringBuilder(key.length() + 3);
        AttributeJson.string(sb, key);
        return sb.append(':').toString();
    }

    /** The attributes as a JSON object, or null when there are none; {@code sb} is scratch space. */
    String json(StringBuilder sb) {
        if (size == 0) return null;
        sb.setLength(0);
        sb.append('{');
        for (int i = 0; i < size; i++) {
            if (i > 0) sb.append(',');
            if (jsonKeys[i] != null) sb.append(jsonKeys[i]);
            else {
                AttributeJson.string(sb, keys[i]);
                sb.append(':');
            }
            AttributeJson.string(sb, values[i]);
        }
        return sb.append('}').toString();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < size; i++) if (keys[i].equals(key)) return values[i];
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    int i;

                    @Override
                    public boolean hasNext() {
                        return i < size;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (i >= size) throw new NoSuchElementException();
                        Entry<String, String> e = new SimpleImmutableEntry<>(keys[i], values[i]);
                        i++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
