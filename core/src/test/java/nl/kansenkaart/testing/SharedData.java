package nl.kansenkaart.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared reference data ({@code shared/data}, next to the repository or one of its
 * parents), which tests may read and the product may not. Tests that need it are skipped, not
 * failed, on a machine without it.
 */
public final class SharedData {

    private SharedData() {}

    public static Path file(String relative) {
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            Path f = p.resolve("shared").resolve("data").resolve(relative);
            if (Files.exists(f)) return f;
        }
        assumeTrue(false, "shared reference data not found: shared/data/" + relative);
        return null;
    }

    /** The repository root (the folder holding {@code data-samples}). */
    public static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent())
            if (Files.isDirectory(p.resolve("data-samples")) && Files.exists(p.resolve("pom.xml"))) return p;
        throw new IllegalStateException("repository root with data-samples not found above " + Path.of("").toAbsolutePath());
    }
}
