package nl.kansenkaart.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.NotificationKind;
import nl.kansenkaart.model.Party;
import nl.kansenkaart.model.PhysicalState;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.model.WasteRecord;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.WasteRecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's processing comes from the project's LMA records: the R-level with the most kilograms. */
class LmaBaselineTest {

    @TempDir Path dir;

    private static WasteRecord record(String eural, String method, double kg) {
        return new WasteRecord(NotificationKind.RECEIPT, "S1", eural, false, "puin", method, true, false, false, 2023, 3, kg, 1,
                Party.NONE, Party.NONE, Party.NONE, Location.rd(120_000, 487_000, LocationPrecision.PC4), "lma.csv", 2, Map.of());
    }

    @Test
    void theDominantProcessingIsTheBaselineOfMovedUp() throws Exception {
        try (ProjectFile p = ProjectFile.create(dir.resolve("b.kansenkaart"), null)) {
            p.transaction(c -> {
                try (WasteRecordStore.Writer w = new WasteRecordStore.Writer(c, 1)) {
                    w.add(record("170107", "F01", 600_000)); // incinerated with energy recovery: R9
                    w.add(record("170107", "C01", 250_000)); // crushed: R8
                    w.add(record("170107", "C01", 150_000));
                    w.add(record("020103", "A02", 900_000)); // transfer only: says nothing
                }
                return null;
            });
            TodayProcessing today = LmaBaseline.read(p);
            assertThat(today.byEural()).containsExactly(Map.entry("170107", RLevel.R9));

            FlowNode rubble = new FlowNode(-1, "SLOOP", "Sloop", FlowDirection.SUPPLY, MaterialKey.eural("170107"), MaterialGroup.MINERALS,
                    PhysicalState.SOLID, false, 100, QuantityUnit.TONNE, DataQuality.MEASURED, LocationPrecision.COORDINATES, 120_000,
                    487_000, null, "LMA");
            FlowNode concrete = new FlowNode(-1, "BETON", "Beton", FlowDirection.DEMAND, MaterialKey.resource("secondary_aggregate"),
                    MaterialGroup.MINERALS, PhysicalState.SOLID, false, 60, QuantityUnit.TONNE, DataQuality.ESTIMATED,
                    LocationPrecision.PC4, 125_000, 487_000, null, "kengetal");
            MatchRun run = MatchEngine.run("t", FlowNodes.ofNodes(List.of(rubble), List.of(concrete)), RuleTable.defaults(),
                    TransportClassTable.defaults(), MatchSettings.DEFAULTS, DecisionSet.NONE, today);
            assertThat(run.indicators().get(Indicator.MOVED_UP_T)).isEqualTo(60.0);
            assertThat(run.indicators().get(Indicator.MOVED_UP_SHARE)).isEqualTo(100.0);
            MatchRun noBaseline = MatchEngine.run("t", FlowNodes.ofNodes(List.of(rubble), List.of(concrete)), RuleTable.defaults(),
                    TransportClassTable.defaults(), MatchSettings.DEFAULTS, DecisionSet.NONE, TodayProcessing.NONE);
            assertThat(noBaseline.indicators().get(Indicator.MOVED_UP_T)).isZero();
            assertThat(noBaseline.indicators().get(Indicator.UNMATCHED_SUPPLY_T)).isEqualTo(40.0);
        }
    }
}
