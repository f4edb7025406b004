package nl.kansenkaart.io.lma;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.bouncycastle.crypto.macs.SipHash128;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

class SipHash128Test {

    @Test
    void equalsBouncyCastlesSipHash13With128BitOutput() {
        Random random = new Random(2017);
        for (int n = 0; n < 300; n++) {
            long k0 = random.nextLong(), k1 = random.nextLong();
            long[] words = new long[random.nextInt(40)];
            for (int i = 0; i < words.length; i++) words[i] = random.nextLong();

            nl.kansenkaart.io.lma.SipHash128 ours = new nl.kansenkaart.io.lma.SipHash128(k0, k1);
            for (long w : words) ours.add(w);
            long high = ours.finish(), low = ours.low();

            SipHash128 reference = new SipHash128(1, 3);
            reference.init(new KeyParameter(le(k0, k1)));
            byte[] message = le(words);
            reference.update(message, 0, message.length);
            byte[] out = new byte[16];
            reference.doFinal(out, 0);
            ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(new long[] {high, low}).as("%d words", words.length).containsExactly(b.getLong(), b.getLong());
        }
    }

    @Test
    void startsAfreshAfterEachResult() {
        nl.kansenkaart.io.lma.SipHash128 h = new nl.kansenkaart.io.lma.SipHash128(1, 2);
        h.add(42);
        long first = h.finish();
        h.add(42);
        assertThat(h.finish()).isEqualTo(first);
        h.add(43);
        assertThat(h.finish()).isNotEqualTo(first);
    }

    private static byte[] le(long... words) {
        ByteBuffer b = ByteBuffer.allocate(8 * words.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long w : words) b.putLong(w);
        return b.array();
    }
}
