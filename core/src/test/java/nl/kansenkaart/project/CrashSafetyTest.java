package nl.kansenkaart.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process (SIGKILL, no shutdown hooks) at random moments and checks that the
 * project opens each time with a consistent state: either before or after each transaction.
 */
class CrashSafetyTest {

    @TempDir Path dir;

    @Test
    void aKilledWriterLeavesAnOpenableConsistentFile() throws Exception {
        Path file = dir.resolve("crash.kansenkaart");
        ProjectFile.create(file, "crash").close();
        Random random = new Random(42);
        int lastRounds = 0;
        for (int kill = 0; kill < 6; kill++) {
            Process child = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                    KillWriter.class.getName(), file.toString()).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
            assertThat(out.readLine()).isEqualTo("ready");
            Thread.sleep(150 + random.nextInt(600));
            child.destroyForcibly(); // SIGKILL on Linux
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

            try (ProjectFile p = ProjectFile.open(file)) {
                try (Statement st = p.connection().createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("ok");
                }
                int rounds = p.meta("rounds") == null ? 0 : Integer.parseInt(p.meta("rounds"));
                assertThat(rounds).isGreaterThanOrEqualTo(lastRounds);
                assertThat(p.count(Tables.COMPANIES)).isEqualTo((long) rounds * KillWriter.BATCH);
                assertThat(p.count("rtree_companies_geom")).isEqualTo((long) rounds * KillWriter.BATCH);
                lastRounds = rounds;
            }
        }
        assertThat(lastRounds).as("the writer made progress between kills").isPositive();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
