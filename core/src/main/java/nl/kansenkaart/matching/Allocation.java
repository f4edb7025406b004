package nl.kansenkaart.matching;

/**
 * The outcome of allocating supplies over demands: which candidate edges got how much (in the
 * order they were filled) and what is left on each side.
 */
record Allocation(int[] edges, double[] amounts, int count, double[] supplyLeft, double[] demandLeft) {}
