package nl.kansenkaart.sample;

import java.util.List;
import java.util.Set;

/**
 * A waste stream that establishments of one kind report, from {@code waste_streams.csv}.
 *
 * @param sbiPrefix  only establishments whose SBI code starts with this ("" = all of the kind)
 * @param share      probability that an establishment of the kind has the stream
 * @param amount     tonnes per year per unit of {@code basis}
 * @param methods    LMA processing methods by weight
 * @param toTypes    processor types that may receive it; empty = any that applies the method
 * @param loadTonnes tonnes per load (vracht)
 * @param names      free-text waste names to pick from; empty = the official EURAL description
 */
record StreamSpec(String streamType, String sbiPrefix, String eural, double share, Basis basis, Range amount,
                  Weighted<String> methods, Set<String> toTypes, Collection collection, MonthPattern pattern,
                  Range loadTonnes, List<String> names) {

    /** What the yearly amount is proportional to. */
    enum Basis { PER_HA, PER_JOB, PER_PE, FIXED }

    /** Who hands the waste over: the establishment itself, or a collector on its behalf. */
    enum Collection {
        DIRECT, ROUTE, COLLECTOR_SCHEME;

        boolean viaCollector() {
            return this != DIRECT;
        }
    }

    boolean appliesTo(Establishment e) {
        return streamType.equals(e.streamType()) && (sbiPrefix.isEmpty() || (e.sbi() != null && e.sbi().startsWith(sbiPrefix)));
    }
}
