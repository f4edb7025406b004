package nl.kansenkaart.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.kansenkaart.app.workflow.SankeyView;
import nl.kansenkaart.app.workflow.WorkflowModel;
import nl.kansenkaart.clusters.ClusterLevel;
import nl.kansenkaart.clusters.SelectionOverride;
import nl.kansenkaart.clusters.SelectionOverrideStore;
import nl.kansenkaart.clusters.Step1Settings;
import nl.kansenkaart.project.SettingsStore;
import nl.kansenkaart.clusters.StoredCluster;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.render.ClusterLayer;
import nl.kansenkaart.render.CompanyPoint;
import nl.kansenkaart.render.HighlightLayer;
import nl.kansenkaart.render.MapViewport;
import nl.kansenkaart.render.MatchLayer;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.render.SankeyPainter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WorkflowPanelTest {

    @TempDir Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage);
    }

    @BeforeEach
    void openAndRunStepsOneAndTwo(FxRobot robot) throws Exception {
        Path project = StepsProject.create(dir);
        TestWindows.open(window, project);
        assertThat(ranking(robot).getItems()).as("nothing before step 1").isEmpty();
        robot.clickOn("#run-steps");
        WorkflowModel model = window.workflowModel();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.busyProperty().get() && !ranking(robot).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<StoredCluster> ranking(FxRobot robot) {
        return robot.lookup("#ranking-table").queryAs(TableView.class);
    }

    private static StoredCluster row(FxRobot robot, String id) {
        return ranking(robot).getItems().stream().filter(s -> s.sectorClusterId().equals(id)).findFirst().orElseThrow();
    }

    /** The text a cell of the ranking shows. */
    private static TableCell<?, ?> cell(FxRobot robot, String clusterId, String column) {
        return robot.lookup("#ranking-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && column.equals(c.getTableColumn().getId()) && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof StoredCluster s && s.sectorClusterId().equals(clusterId))
                .findFirst().orElseThrow(() -> new AssertionError("no " + column + " cell for " + clusterId));
    }

    /** Reads the project on its worker thread, as the app does. */
    private <T> T read(java.util.concurrent.Callable<T> job) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> window.worker().submit(job, f::complete, f::completeExceptionally));
        return f.get(10, TimeUnit.SECONDS);
    }

    @Test
    void runningStepsOneAndTwoShowsTheRankingWithTheLowHangingFruitSelected(FxRobot robot) {
        List<StoredCluster> rows = ranking(robot).getItems();
        assertThat(rows).extracting(StoredCluster::sectorClusterId).contains("greenhouses", "waste", "rwzi", "food", "paper", "trade");
        assertThat(rows).allMatch(s -> s.level() == ClusterLevel.SECTOR);
        assertThat(rows.get(0).rank()).isEqualTo(1);
        // The wastewater plant scores low but is a governments' own process: kept in the selection, and the table says why.
        StoredCluster rwzi = row(robot, "rwzi");
        assertThat(rwzi.lowHangingFruit()).isTrue();
        assertThat(rwzi.selected()).isTrue();
        assertThat(((String) cell(robot, "rwzi", "reason").getItem())).isIn("laaghangend fruit (eigen proces van overheden): altijd in de selectie",
                "top 6 op score");
        assertThat(robot.lookup("#select-rwzi").queryAs(CheckBox.class).isSelected()).isTrue();
        // The clusters are on the map, and step 2 analysed the selected ones.
        assertThat(robot.lookup("#layer-step1_clusters").queryAs(CheckBox.class).getText()).isEqualTo("Clusters (stap 1)");
        assertThat(window.workflowModel().results().analysed("greenhouses")).isTrue();
        assertThat(window.workflowModel().results().checklist()).isNotEmpty();
        assertThat(robot.lookup("#run-status").queryAs(Label.class).getText()).isEqualTo("Stap 1 klaar \u00b7 Stap 2 klaar");
    }

    @Test
    void changingTheWeightsReRanksAtOnceAndIsStored(FxRobot robot) throws Exception {
        long selectedBefore = ranking(robot).getItems().stream().filter(StoredCluster::selected).count();
        @SuppressWarnings("unchecked")
        Spinner<Integer> top = robot.lookup("#top").queryAs(Spinner.class);
        WaitForAsyncUtils.asyncFx(() -> top.getValueFactory().setValue(1)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.workflowModel().results().settings().top() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(read(() -> Step1Settings.read(new SettingsStore(window.project().file())).top())).isEqualTo(1);
        // The leader stays, the low-hanging fruit stays, the rest of the top 6 goes.
        List<StoredCluster> rows = ranking(robot).getItems();
        assertThat(rows.get(0).selected()).isTrue();
        assertThat(rows).filteredOn(StoredCluster::selected).allMatch(s -> s.rank() == 1 || s.lowHangingFruit());
        assertThat(rows.stream().filter(StoredCluster::selected).count()).isLessThan(selectedBefore);
        assertThat(robot.lookup("#step2-out-of-date").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void tickingAClusterStoresTheAnalystsOverrideAndItsNote(FxRobot robot) throws Exception {
        StoredCluster out = ranking(robot).getItems().stream().filter(s -> !s.selected() && s.rank() != null).findFirst().orElseThrow();
        String id = out.sectorClusterId();
        robot.clickOn("#select-" + id);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.workflowModel().results().overrides().containsKey(id));
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, SelectionOverride> stored = read(() -> SelectionOverrideStore.read(window.project().file()));
        assertThat(stored.get(id).selected()).isTrue();
        assertThat(row(robot, id).selected()).isTrue();
        assertThat(((String) cell(robot, id, "reason").getItem())).startsWith("door de analist geselecteerd (rangschikking alleen: niet geselecteerd");
        // Step 2 analysed the old selection: the dock says so.
        assertThat(robot.lookup("#step2-out-of-date").queryAs(Label.class).isVisible()).isTrue();

        robot.doubleClickOn(cell(robot, id, "note"));
        robot.write("workshop 12 mei").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.workflowModel().results().overrides().get(id).note() != null);
        assertThat(read(() -> SelectionOverrideStore.read(window.project().file())).get(id).note()).isEqualTo("workshop 12 mei");
        assertThat(((String) cell(robot, id, "reason").getItem())).startsWith("door de analist geselecteerd: workshop 12 mei");
    }

    @Test
    void theSankeyShowsTheNodesOfTheClusterInViewAndMarksTheCompaniesBehindAPick(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, "greenhouses", "cluster"));
        robot.clickOn("Sankey");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> painter(robot) != null && painter(robot).layout() != null);
        SankeyPainter p = painter(robot);
        assertThat(p.aggregation().diagram().nodes()).extracting(n -> n.id())
                .contains("mat:eural:020103", "proc:R8", "proc:not_known", "src:01.19 Teelt van overige eenjarige gewassen");
        assertThat(robot.lookup("#sankey-title").queryAs(Label.class).getText()).startsWith("Kassen en zaden");

        // The plant tissue composted today (R8) is GH1's own LMA flow: picking it rings GH1 on the map.
        var view = robot.lookup("#sankey").query();
        var r8 = p.layout().node("proc:R8").orElseThrow();
        robot.clickOn(view.localToScreen(r8.x() + r8.width() / 2, r8.centreY()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sankey-info").queryAs(Label.class).getText().contains("gemarkeerd"));
        assertThat(robot.lookup("#sankey-info").queryAs(Label.class).getText()).isEqualTo("R8 Recyclen: 1 bedrijf gemarkeerd op de kaart");
        HighlightLayer marked = (HighlightLayer) window.map().overlayProperty().get();
        assertThat(marked.points()).extracting(CompanyPoint::ref).containsExactly("GH1");
    }

    @Test
    void clickingAClusterOnTheMapBringsUpItsRow(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, "paper", "cluster"));
        assertThat(window.workflowModel().currentClusterProperty().get()).isEqualTo("paper");
        robot.clickOn("#zoom-region"); // the row zoomed the map to the paper mill
        ClusterLayer clusters = (ClusterLayer) window.map().layersProperty().get().get(ClusterLayer.ID).orElseThrow();
        Company gh2 = StepsProject.companies().get(1);
        assertThat(clusters.clusterAt(gh2.location().x(), gh2.location().y())).contains("greenhouses");
        MapViewport v = window.map().getViewport();
        Point2D onScreen = window.map().localToScreen(v.toScreenX(gh2.location().x()), v.toScreenY(gh2.location().y()));
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workflowModel().currentClusterProperty().get()).isEqualTo("greenhouses");
        assertThat(ranking(robot).getSelectionModel().getSelectedItem().sectorClusterId()).isEqualTo("greenhouses");
        assertThat(clusters.highlighted()).isEqualTo("greenhouses");
    }

    @Test
    void stepThreeListsTheMatchesAndAChosenMatchIsShownOnTheMap(FxRobot robot) throws Exception {
        WorkflowModel model = window.workflowModel();
        WaitForAsyncUtils.asyncFx(() -> window.workflow().runSteps(List.of(3))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.busyProperty().get() && !window.matchModel().results().matches().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("3 Koppelingen");
        @SuppressWarnings("unchecked")
        TableView<StoredMatch> table = robot.lookup("#match-table").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        // The wastewater plant's struvite goes to the greenhouses as fertiliser (the first 'Kassen en Zaden' flow).
        StoredMatch struvite = table.getItems().stream().filter(m -> m.supplyRef().equals("RWZI1") && m.ruleId().equals("struvite_fertiliser"))
                .findFirst().orElseThrow();
        for (int i = 1; i < table.getItems().size(); i++)
            assertThat(table.getItems().get(i).score()).isLessThanOrEqualTo(table.getItems().get(i - 1).score());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().layersProperty().get().get(MatchLayer.ID).isPresent());
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(struvite)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        MatchLayer matches = (MatchLayer) window.map().layersProperty().get().get(MatchLayer.ID).orElseThrow();
        assertThat(matches.highlighted()).isEqualTo(struvite.matchId());
        HighlightLayer ends = (HighlightLayer) window.map().overlayProperty().get();
        assertThat(ends.points()).extracting(CompanyPoint::ref).containsExactlyInAnyOrder("RWZI1", struvite.demandRef());
        assertThat(window.map().getViewport().extent().contains(struvite.supplyX(), struvite.supplyY())).isTrue();
        assertThat(window.map().getViewport().extent().contains(struvite.demandX(), struvite.demandY())).isTrue();
    }

    private static SankeyPainter painter(FxRobot robot) {
        return robot.lookup("#sankey").queryAs(SankeyView.class).painter();
    }
}
