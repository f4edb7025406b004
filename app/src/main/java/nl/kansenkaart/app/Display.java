package nl.kansenkaart.app;

import java.util.Locale;
import java.util.logging.Logger;
import nl.kansenkaart.KansenkaartException;

/**
 * Chooses where JavaFX draws, before the toolkit starts (it reads its system properties once).
 * <ul>
 * <li>A real session keeps JavaFX's own pipeline choice: the GPU pipeline (es2, d3d) where the
 *     graphics driver qualifies, otherwise software. Under Xvfb or a remote desktop Mesa's
 *     software OpenGL fails JavaFX's hardware check and it falls back to software by itself.
 *     {@code -Dprism.order=sw} (in {@code KANSENKAART_JAVA_OPTS}) forces software rendering on a
 *     machine whose driver passes the check but draws badly.</li>
 * <li>{@code --screenshot}: Monocle's headless platform with software rendering, which needs no
 *     display at all.</li>
 * </ul>
 */
final class Display {

    /** Held strongly: java.util.logging forgets loggers (and their filters) that nobody references. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Display() {}

    /**
     * Drops JavaFX's start-up warning about running from the class path. That is a deliberate
     * choice (a plain runnable jar, see STACK.md); analysts should not be alarmed by it. All other
     * JavaFX messages still come through.
     */
    static void quietClassPathWarning() {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    static void useOffscreen(int width, int height) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", width + "x" + height + "-32");
    }

    /** Fails with a clear message where JavaFX would crash: Linux without an X display (JavaFX 21 needs X11). */
    static void useScreen() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        String display = System.getenv("DISPLAY");
        if (linux && (display == null || display.isBlank()))
            throw new KansenkaartException("no display to open the window on (DISPLAY is not set); run a command instead"
                    + " (kansenkaart --help) or write a picture of the window with: kansenkaart gui --screenshot FILE");
    }
}
