package nl.kansenkaart.io.lma;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KnownStreamsTest {

    @Test
    void findsEveryStreamItRemembersThroughGrowth() {
        KnownStreams known = new KnownStreams();
        Random r = new Random(7);
        long[][] keys = new long[50_000][2];
        for (int i = 0; i < keys.length; i++) {
            keys[i][0] = r.nextLong();
            keys[i][1] = r.nextLong();
            known.add(keys[i][0], keys[i][1], i + 1, "M" + (i % 7), i % 64);
        }
        assertThat(known.size()).isEqualTo(keys.length);
        for (int i = 0; i < keys.length; i++) {
            int slot = known.find(keys[i][0], keys[i][1]);
            assertThat(slot).isNotNegative();
            assertThat(known.id(slot)).isEqualTo(i + 1);
            assertThat(known.method(slot)).isEqualTo("M" + (i % 7));
            assertThat(known.flags(slot)).isEqualTo(i % 64);
        }
        // Same first half, other second half: a different stream.
        assertThat(known.find(keys[0][0], keys[0][1] + 1)).isEqualTo(-1);
    }

    @Test
    void remembersNoMoreThanItsLimit() {
        KnownStreams known = new KnownStreams(3);
        for (int i = 1; i <= 5; i++) known.add(i * 31L, i, i, null, 0);
        assertThat(known.size()).isEqualTo(3);
        assertThat(known.find(3 * 31L, 3)).isNotNegative();
        assertThat(known.find(4 * 31L, 4)).isEqualTo(-1);
    }
}
