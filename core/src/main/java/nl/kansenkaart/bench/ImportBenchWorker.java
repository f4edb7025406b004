package nl.kansenkaart.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import nl.kansenkaart.io.ImportOptions;
import nl.kansenkaart.io.ImportProgress;
import nl.kansenkaart.io.ImportResult;
import nl.kansenkaart.io.RejectReport;
import nl.kansenkaart.io.lma.LmaImporter;
import nl.kansenkaart.project.ProjectFile;

/**
 * Runs one LMA import in its own JVM (started by {@link ImportBenchmark} with a fixed -Xmx, so a
 * streaming import is proven to fit) and prints one result line: wall time, the peak of the heap
 * pools after a GC and a reset of their peaks, and the process's CPU time.
 */
public final class ImportBenchWorker {

    static final String PREFIX = "RESULT ";

    private ImportBenchWorker() {}

    /** Arguments: input file, project file to create, report file. */
    public static void main(String[] args) {
        Path input = Path.of(args[0]), project = Path.of(args[1]), report = Path.of(args[2]);
        try (ProjectFile p = ProjectFile.create(project, "bench"); RejectReport rejects = new RejectReport(report)) {
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            ImportResult r = new LmaImporter().importFile(p, input, ImportOptions.DEFAULT, rejects, ImportProgress.NONE);
            long wall = System.nanoTime() - t0;
            long cpu = processCpuNanos() - cpu0;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
                if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
            System.out.println(String.format(Locale.ROOT, "%srows=%d seconds=%.3f cpu=%.3f peakHeap=%d maxHeap=%d summary=%s",
                    PREFIX, r.rowsRead(), wall / 1e9, cpu / 1e9, peak, Runtime.getRuntime().maxMemory(), r.summaryLine()));
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
            return os.getProcessCpuTime();
        return -1;
    }
}
