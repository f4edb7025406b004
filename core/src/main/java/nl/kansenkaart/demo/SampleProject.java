package nl.kansenkaart.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.project.ProjectFile;

/**
 * The bundled sample region (Noord-Holland) as a ready project, built on first use in the user's
 * Kansenkaart folder so the desktop app opens on real results without any set-up.
 */
public final class SampleProject {

    public static final String REGION = "Noord-Holland";
    public static final String FILE_NAME = "sample-noord-holland.kansenkaart";

    private SampleProject() {}

    /** The folder for app data: $KANSENKAART_HOME, else ~/.kansenkaart. */
    public static Path appHome() {
        String env = System.getenv("KANSENKAART_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".kansenkaart");
    }

    /**
     * Returns the sample project's path, building it first when it does not exist or an earlier
     * build did not finish.
     */
    public static Path ensure(PrintWriter log) {
        Path file = appHome().resolve(FILE_NAME);
        if (isComplete(file)) return file;
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
        if (log != null) {
            log.println("building the sample project (first run, a few seconds)...");
            log.flush();
        }
        SamplePipeline.build(file, appHome().resolve("sample-work"), null);
        return file;
    }

    public static Path ensure() {
        return ensure(null);
    }

    static boolean isComplete(Path file) {
        if (!Files.isRegularFile(file)) return false;
        try (ProjectFile p = ProjectFile.open(file)) {
            return "true".equals(p.meta(SamplePipeline.COMPLETE));
        } catch (KansenkaartException e) {
            return false; // not a project (any more): rebuild it
        }
    }
}
