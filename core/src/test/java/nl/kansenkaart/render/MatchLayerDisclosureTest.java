package nl.kansenkaart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.matching.Approach;
import nl.kansenkaart.matching.ScaleLevel;
import nl.kansenkaart.matching.StoredMatch;
import org.junit.jupiter.api.Test;

/** A workshop map must not let line widths give away the tonnes of companies that did not consent. */
class MatchLayerDisclosureTest {

    private static StoredMatch match(String id, String supply, String demand, double tonnes) {
        return new StoredMatch(id, 1, supply, supply, "plant-tissue waste", demand, demand, "fibre", "organic_fibre", RLevel.R8,
                tonnes, "t", 12.0, ScaleLevel.REGIONAL, Approach.AREA, 0.1, 70, "", null, "MEASURED", "ESTIMATED",
                110_000, 480_000, 115_000, 495_000, MaterialKey.parse("eural:020103"), MaterialKey.parse("resource:fibre"), null);
    }

    private final List<StoredMatch> matches = List.of(match("M1", "A", "P", 10), match("M2", "B", "P", 10_000),
            match("M3", "C", "Q", 500));

    @Test
    void onTheAnalystsScreenWidthFollowsTheAmount() {
        MatchLayer screen = new MatchLayer(matches);
        assertThat(screen.width(matches.get(1))).isGreaterThan(screen.width(matches.get(2))).isGreaterThan(screen.width(matches.get(0)));
    }

    @Test
    void inAWorkshopMapOnlyConsentedMatchesShowTheirAmount() {
        MatchLayer none = new MatchLayer(matches, m -> false);
        assertThat(matches).extracting(none::width).containsOnly(none.width(matches.get(0)));

        Set<String> consented = Set.of("C", "Q");
        MatchLayer some = new MatchLayer(matches, m -> consented.contains(m.supplyRef()) && consented.contains(m.demandRef()));
        // the 10,000 t match of B is drawn as thin as the 10 t one, and does not set the scale
        assertThat(some.width(matches.get(1))).isEqualTo(some.width(matches.get(0)));
        assertThat(some.width(matches.get(2))).isGreaterThan(some.width(matches.get(0)));
    }
}
