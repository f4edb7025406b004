package nl.kansenkaart.matching;

import java.util.Map;

/** The analyst's decisions by pair, as read from the project. */
public record DecisionSet(Map<PairKey, Decision> byPair) {

    public static final DecisionSet NONE = new DecisionSet(Map.of());

    public DecisionSet {
        byPair = Map.copyOf(byPair);
    }

    public Decision get(PairKey key) {
        return byPair.get(key);
    }
}
