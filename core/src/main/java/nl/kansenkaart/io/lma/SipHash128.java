package nl.kansenkaart.io.lma;

/**
 * SipHash-1-3 with 128-bit output (Aumasson and Bernstein), fed 64-bit words: the words'
 * little-endian bytes are the message. A keyed pseudorandom function: without the key nobody can
 * construct two inputs with the same output, unlike fast unkeyed hashes (Murmur, xxHash) which
 * have known seed-independent collisions. With a random key per import, two different inputs
 * collide with probability 2^-128. SipHash-1-3 is the variant Rust and Python use for their hash
 * tables. Hand-written rather than from a library: the hot path feeds characters of a row straight
 * from the line, without a byte copy per row (tested against Bouncy Castle's SipHash128).
 * <p>Not thread-safe: one instance per thread.
 */
final class SipHash128 {

    private final long k0, k1;
    private long v0, v1, v2, v3;
    private long words;
    /** The second half of the last result. */
    private long low;

    SipHash128(long k0, long k1) {
        this.k0 = k0;
        this.k1 = k1;
        reset();
    }

    void reset() {
        v0 = 0x736f6d6570736575L ^ k0;
        v1 = 0x646f72616e646f6dL ^ k1 ^ 0xee;
        v2 = 0x6c7967656e657261L ^ k0;
        v3 = 0x7465646279746573L ^ k1;
        words = 0;
    }

    void add(long m) {
        v3 ^= m;
        round();
        v0 ^= m;
        words++;
    }

    /** Ends the message; returns the first 64 bits of the hash ({@link #low()} has the other 64) and resets. */
    long finish() {
        long b = (words * 8) << 56;
        v3 ^= b;
        round();
        v0 ^= b;
        v2 ^= 0xee;
        round();
        round();
        round();
        long high = v0 ^ v1 ^ v2 ^ v3;
        v1 ^= 0xdd;
        round();
        round();
        round();
        low = v0 ^ v1 ^ v2 ^ v3;
        reset();
        return high;
    }

    long low() {
        return low;
    }

    private void round() {
        v0 += v1;
        v1 = Long.rotateLeft(v1, 13);
        v1 ^= v0;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v3;
        v3 = Long.rotateLeft(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = Long.rotateLeft(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = Long.rotateLeft(v1, 17);
        v1 ^= v2;
        v2 = Long.rotateLeft(v2, 32);
    }
}
