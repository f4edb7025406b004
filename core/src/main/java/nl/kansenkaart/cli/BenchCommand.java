package nl.kansenkaart.cli;

import java.nio.file.Path;
import nl.kansenkaart.bench.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench}: performance figures of this machine (not tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure performance on this machine.",
        subcommands = BenchCommand.ImportBench.class)
final class BenchCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a regional LMA extract (CSV) into a new project in a child JVM with a fixed heap,",
                    "then let GDAL (ogr2ogr) do the equivalent job on the same file if it is installed;",
                    "prints rows/s, peak heap and the ratio."})
    static final class ImportBench implements Runnable {

        @Spec CommandSpec spec;

        @Option(names = "--input", paramLabel = "FILE", required = true, description = "the extract to import (CSV)")
        Path input;

        @Option(names = "--rows", paramLabel = "N", description = "import only the first N rows of the input")
        long rows;

        @Option(names = "--heap", paramLabel = "MB", defaultValue = "512", description = "the child JVM's -Xmx (default: ${DEFAULT-VALUE})")
        int heapMb;

        @Option(names = "--no-gdal", description = "skip the GDAL comparison")
        boolean noGdal;

        @Override
        public void run() {
            ImportBenchmark.run(input, rows, heapMb, !noGdal, spec.commandLine().getOut());
        }
    }
}
