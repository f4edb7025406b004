package nl.kansenkaart.matching;

import java.util.Arrays;

/**
 * Candidate pairs in parallel primitive arrays (a national run holds about a million): supply,
 * demand, rule, straight-line distance, transport cost per unit, and the decision tier.
 */
final class Candidates {

    static final byte TIER_PINNED = 0;
    static final byte TIER_ACCEPTED = 1;
    static final byte TIER_PROPOSED = 2;

    int size;
    int[] supply = new int[1024];
    int[] demand = new int[1024];
    int[] rule = new int[1024];
    double[] distanceM = new double[1024];
    double[] costPerUnit = new double[1024];
    byte[] tier = new byte[1024];

    int add(int s, int d, int r, double dist, double cost, byte t) {
        if (size == supply.length) grow();
        supply[size] = s;
        demand[size] = d;
        rule[size] = r;
        distanceM[size] = dist;
        costPerUnit[size] = cost;
        tier[size] = t;
        return size++;
    }

    /** Appends another list's candidates after this one's. */
    void append(Candidates o) {
        while (supply.length < size + o.size) grow();
        System.arraycopy(o.supply, 0, supply, size, o.size);
        System.arraycopy(o.demand, 0, demand, size, o.size);
        System.arraycopy(o.rule, 0, rule, size, o.size);
        System.arraycopy(o.distanceM, 0, distanceM, size, o.size);
        System.arraycopy(o.costPerUnit, 0, costPerUnit, size, o.size);
        System.arraycopy(o.tier, 0, tier, size, o.size);
        size += o.size;
    }

    private void grow() {
        int n = Math.max(1024, supply.length * 2);
        supply = Arrays.copyOf(supply, n);
        demand = Arrays.copyOf(demand, n);
        rule = Arrays.copyOf(rule, n);
        distanceM = Arrays.copyOf(distanceM, n);
        costPerUnit = Arrays.copyOf(costPerUnit, n);
        tier = Arrays.copyOf(tier, n);
    }
}
