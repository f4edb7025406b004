package nl.kansenkaart.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.kansenkaart.app.i18n.I18n;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as the app shows it (Dutch, 1600×1000, the app's stylesheet), and a project opened in it. */
final class TestWindows {

    private TestWindows() {}

    static MainWindow show(Stage stage) {
        MainWindow window = new MainWindow(stage, new I18n(I18n.DUTCH), l -> { });
        Scene scene = new Scene(window, 1600, 1000);
        scene.getStylesheets().add(MainApp.stylesheet());
        stage.setScene(scene);
        stage.show();
        return window;
    }

    /** Opens the project and waits until its map has a viewport; fails with the opening error if there was one. */
    static void open(MainWindow window, Path project) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> window.open(project, () -> { }, failure::set)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> failure.get() != null || window.map().getViewport() != null);
        assertThat(failure.get()).isNull();
    }
}
