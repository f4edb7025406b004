package nl.kansenkaart.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.kansenkaart.app.i18n.I18n;

/**
 * The JavaFX application: one main window on a project. Started by {@link GuiCommand} through
 * {@link Launcher}, never directly (a main class extending Application fails from a class path).
 */
public final class MainApp extends Application {

    private static volatile int exitCode;

    private MainWindow window;

    /** The exit code of the last run: 0, or 1 when a screenshot could not be made. */
    static int exitCode() {
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        GuiOptions options = GuiOptions.fromNamed(getParameters().getNamed());
        boolean screenshot = options.screenshot() != null;
        I18n i18n = new I18n(options.locale() != null ? options.locale() : LanguagePreference.load());
        window = new MainWindow(stage, i18n, screenshot ? l -> { } : LanguagePreference::save);
        Scene scene = new Scene(window, options.width(), options.height());
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
        Stage[] dialog = new Stage[1];
        Runnable first = () -> {
            window.show(options.tab(), options.cluster());
            if ("export".equals(options.dialog())) dialog[0] = window.showExportDialog();
        };
        if (screenshot) {
            // Once everything the first view asked for has been read: the worker runs jobs in order.
            window.open(options.project(), () -> window.whenIdle(() -> {
                first.run();
                window.whenIdle(() -> writeScreenshot(dialog[0] != null ? dialog[0].getScene() : scene, options.screenshot()));
            }), MainApp::failHeadless);
        } else {
            window.open(options.project(), () -> window.whenIdle(first), window::showOpenError);
        }
    }

    @Override
    public void stop() {
        if (window != null) window.closeProject();
    }

    static String stylesheet() {
        return MainApp.class.getResource("kansenkaart.css").toExternalForm();
    }

    private void writeScreenshot(Scene scene, Path file) {
        try {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            window.map().paintNow();
            WritableImage image = scene.snapshot(null);
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile()))
                throw new IOException("no PNG writer available");
            System.out.println("wrote " + file);
        } catch (IOException | RuntimeException e) {
            // Without a window nobody could close the app: any failure here must end it.
            failHeadless(new UncheckedIOException("cannot write screenshot " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e)));
            return;
        }
        Platform.exit();
    }

    private static void failHeadless(Throwable t) {
        System.err.println("kansenkaart: error: " + (t.getMessage() == null ? t : t.getMessage()));
        exitCode = 1;
        Platform.exit();
    }
}
