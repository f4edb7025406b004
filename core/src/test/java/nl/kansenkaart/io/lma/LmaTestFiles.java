package nl.kansenkaart.io.lma;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The hand-made LMA files under src/test/resources/lma, copied where a test wants them. */
final class LmaTestFiles {

    private LmaTestFiles() {}

    static Path copy(String name, Path dir) {
        try (InputStream in = LmaTestFiles.class.getResourceAsStream("/lma/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource /lma/" + name);
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
