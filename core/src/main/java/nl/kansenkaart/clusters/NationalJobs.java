package nl.kansenkaart.clusters;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.Sbi2008;

/**
 * National jobs of one year per sector: the national side of the Balassa index. Sectors are CBS A10
 * groups (A, B-E, ...), section letters or SBI digit prefixes; a company's SBI code is assigned to the
 * finest sector the table has for it (longest digit prefix, then its section, then its A10 group).
 */
public final class NationalJobs {

    public static final String TOTAL = "TOTAL";

    private final int year;
    private final Map<String, Double> jobsBySector;
    private final Map<String, Double> ownJobs = new TreeMap<>();

    public NationalJobs(int year, Map<String, Double> jobsBySector) {
        this.year = year;
        this.jobsBySector = Collections.unmodifiableMap(new TreeMap<>(jobsBySector));
        Double total = jobsBySector.get(TOTAL);
        if (total == null || !(total > 0))
            throw new KansenkaartException("national jobs table for " + year + " has no positive TOTAL row");
        for (Map.Entry<String, Double> e : jobsBySector.entrySet())
            if (!(e.getValue() >= 0) || e.getValue() > total)
                throw new KansenkaartException("national jobs " + year + ", sector " + e.getKey() + ": " + e.getValue()
                        + " is not between 0 and the TOTAL " + total);
        for (String s : jobsBySector.keySet()) {
            if (s.equals(TOTAL)) continue;
            double own = jobsBySector.get(s);
            for (String f : jobsBySector.keySet()) if (isDirectPart(s, f)) own -= jobsBySector.get(f);
            if (own < -0.5)
                throw new KansenkaartException("national jobs " + year + ": the rows inside sector " + s + " add up to more than its "
                        + jobsBySector.get(s));
            ownJobs.put(s, Math.max(0, own));
        }
    }

    /** Whether sector {@code inner} lies inside {@code outer}: an SBI prefix in a shorter one, its section or its A10 group. */
    static boolean contains(String outer, String inner) {
        if (outer.equals(inner) || outer.equals(TOTAL) || inner.equals(TOTAL)) return false;
        boolean innerDigits = inner.matches("\\d+");
        if (outer.matches("\\d+")) return innerDigits && inner.startsWith(outer);
        String section = innerDigits ? Sbi2008.get().sectionOf(inner) : inner.length() == 1 ? inner : null;
        if (section == null) return false;
        if (outer.length() == 1) return outer.equals(section);
        return outer.equals(Sbi2008.a10Group(section));
    }

    private boolean isDirectPart(String outer, String inner) {
        if (!contains(outer, inner)) return false;
        for (String g : jobsBySector.keySet()) if (contains(outer, g) && contains(g, inner)) return false;
        return true;
    }

    public int year() {
        return year;
    }

    public double total() {
        return jobsBySector.get(TOTAL);
    }

    public Map<String, Double> sectors() {
        return jobsBySector;
    }

    /** The national sector key a company's SBI code counts under, or empty when the table has none. */
    public Optional<String> sectorOf(String sbi) {
        if (sbi == null || sbi.isBlank()) return Optional.empty();
        String digits = sbi.trim().replace(".", "");
        if (digits.matches("\\d+"))
            for (int len = Math.min(5, digits.length()); len >= 2; len--)
                if (jobsBySector.containsKey(digits.substring(0, len))) return Optional.of(digits.substring(0, len));
        String section = Sbi2008.get().sectionOf(sbi);
        if (section == null) return Optional.empty();
        if (jobsBySector.containsKey(section)) return Optional.of(section);
        String a10 = Sbi2008.a10Group(section);
        return a10 != null && jobsBySector.containsKey(a10) ? Optional.of(a10) : Optional.empty();
    }

    public double jobs(String sector) {
        Double j = jobsBySector.get(sector);
        if (j == null) throw new IllegalArgumentException("no national jobs for sector " + sector);
        return j;
    }

    /**
     * The jobs of a sector outside the finer rows the table has inside it: B-E without C when C has a
     * row of its own. Establishments count under their finest row, so this is the matching national figure.
     */
    public double ownJobs(String sector) {
        Double j = ownJobs.get(sector);
        if (j == null) throw new IllegalArgumentException("no national jobs for sector " + sector);
        return j;
    }
}
