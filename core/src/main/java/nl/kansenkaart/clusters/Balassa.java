package nl.kansenkaart.clusters;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.kansenkaart.model.Company;

/**
 * Balassa index (location quotient) of jobs, as defined in docs/method-step1.md:
 * <pre>BI(s, R) = (J(s,R) / J(R)) / (N(s) / N)</pre>
 * for each sector s of the national table (its own jobs: B-E without C when C has a row), with J = jobs of the establishments in the region's
 * register (the project's companies with jobs and an SBI code the national table covers) and N =
 * national jobs. A cluster's index is the jobs-weighted mean of the indices of the sectors its
 * establishments fall in, so a cluster inside one sector has that sector's index; finer national
 * rows (SBI divisions) give finer indices.
 */
public final class Balassa {

    /** A cluster's index and which national sectors it rests on ("A10 A 100%"). */
    public record Result(double index, String basis) {}

    private final NationalJobs national;
    private final Map<String, Double> regionBySector = new HashMap<>();
    private final double regionTotal;

    /** @param region all establishments of the region (the denominator J(R) and the J(s,R)) */
    public Balassa(NationalJobs national, Collection<Company> region) {
        this.national = national;
        double total = 0;
        for (Company c : region) {
            Optional<String> s = national.sectorOf(c.sbi());
            if (s.isEmpty() || c.jobs() == null || c.jobs() <= 0) continue;
            regionBySector.merge(s.get(), c.jobs().doubleValue(), Double::sum);
            total += c.jobs();
        }
        this.regionTotal = total;
    }

    /** The index of a national sector in the region, or empty when the region has no jobs. */
    public Optional<Double> sectorIndex(String sector) {
        if (regionTotal <= 0) return Optional.empty();
        double nationalShare = national.ownJobs(sector) / national.total();
        if (nationalShare <= 0) return Optional.empty();
        return Optional.of(regionBySector.getOrDefault(sector, 0.0) / regionTotal / nationalShare);
    }

    /** The index of a group of establishments of the region (a cluster); empty when they have no jobs. */
    public Optional<Result> clusterIndex(List<Company> members) {
        Map<String, Double> jobsBySector = new TreeMap<>();
        double jobs = 0;
        for (Company c : members) {
            Optional<String> s = national.sectorOf(c.sbi());
            if (s.isEmpty() || c.jobs() == null || c.jobs() <= 0) continue;
            jobsBySector.merge(s.get(), c.jobs().doubleValue(), Double::sum);
            jobs += c.jobs();
        }
        if (jobs <= 0) return Optional.empty();
        double index = 0;
        for (Map.Entry<String, Double> e : jobsBySector.entrySet()) {
            Optional<Double> bi = sectorIndex(e.getKey());
            if (bi.isEmpty()) return Optional.empty();
            index += e.getValue() / jobs * bi.get();
        }
        final double j = jobs;
        String basis = "national jobs " + national.year() + ": " + jobsBySector.entrySet().stream()
                .map(e -> label(e.getKey()) + " " + String.format(Locale.ROOT, "%.0f%%", 100 * e.getValue() / j))
                .collect(Collectors.joining(", "));
        return Optional.of(new Result(index, basis));
    }

    private static String label(String sector) {
        if (sector.contains("-") || sector.length() == 1) return "sector " + sector;
        return "SBI " + sector;
    }
}
