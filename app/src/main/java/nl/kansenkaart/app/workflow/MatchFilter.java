package nl.kansenkaart.app.workflow;

import java.util.function.Predicate;
import nl.kansenkaart.codes.MaterialClassification;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.matching.Approach;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.model.MaterialGroup;

/**
 * Which matches the analyst looks at: area-based (both ends in the region), chain-based (leaving
 * it) or all; one material group of the supplied material; one R-ladder level. Null means "all".
 * The matches table, the map's match layer and the matched-flows Sankey follow it.
 */
public record MatchFilter(Approach approach, MaterialGroup group, RLevel level) implements Predicate<StoredMatch> {

    public static final MatchFilter ALL = new MatchFilter(null, null, null);

    @Override
    public boolean test(StoredMatch m) {
        return (approach == null || m.approach() == approach) && (level == null || m.rLevel() == level)
                && (group == null || groupOf(m) == group);
    }

    public boolean isAll() {
        return approach == null && group == null && level == null;
    }

    /** The material group of what is supplied, as step 2 classifies it. */
    static MaterialGroup groupOf(StoredMatch m) {
        return m.supplyMaterial() == null ? null : MaterialClassification.get().of(m.supplyMaterial()).group();
    }

    MatchFilter withApproach(Approach a) {
        return new MatchFilter(a, group, level);
    }

    MatchFilter withGroup(MaterialGroup g) {
        return new MatchFilter(approach, g, level);
    }

    MatchFilter withLevel(RLevel l) {
        return new MatchFilter(approach, group, l);
    }
}
