package nl.kansenkaart.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import nl.kansenkaart.app.exports.ExportDialog;
import nl.kansenkaart.disclosure.DisclosurePolicy;
import nl.kansenkaart.disclosure.DisclosureSettings;
import nl.kansenkaart.export.WorkshopExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Export for workshop: company figures leave only with consent, which the dialog stores in the project. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage);
    }

    @BeforeEach
    void open() throws Exception {
        Path project = StepsProject.create(dir);
        TestWindows.open(window, project);
    }

    private ExportDialog dialog() throws Exception {
        ExportDialog d = WaitForAsyncUtils.asyncFx(() -> window.showExportDialog()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !d.getScene().lookup("#export-run").isDisabled());
        return d;
    }

    private WorkshopExport.Result export(FxRobot robot, ExportDialog d, Path out) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            d.setFolder(out);
            d.setFormats(EnumSet.of(WorkshopExport.Format.GPKG));
        }).get(5, TimeUnit.SECONDS);
        WorkshopExport.Result before = d.resultProperty().get();
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> d.resultProperty().get() != before);
        WaitForAsyncUtils.waitForFxEvents();
        return d.resultProperty().get();
    }

    /** ref → jobs as the workshop package's companies layer holds them (null: withheld). */
    private static Map<String, Object> jobs(Path out) throws Exception {
        Map<String, Object> jobs = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("kansenkaart-workshop.gpkg"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ref, jobs FROM companies ORDER BY ref")) {
            while (rs.next()) jobs.put(rs.getString(1), rs.getObject(2));
        }
        return jobs;
    }

    @Test
    void thePackageHoldsNoJobsOfACompanyUnlessItConsented(FxRobot robot) throws Exception {
        ExportDialog d = dialog();
        Path first = dir.resolve("workshop-1");
        WorkshopExport.Result r = export(robot, d, first);
        assertThat(jobs(first)).hasSize(StepsProject.companies().size()).allSatisfy((ref, j) -> assertThat(j).as(ref).isNull());
        assertThat(r.suppressedCells()).isPositive();
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).contains("cellen achtergehouden");
        @SuppressWarnings("unchecked")
        ListView<String> files = robot.lookup("#export-files").queryAs(ListView.class);
        assertThat(files.getItems()).contains("kansenkaart-workshop.gpkg", "disclosure-log.csv", "README.txt");

        // The flower auction agrees: found by searching, ticked in the list.
        robot.clickOn("#consent-search").write("veil");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#consent-list .check-box").queryAs(CheckBox.class));
        assertThat(robot.lookup("#consent-count").queryAs(Label.class).getText()).startsWith("1 van 12");
        Path second = dir.resolve("workshop-2");
        export(robot, d, second);
        Map<String, Object> jobs = jobs(second);
        assertThat(((Number) jobs.get("TRADE")).intValue()).isEqualTo(200);
        jobs.remove("TRADE");
        assertThat(jobs).allSatisfy((ref, j) -> assertThat(j).as(ref).isNull());
        // The consent is the project's: stored for the next export (and the command line).
        CompletableFuture<DisclosurePolicy> stored = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> window.worker().submit(() -> DisclosureSettings.load(window.project().file()), stored::complete,
                stored::completeExceptionally));
        assertThat(stored.get(10, TimeUnit.SECONDS).consenting()).containsExactly("TRADE");
        assertThat(Files.readString(second.resolve("README.txt"))).contains("single-company figures only for companies that consented: 1");
        WaitForAsyncUtils.asyncFx(d::hide).get(5, TimeUnit.SECONDS);
    }
}
