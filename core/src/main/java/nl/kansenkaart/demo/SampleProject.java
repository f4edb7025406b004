package nl.kansenkaart.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kansenkaart.geo.Regions;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.RegionSetup;

/**
 * The bundled sample region (Noord-Holland) as a ready project, built on first use in the user's
 * Kansenkaart folder so the desktop app can open it without any set-up.
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

    /** Returns the sample project's path, building it first when it does not exist. */
    public static Path ensure() {
        Path file = appHome().resolve(FILE_NAME);
        if (Files.exists(file)) return file;
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
        build(file);
        return file;
    }

    /** Builds the sample project at {@code file} (which must not exist). */
    public static void build(Path file) {
        try (ProjectFile p = ProjectFile.create(file, "Voorbeeld Noord-Holland")) {
            RegionSetup.seed(p, Regions.find(REGION).orElseThrow());
        }
    }
}
