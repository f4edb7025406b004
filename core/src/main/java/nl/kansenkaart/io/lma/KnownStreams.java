package nl.kansenkaart.io.lma;

/**
 * The streams of one table already stored, by {@link StreamKey}: their id and what the import's
 * accounting needs per row (method, flags). Open addressing over primitive arrays, about 60 bytes
 * per stream; at most {@value #MAX} streams are remembered, so a file in which every row differs
 * still fits the streaming import's memory (a stream beyond that is stored again when it repeats:
 * the records stay right, the stream table is only less compact).
 */
final class KnownStreams {

    static final int MAX = 1 << 20;

    private long[] keys = new long[2 * 1024];
    /** Stream id per slot; 0 marks an empty slot (ids start at 1). */
    private long[] ids = new long[1024];
    private String[] methods = new String[1024];
    private int[] flags = new int[1024];
    private int size;
    private final int max;

    KnownStreams() {
        this(MAX);
    }

    /** Remembering at most {@code max} streams. */
    KnownStreams(int max) {
        this.max = max;
    }

    /** The slot of a key, or -1 when the stream is not known. */
    int find(long high, long low) {
        int mask = ids.length - 1;
        for (int slot = (int) high & mask; ; slot = (slot + 1) & mask) {
            if (ids[slot] == 0) return -1;
            if (keys[2 * slot] == high && keys[2 * slot + 1] == low) return slot;
        }
    }

    long id(int slot) {
        return ids[slot];
    }

    String method(int slot) {
        return methods[slot];
    }

    int flags(int slot) {
        return flags[slot];
    }

    /** Remembers a stream (unless as many as it may remember are remembered already). */
    void add(long high, long low, long id, String method, int flag) {
        if (size >= max) return;
        if (2 * (size + 1) > ids.length) grow();
        put(high, low, id, method, flag);
    }

    private void put(long high, long low, long id, String method, int flag) {
        int mask = ids.length - 1;
        int slot = (int) high & mask;
        while (ids[slot] != 0) slot = (slot + 1) & mask;
        keys[2 * slot] = high;
        keys[2 * slot + 1] = low;
        ids[slot] = id;
        methods[slot] = method;
        flags[slot] = flag;
        size++;
    }

    private void grow() {
        long[] oldKeys = keys, oldIds = ids;
        String[] oldMethods = methods;
        int[] oldFlags = flags;
        int n = oldIds.length * 2;
        keys = new long[2 * n];
        ids = new long[n];
        methods = new String[n];
        flags = new int[n];
        size = 0;
        for (int s = 0; s < oldIds.length; s++)
            if (oldIds[s] != 0) put(oldKeys[2 * s], oldKeys[2 * s + 1], oldIds[s], oldMethods[s], oldFlags[s]);
    }

    int size() {
        return size;
    }
}
