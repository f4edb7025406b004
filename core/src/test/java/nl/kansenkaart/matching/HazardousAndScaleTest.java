package nl.kansenkaart.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.PhysicalState;
import nl.kansenkaart.model.QuantityUnit;
import org.junit.jupiter.api.Test;

/** Hazardous supplies only match rules that allow them; scale levels follow the road distance. */
class HazardousAndScaleTest {

    private static FlowNode node(String ref, FlowDirection dir, String material, boolean hazardous, double amount, double x, double y) {
        return new FlowNode(-1, ref, ref, dir, MaterialKey.parse(material), MaterialGroup.MINERALS, PhysicalState.SOLID, hazardous, amount,
                QuantityUnit.TONNE, DataQuality.MEASURED, LocationPrecision.ADDRESS, x, y, null, "test");
    }

    private static final List<FlowNode> SUPPLIES = List.of(
            node("GRONDBANK", FlowDirection.SUPPLY, "eural:170503", true, 500, 120_000, 480_000),
            node("AANNEMER", FlowDirection.SUPPLY, "eural:170504", false, 300, 121_000, 480_000));
    private static final List<FlowNode> DEMANDS = List.of(
            node("WEGENBOUW", FlowDirection.DEMAND, "resource:aggregate", false, 1_000, 125_000, 482_000));

    private static MatchRun run(RuleTable rules, Map<String, String> settings) {
        return MatchEngine.run("t", FlowNodes.ofNodes(SUPPLIES, DEMANDS), rules, TransportClassTable.defaults(),
                MatchSettings.DEFAULTS.with(settings), DecisionSet.NONE, TodayProcessing.NONE);
    }

    @Test
    void aHazardousSupplyMatchesOnlyARuleThatAllowsIt() {
        MatchRun allowed = run(RuleTable.defaults(), Map.of());
        assertThat(allowed.matches()).extracting(m -> m.supply().actorRef() + ":" + m.rule().id())
                .containsExactlyInAnyOrder("GRONDBANK:contaminated_soil_cleaning", "AANNEMER:soil_reuse");

        MatchRun scenarioOff = run(RuleTable.defaults(), Map.of("allow_hazardous", "false"));
        assertThat(scenarioOff.matches()).extracting(m -> m.supply().actorRef()).containsExactly("AANNEMER");
        assertThat(scenarioOff.unmatched()).filteredOn(u -> u.node().direction() == FlowDirection.SUPPLY).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo(UnmatchedReason.EXCLUDED));

        // The same use written without the hazardous allowance: the contaminated soil finds nothing.
        RuleTable strict = new RuleTable(List.of(new CompatibilityRule("soil", MaterialSelector.parse("eural:1705*"),
                MaterialSelector.parse("resource:aggregate"), RLevel.R8, false, "B03", 1, "", "")));
        MatchRun noRule = run(strict, Map.of());
        assertThat(noRule.matches()).extracting(m -> m.supply().actorRef()).containsExactly("AANNEMER");
        assertThat(noRule.unmatched()).filteredOn(u -> u.node().direction() == FlowDirection.SUPPLY).singleElement().satisfies(u -> {
            assertThat(u.node().actorRef()).isEqualTo("GRONDBANK");
            assertThat(u.reason()).isEqualTo(UnmatchedReason.NO_RULE);
            assertThat(u.detail()).isEqualTo("no rule allows this hazardous material");
        });
    }

    @Test
    void theScaleLevelFollowsTheRoadDistance() {
        assertThat(ScaleLevel.ofDistanceKm(0)).isEqualTo(ScaleLevel.LOCAL);
        assertThat(ScaleLevel.ofDistanceKm(10)).isEqualTo(ScaleLevel.LOCAL);
        assertThat(ScaleLevel.ofDistanceKm(10.1)).isEqualTo(ScaleLevel.REGIONAL);
        assertThat(ScaleLevel.ofDistanceKm(99)).isEqualTo(ScaleLevel.SUPRA_REGIONAL);
        assertThat(ScaleLevel.ofDistanceKm(300)).isEqualTo(ScaleLevel.NATIONAL);
        assertThat(ScaleLevel.ofDistanceKm(351)).isEqualTo(ScaleLevel.INTERNATIONAL);
        assertThat(ScaleLevel.parse("Bovenregionaal")).isEqualTo(ScaleLevel.SUPRA_REGIONAL);
        assertThat(ScaleLevel.parse("supra-regional")).isEqualTo(ScaleLevel.SUPRA_REGIONAL);

        // 5.4 km straight x detour 1.3 = 7.0 km by road: local, area-based without a region
        Match m = run(RuleTable.defaults(), Map.of()).matches().stream().filter(x -> x.supply().actorRef().equals("AANNEMER")).findFirst().orElseThrow();
        assertThat(m.roadKm()).isCloseTo(Math.hypot(4_000, 2_000) * 1.3 / 1000, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.scale()).isEqualTo(ScaleLevel.LOCAL);
        assertThat(m.approach()).isEqualTo(Approach.AREA);
        Match longer = run(RuleTable.defaults(), Map.of("detour_factor", "2.5")).matches().stream()
                .filter(x -> x.supply().actorRef().equals("AANNEMER")).findFirst().orElseThrow();
        assertThat(longer.scale()).isEqualTo(ScaleLevel.REGIONAL);
        assertThat(longer.transportEurPerUnit()).isCloseTo(m.transportEurPerUnit() * 2.5 / 1.3, org.assertj.core.data.Offset.offset(1e-9));

        // A taker across the border (Emmerich, Germany: east of the RD bounds) makes the match international.
        List<FlowNode> abroad = List.of(node("DE-RECYCLER", FlowDirection.DEMAND, "resource:aggregate", false, 100, 310_000, 430_000));
        MatchRun r = MatchEngine.run("t", FlowNodes.ofNodes(SUPPLIES.subList(1, 2), abroad), RuleTable.defaults(),
                TransportClassTable.defaults(), MatchSettings.DEFAULTS.with(Map.of("haul_factor", "10")), DecisionSet.NONE, TodayProcessing.NONE);
        assertThat(r.matches()).singleElement().satisfies(x -> {
            assertThat(x.scale()).isEqualTo(ScaleLevel.INTERNATIONAL);
            assertThat(x.approach()).isEqualTo(Approach.CHAIN);
        });
    }
}
