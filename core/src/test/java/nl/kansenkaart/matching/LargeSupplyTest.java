package nl.kansenkaart.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kansenkaart.codes.MaterialClass;
import nl.kansenkaart.codes.MaterialClassification;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;
import org.junit.jupiter.api.Test;

/**
 * One large supply and many small takers, as the waste-to-energy plant's CO2 and the greenhouses:
 * the candidate search looks beyond the k nearest until the takers could absorb the supply, and the
 * unmatched report tells a taker nobody considered from a taker nobody could reach.
 */
class LargeSupplyTest {

    private static final MaterialKey CO2 = MaterialKey.parse("resource:co2");

    @Test
    void aLargeSupplyReachesBeyondTheKNearestUntilItsTakersCanAbsorbIt() {
        // 100 t of CO2; 30 greenhouses of 4 t each, 1 to 30 km east; k = 20 would place only 80 t
        List<FlowNode> demands = new ArrayList<>();
        for (int i = 1; i <= 30; i++) demands.add(node("G" + i, FlowDirection.DEMAND, 4, 120_000 + i * 1_000));
        MatchRun run = run(List.of(node("AEC", FlowDirection.SUPPLY, 100, 120_000)), demands, 20);

        assertThat(run.matches().stream().mapToDouble(Match::amount).sum()).isEqualTo(100.0);
        assertThat(run.matches()).hasSize(25).allSatisfy(m -> assertThat(m.roadKm()).isLessThanOrEqualTo(25 * 1.3 + 1e-9));
        Map<UnmatchedReason, Long> unmet = reasons(run, FlowDirection.DEMAND);
        assertThat(unmet).containsExactly(Map.entry(UnmatchedReason.CAPACITY_TAKEN, 5L));
    }

    @Test
    void aTakerWithinReachButBeyondTheNearestIsToldApartFromOneOutOfReach() {
        // 1 t of CO2 needs no more than its k = 3 nearest takers; the 4th and 5th are within the
        // 100 km haul distance of CO2, the 6th (200 km road) is not
        List<FlowNode> demands = new ArrayList<>();
        for (int i = 1; i <= 5; i++) demands.add(node("G" + i, FlowDirection.DEMAND, 4, 120_000 + i * 1_000));
        demands.add(node("FAR", FlowDirection.DEMAND, 4, 120_000 + 160_000));
        MatchRun run = run(List.of(node("AEC", FlowDirection.SUPPLY, 1, 120_000)), demands, 3);

        assertThat(run.matches()).hasSize(1);
        Map<String, UnmatchedReason> byActor = run.unmatched().stream().filter(u -> u.node().direction() == FlowDirection.DEMAND)
                .collect(Collectors.toMap(u -> u.node().actorRef(), Unmatched::reason));
        assertThat(byActor).containsEntry("G2", UnmatchedReason.CAPACITY_TAKEN).containsEntry("G3", UnmatchedReason.CAPACITY_TAKEN)
                .containsEntry("G4", UnmatchedReason.NOT_AMONG_NEAREST).containsEntry("G5", UnmatchedReason.NOT_AMONG_NEAREST)
                .containsEntry("FAR", UnmatchedReason.NO_PARTNER_IN_RANGE);
    }

    private static MatchRun run(List<FlowNode> supplies, List<FlowNode> demands, int k) {
        MatchSettings settings = MatchSettings.DEFAULTS.with(Map.of("max_candidates", Integer.toString(k)));
        return MatchEngine.run("t", FlowNodes.ofNodes(supplies, demands), RuleTable.defaults(), TransportClassTable.defaults(),
                settings, DecisionSet.NONE, TodayProcessing.NONE);
    }

    private static Map<UnmatchedReason, Long> reasons(MatchRun run, FlowDirection dir) {
        return run.unmatched().stream().filter(u -> u.node().direction() == dir)
                .collect(Collectors.groupingBy(Unmatched::reason, Collectors.counting()));
    }

    private static FlowNode node(String actor, FlowDirection dir, double tonnes, double x) {
        MaterialClass c = MaterialClassification.get().of(CO2);
        return new FlowNode(-1, actor, actor, dir, CO2, c.group(), c.state(), false, tonnes, QuantityUnit.TONNE,
                DataQuality.MEASURED, LocationPrecision.COORDINATES, x, 480_000, null, "test");
    }
}
