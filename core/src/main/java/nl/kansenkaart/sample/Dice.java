package nl.kansenkaart.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's source of randomness. SplittableRandom's algorithm is specified by the JDK and
 * StrictMath gives the same bits on every platform, so a seed always yields the same files.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An independent stream, so that one part of the sample does not shift another. */
    Dice split() {
        return new Dice(random.nextLong());
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int min, int maxInclusive) {
        return min + random.nextInt(maxInclusive - min + 1);
    }

    double uniform(double min, double max) {
        return min + (max - min) * random.nextDouble();
    }

    double uniform(Range r) {
        return uniform(r.min(), r.max());
    }

    /** Log-uniform: sizes of firms and flows spread over orders of magnitude, most of them small. */
    double logUniform(Range r) {
        if (r.min() <= 0) return uniform(r);
        return StrictMath.exp(uniform(StrictMath.log(r.min()), StrictMath.log(r.max())));
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks by weight; {@code weights} has the same length as {@code items}. */
    <T> T pick(List<T> items, double[] weights) {
        double total = 0;
        for (double w : weights) total += w;
        double x = random.nextDouble() * total;
        for (int i = 0; i < items.size(); i++) {
            x -= weights[i];
            if (x < 0) return items.get(i);
        }
        return items.get(items.size() - 1);
    }

    <T> T pick(Weighted<T> w) {
        return pick(w.items(), w.weights());
    }
}
