package nl.kansenkaart.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.kansenkaart.app.workflow.MatchModel;
import nl.kansenkaart.matching.Decision;
import nl.kansenkaart.matching.DecisionStore;
import nl.kansenkaart.matching.Indicator;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.matching.StoredMatches;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.resources.YearChoice;
import nl.kansenkaart.run.Steps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Step 3 in the app: decisions that a re-run honours, and scenarios saved and compared side by side. */
@ExtendWith(ApplicationExtension.class)
class MatchesTabTest {

    @TempDir Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage);
    }

    /** Steps 1-3 run by core, as 'kansenkaart run' does, then the project opens on the matches tab. */
    @BeforeEach
    void openAfterSteps(FxRobot robot) throws Exception {
        Path file = StepsProject.create(dir);
        try (ProjectFile p = ProjectFile.open(file)) {
            for (var step : Steps.available()) step.run(p, YearChoice.resolve(p, List.of()));
        }
        TestWindows.open(window, file);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model().results().matches().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("3 Koppelingen");
    }

    private MatchModel model() {
        return window.matchModel();
    }

    @SuppressWarnings("unchecked")
    private static TableView<StoredMatch> table(FxRobot robot) {
        return robot.lookup("#match-table").queryAs(TableView.class);
    }

    /** Reads the project on its worker thread, as the app does. */
    private <T> T read(Callable<T> job) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> window.worker().submit(job, f::complete, f::completeExceptionally));
        return f.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aDecisionMadeInTheAppIsStoredAndTheReRunHonoursIt(FxRobot robot) throws Exception {
        // The wastewater plant's struvite goes to a greenhouse as fertiliser; the analyst knows it is sold elsewhere.
        StoredMatch struvite = table(robot).getItems().stream().filter(m -> m.supplyRef().equals("RWZI1") && m.ruleId().equals("struvite_fertiliser"))
                .findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> table(robot).getSelectionModel().select(struvite)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#decision-on").queryAs(Label.class).getText()).isEqualTo("RWZI Amsterdam-West \u2192 " + struvite.demandName());
        robot.clickOn("#decision-note").write("struviet gaat al naar een handelaar");
        robot.clickOn("#decide-reject");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model().results().decisions().containsKey(struvite.matchId()));
        WaitForAsyncUtils.waitForFxEvents();

        DecisionStore.Entry stored = read(() -> new DecisionStore(window.project().file()).all()).stream()
                .filter(e -> e.matchId().equals(struvite.matchId())).findFirst().orElseThrow();
        assertThat(stored.decision()).isEqualTo(Decision.REJECT);
        assertThat(stored.note()).isEqualTo("struviet gaat al naar een handelaar");
        // Shown at once, struck through until the next run, which the bar offers.
        StoredMatch shown = table(robot).getItems().stream().filter(m -> m.matchId().equals(struvite.matchId())).findFirst().orElseThrow();
        assertThat(shown.decisionValue()).isEqualTo(Decision.REJECT);
        assertThat(robot.lookup("#decisions-pending").queryAs(Label.class).getParent().isVisible()).isTrue();

        robot.clickOn("#rerun-step3");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.workflowModel().busyProperty().get()
                && model().results().matches().stream().noneMatch(m -> m.matchId().equals(struvite.matchId())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).noneMatch(m -> m.matchId().equals(struvite.matchId()));
        assertThat(read(() -> StoredMatches.read(window.project().file(), ScenarioStore.BASE))).noneMatch(m -> m.matchId().equals(struvite.matchId()));
        assertThat(robot.lookup("#decisions-pending").queryAs(Label.class).getParent().isVisible()).isFalse();
    }

    @Test
    void aScenarioSavedFromTheFormIsRunAndComparedSideBySide(FxRobot robot) throws Exception {
        robot.clickOn("#scenario-new");
        robot.clickOn("#scenario-name").write("kort transport");
        TextField haul = robot.lookup("#setting-haul_factor").queryAs(TextField.class);
        robot.doubleClickOn(haul).eraseText(haul.getText().length()).write("99");
        robot.clickOn("#scenario-save");
        // Core refuses the value; the form stays open and says why.
        assertThat(robot.lookup("#scenario-error").queryAs(Label.class).getText()).contains("haul_factor", "out of range");
        robot.doubleClickOn(haul).eraseText(haul.getText().length()).write("0,2");
        robot.clickOn("#scenario-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.workflowModel().busyProperty().get()
                && model().results().scenario().equals("kort transport") && model().results().hasRun());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(read(() -> new ScenarioStore(window.project().file()).settings("kort transport").haulFactor())).isEqualTo(0.2);

        robot.clickOn("Scenario's vergelijken");
        @SuppressWarnings("unchecked")
        TableView<Indicator> compare = robot.lookup("#comparison-table").queryAs(TableView.class);
        assertThat(compare.getColumns()).extracting(TableColumn::getText).containsExactly("", "basis", "kort transport");
        assertThat(compare.getItems()).contains(Indicator.MATCHED_T, Indicator.TONNE_KM);
        // A fifth of the haul distance matches less, over shorter roads.
        var c = model().results().comparison();
        assertThat(c.value("kort transport", Indicator.MATCHES)).isLessThan(c.value("basis", Indicator.MATCHES));
        assertThat(compare.getColumns().get(1).getCellData(Indicator.MATCHES)).isEqualTo(String.valueOf((long) c.value("basis", Indicator.MATCHES)));
    }
}
