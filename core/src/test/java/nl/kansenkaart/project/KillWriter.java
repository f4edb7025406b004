package nl.kansenkaart.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;

/**
 * Child process for {@link CrashSafetyTest}: commits transactions of {@link #BATCH} companies plus a
 * counter in kk_meta, forever, until it is killed. A consistent file has exactly
 * counter × BATCH companies.
 */
public final class KillWriter {

    static final int BATCH = 500;

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        try (ProjectFile p = ProjectFile.open(file)) {
            System.out.println("ready");
            System.out.flush();
            for (int round = Integer.parseInt(p.meta("rounds") == null ? "0" : p.meta("rounds")) + 1; ; round++) {
                final int r = round;
                List<Company> batch = new ArrayList<>(BATCH);
                for (int i = 0; i < BATCH; i++)
                    batch.add(new Company("R" + r + "-" + i, "Bedrijf " + r + "/" + i, "4711", 3, null, null,
                            new Address("Straat", Integer.toString(i), "1012AB", "Amsterdam"),
                            Location.rd(120_000 + i, 487_000 + r % 1000, LocationPrecision.PC4), "GM0363", "kill-test", Map.of()));
                p.transaction(c -> {
                    CompanyStore.upsert(c, batch, null);
                    ProjectFile.putMeta(c, "rounds", Integer.toString(r));
                    return null;
                });
            }
        }
    }
}
