package nl.kansenkaart.matching;

/** Supply that found no taker, or demand that found no supplier, for (part of) its amount. */
public record Unmatched(FlowNode node, double left, UnmatchedReason reason, String detail) {}
