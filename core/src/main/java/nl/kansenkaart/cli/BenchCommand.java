package nl.kansenkaart.cli;

import java.nio.file.Path;
import nl.kansenkaart.bench.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench}: performance figures of this machine (not tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure performance on this machine.",
        subcommands = {BenchCommand.ImportBench.class, BenchMatchCommand.class})
final class BenchCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a regional LMA extract (CSV) into a new project in a child JVM with a fixed heap,",
                    "then let GDAL (ogr2ogr) do the equivalent job on the same file if it is installed;",
                    "prints rows/s, peak heap and the ratio. Without --input, a 1,000,000-row extract is generated first",
                    "with the sample generator (seeded, so every run measures the same file)."})
    static final class ImportBench implements Runnable {

        @Spec CommandSpec spec;

        @Option(names = "--input", paramLabel = "FILE", description = "the extract to import (CSV; default: a generated one)")
        Path input;

        @Option(names = "--generate", paramLabel = "ROWS", defaultValue = "1000000",
                description = "rows of the generated extract when no --input is given (default: ${DEFAULT-VALUE})")
        int generate;

        @Option(names = "--rows", paramLabel = "N", description = "import only the first N rows of the input")
        long rows;

        @Option(names = "--heap", paramLabel = "MB", defaultValue = "512", description = "the child JVM's -Xmx (default: ${DEFAULT-VALUE})")
        int heapMb;

        @Option(names = "--no-gdal", description = "skip the GDAL comparison")
        boolean noGdal;

        @Override
        public void run() {
            java.io.PrintWriter out = spec.commandLine().getOut();
            Path file = input;
            Path tmp = null;
            try {
                if (file == null) {
                    tmp = java.nio.file.Files.createTempDirectory("kansenkaart-bench");
                    out.printf("generating a %,d-row LMA extract with the sample generator (seed %d)...%n", generate,
                            nl.kansenkaart.sample.SampleGenerator.DEFAULT_SEED);
                    out.flush();
                    file = new nl.kansenkaart.sample.SampleGenerator(nl.kansenkaart.sample.SampleGenerator.DEFAULT_SEED)
                            .generate(tmp, generate).lmaExtract();
                }
                ImportBenchmark.run(file, rows, heapMb, !noGdal, out);
            } catch (java.io.IOException e) {
                throw new nl.kansenkaart.KansenkaartException("cannot create a temporary folder: " + e.getMessage(), e);
            } finally {
                if (tmp != null) deleteTree(tmp);
            }
        }

        private static void deleteTree(Path dir) {
            try (var walk = java.nio.file.Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
