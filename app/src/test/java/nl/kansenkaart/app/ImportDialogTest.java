package nl.kansenkaart.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.kansenkaart.app.imports.ImportDialog;
import nl.kansenkaart.io.ImportKind;
import nl.kansenkaart.io.RejectReport;
import nl.kansenkaart.io.RejectedRow;
import nl.kansenkaart.project.ImportLog;
import nl.kansenkaart.project.Tables;
import nl.kansenkaart.render.CompanyLayer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    @TempDir Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage);
    }

    @BeforeEach
    void openTheSampleLikeProject() throws Exception {
        Path project = SampleLikeProject.create(dir);
        TestWindows.open(window, project);
    }

    /** A register as analysts get them: ';', Dutch headers, one row without an SBI code (line 4). */
    private Path register() throws Exception {
        Path f = dir.resolve("bedrijven.csv");
        Files.writeString(f, String.join("\r\n",
                "id;naam;sbi;werkzame_personen;postcode;plaats",
                "A1;Kwekerij Het Westland;01.13;12;1431AB;Aalsmeer",
                "A2;Bakkerij De Zaan;10.71;8;1506AA;Zaandam",
                "A3;Zonder Code BV;;5;1047AB;Amsterdam",
                "A4;Transport Noord;49.41;40;1033AA;Amsterdam",
                ""), StandardCharsets.UTF_8);
        return f;
    }

    private <T> T read(Callable<T> job) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> window.worker().submit(job, f::complete, f::completeExceptionally));
        return f.get(10, TimeUnit.SECONDS);
    }

    private long companies() throws Exception {
        return read(() -> window.project().file().count(Tables.COMPANIES));
    }

    private ImportDialog importFile(ImportKind kind, Path file) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.importFile(kind, file)).get(5, TimeUnit.SECONDS);
    }

    /** Presses a button of the re-import question. */
    private static void answer(FxRobot robot, String button) throws Exception {
        DialogPane pane = robot.lookup("#reimport-question").queryAs(DialogPane.class);
        ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getText().equals(button)).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> ((Button) pane.lookupButton(type)).fire()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#import-status").queryAs(Label.class).getText();
    }

    @Test
    void importsARegisterAndShowsTheRejectedRowWithExactAccounting(FxRobot robot) throws Exception {
        assertThat(companies()).isEqualTo(5);
        ImportDialog d = importFile(ImportKind.COMPANIES, register());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#import-close").queryAs(Button.class).isDisabled());
        assertThat(status(robot)).isEqualTo("Gelezen 4 = opgenomen 3 + afgewezen 1; 0 opgenomen rijen staan niet op de kaart");
        @SuppressWarnings("unchecked")
        TableView<RejectedRow> rejects = robot.lookup("#reject-table").queryAs(TableView.class);
        assertThat(rejects.getItems()).hasSize(1);
        RejectedRow bad = rejects.getItems().get(0);
        assertThat(bad.source()).isEqualTo("bedrijven.csv");
        assertThat(bad.line()).isEqualTo(4);
        assertThat(bad.column()).isEqualTo("sbi");
        assertThat(bad.reason()).isEqualTo("no SBI code");
        assertThat(bad.original()).contains("Zonder Code BV");
        assertThat(companies()).isEqualTo(5 + 3);

        // The report saved as CSV is the one the command line writes: every rejected row.
        Path saved = dir.resolve("rapport.csv");
        WaitForAsyncUtils.asyncFx(() -> d.saveReport(saved)).get(5, TimeUnit.SECONDS);
        List<String> lines = Files.readAllLines(saved, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + RejectReport.HEADER);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("bedrijven.csv;4;sbi;no SBI code;");

        // The map shows the new companies once the dialog is closed.
        robot.clickOn("#import-close");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().layersProperty().get().get(Tables.COMPANIES)
                .map(l -> l.featureCount() == 8).orElse(false));
        assertThat(((CompanyLayer) window.map().layersProperty().get().get(Tables.COMPANIES).orElseThrow()).points())
                .extracting(p -> p.ref()).contains("A1", "A2", "A4");
    }

    @Test
    void theSameFileAgainAsksAndReplacingDoesNotDoubleTheCompanies(FxRobot robot) throws Exception {
        Path file = register();
        importFile(ImportKind.COMPANIES, file);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#import-close").queryAs(Button.class).isDisabled());
        robot.clickOn("#import-close");
        long imports = read(() -> new ImportLog(window.project().file()).all().size());

        importFile(ImportKind.COMPANIES, file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reimport-question").tryQuery().isPresent());
        answer(robot, "Vervangen");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status(robot).startsWith("Gelezen"));
        assertThat(status(robot)).startsWith("Gelezen 4 = opgenomen 3 + afgewezen 1");
        assertThat(companies()).isEqualTo(5 + 3);
        assertThat(read(() -> new ImportLog(window.project().file()).all().size())).isEqualTo(imports);
        robot.clickOn("#import-close");

        importFile(ImportKind.COMPANIES, file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reimport-question").tryQuery().isPresent());
        answer(robot, "Annuleren");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(robot)).isEqualTo("Niet ge\u00efmporteerd; het project is ongewijzigd.");
        assertThat(read(() -> new ImportLog(window.project().file()).all().size())).isEqualTo(imports);
    }

    @Test
    void cancellingAnImportHalfWayLeavesTheProjectAsItWas(FxRobot robot) throws Exception {
        // Far more rows than get read before the cancel arrives (the importer checks every 500 rows).
        StringBuilder csv = new StringBuilder("id;naam;sbi;werkzame_personen;postcode;plaats\n");
        for (int i = 0; i < 100_000; i++) csv.append("B").append(i).append(";Bedrijf ").append(i).append(";46.22;3;1431AB;Aalsmeer\n");
        Path big = dir.resolve("groot.csv");
        Files.writeString(big, csv, StandardCharsets.UTF_8);
        long before = companies();
        long importsBefore = read(() -> new ImportLog(window.project().file()).all().size());

        // Press Cancel as soon as the import reports its first rows: it is then half-way, with rows written.
        double[] progressAtCancel = {-1};
        WaitForAsyncUtils.asyncFx(() -> {
            ImportDialog d = window.importFile(ImportKind.COMPANIES, big);
            javafx.scene.control.ProgressBar bar = (javafx.scene.control.ProgressBar) d.getScene().lookup("#import-progress");
            Button cancel = (Button) d.getScene().lookup("#import-cancel");
            bar.progressProperty().addListener((obs, old, now) -> {
                if (progressAtCancel[0] < 0 && now.doubleValue() > 0 && now.doubleValue() < 1) {
                    progressAtCancel[0] = now.doubleValue();
                    cancel.fire();
                }
            });
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#import-close").queryAs(Button.class).isDisabled());
        assertThat(progressAtCancel[0]).as("cancelled while reading, part of the file read").isStrictlyBetween(0.0, 0.5);
        assertThat(status(robot)).isEqualTo("Import geannuleerd; het project is ongewijzigd.");
        assertThat(companies()).isEqualTo(before);
        assertThat(read(() -> new ImportLog(window.project().file()).all().size())).isEqualTo(importsBefore);
    }
}
