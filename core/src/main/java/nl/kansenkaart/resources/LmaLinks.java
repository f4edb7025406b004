package nl.kansenkaart.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stream-years of the chosen years with the establishments they link to: the ontdoener as
 * producer (or as collector for route collection) and the processor.
 */
public final class LmaLinks {

    /** One stream-year and its links; a party that could not be linked is null. */
    public record Linked(StreamYear stream, CompanyIndex.Match ontdoener, CompanyIndex.Match processor) {
        public LinkRole ontdoenerRole() {
            return stream.routeCollection() ? LinkRole.COLLECTOR : LinkRole.PRODUCER;
        }
    }

    /** Per establishment and role: how many records and tonnes were linked, and by which method. */
    public record Summary(String companyRef, LinkRole role, String method, long records, double tonnes) {}

    private final List<Linked> linked;
    private final long records;
    private final double tonnes;
    private final long unlinkedRecords;
    private final double unlinkedTonnes;

    private LmaLinks(List<Linked> linked, long records, double tonnes, long unlinkedRecords, double unlinkedTonnes) {
        this.linked = linked;
        this.records = records;
        this.tonnes = tonnes;
        this.unlinkedRecords = unlinkedRecords;
        this.unlinkedTonnes = unlinkedTonnes;
    }

    public static LmaLinks link(List<StreamYear> streams, CompanyIndex index) {
        List<Linked> out = new ArrayList<>(streams.size());
        long records = 0, unlinkedRecords = 0;
        double tonnes = 0, unlinkedTonnes = 0;
        for (StreamYear s : streams) {
            Optional<CompanyIndex.Match> o = index.find(s.ontdoenerName(), s.originPostcode(), s.ontdoenerPostcode());
            Optional<CompanyIndex.Match> p = index.find(s.processorName(), s.processorPostcode());
            out.add(new Linked(s, o.orElse(null), p.orElse(null)));
            records += s.records();
            tonnes += s.tonnes();
            if (o.isEmpty()) {
                unlinkedRecords += s.records();
                unlinkedTonnes += s.tonnes();
            }
        }
        return new LmaLinks(out, records, tonnes, unlinkedRecords, unlinkedTonnes);
    }

    public List<Linked> all() {
        return linked;
    }

    public long records() {
        return records;
    }

    public double tonnes() {
        return tonnes;
    }

    /** Records whose ontdoener matches no establishment (their waste counts for no cluster). */
    public long unlinkedRecords() {
        return unlinkedRecords;
    }

    public double unlinkedTonnes() {
        return unlinkedTonnes;
    }

    /** Links per establishment, role and method, for the analyst to check. */
    public List<Summary> summaries() {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (Linked l : linked) {
            if (l.ontdoener() != null) add(sums, l.ontdoener(), l.ontdoenerRole(), l.stream());
            if (l.processor() != null) add(sums, l.processor(), LinkRole.PROCESSOR, l.stream());
        }
        List<Summary> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            String[] k = e.getKey().split("\u0000");
            out.add(new Summary(k[0], LinkRole.valueOf(k[1]), k[2], (long) e.getValue()[0], e.getValue()[1]));
        }
        out.sort(java.util.Comparator.comparing(Summary::companyRef).thenComparing(Summary::role).thenComparing(Summary::method));
        return out;
    }

    private static void add(Map<String, double[]> sums, CompanyIndex.Match m, LinkRole role, StreamYear s) {
        double[] v = sums.computeIfAbsent(m.company().ref() + "\u0000" + role + "\u0000" + m.method(), k -> new double[2]);
        v[0] += s.records();
        v[1] += s.tonnes();
    }
}
