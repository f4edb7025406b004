package nl.kansenkaart.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.kansenkaart.steps.AnalysisYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepsRunTest {

    @TempDir Path dir;

    @Test
    void smoke() {
        try (var p = StepsFixture.create(dir.resolve("f.kansenkaart"))) {
            var y = new AnalysisYears(List.of(2023));
            new Step1().run(p, y).lines().forEach(System.out::println);
            new Step2().run(p, y).lines().forEach(System.out::println);
            new nl.kansenkaart.project.MaterialFlowStore(p).readOrigin("step2").forEach(System.out::println);
            assertThat(p.count("step1_clusters")).isPositive();
        }
    }
}
