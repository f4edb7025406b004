package nl.kansenkaart.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.model.Area;

/**
 * Builds the sample's establishments: the real wastewater plants first, then the synthetic
 * processors and collectors, then the synthetic companies kind by kind, in table order. The same
 * builder makes the extra small producers of large LMA extracts, so names stay unique.
 */
final class RegisterBuilder {

    static final String SYNTHETIC_REF_PREFIX = "SYN-";
    static final String WASTEWATER_SBI = "3700";

    private final SampleTables tables;
    private final Places places;
    private final Dice dice;
    private final Map<String, Integer> nameCounts = new HashMap<>();
    private final Set<String> processorNumbers = new HashSet<>();
    private int synthetic;

    RegisterBuilder(SampleTables tables, Places places, Dice dice) {
        this.tables = tables;
        this.places = places;
        this.dice = dice;
    }

    List<Establishment> build() {
        List<Establishment> out = new ArrayList<>();
        RdNew rd = new RdNew();
        for (WastewaterPlant p : tables.plants) out.add(plant(p, rd));
        for (SampleTables.ProcessorSpec p : tables.processors) out.add(processor(p));
        for (EstablishmentType t : tables.types) {
            double[] areas = t.areaHaTotal() == null ? null : shareArea(t.areaHaTotal(), t.count());
            for (int i = 0; i < t.count(); i++) out.add(company(t, areas == null ? null : areas[i]));
        }
        return out;
    }

    /** A real plant; its postcode is the nearest PC4 area of its municipality, with synthetic letters. */
    private Establishment plant(WastewaterPlant p, RdNew rd) {
        double[] xy = rd.toRd(Double.parseDouble(p.longitude()), Double.parseDouble(p.latitude()));
        Area m = places.municipalityAt(xy[0], xy[1]);
        Places.Pc4Area nearest = null;
        double best = Double.MAX_VALUE;
        for (Places.Pc4Area a : places.region()) {
            if (m != null && !a.municipalityCode().equals(m.code())) continue;
            double dx = a.x() - xy[0], dy = a.y() - xy[1];
            double d = dx * dx + dy * dy;
            if (d < best) {
                best = d;
                nearest = a;
            }
        }
        if (nearest == null) throw new IllegalStateException("no postcode area near wastewater plant " + p.code());
        return new Establishment(p.code(), p.name(), "rwzi", "rwzi", WASTEWATER_SBI, null, false, null, null, null,
                nearest.pc4() + Postcode6.letters(dice), nearest, null, true, null, p);
    }

    private Establishment processor(SampleTables.ProcessorSpec s) {
        List<Places.Pc4Area> candidates = places.resolve(s.place(), s.inRegion());
        Places.Pc4Area place = dice.pick(candidates);
        Processor processor = s.methods().isEmpty() ? null : new Processor(processorNumber(), s.methods(), s.accepts());
        return new Establishment(nextRef(), s.name(), s.type(), s.type(), s.sbi(), s.jobs(), false, null, s.street(),
                houseNumber(), place.pc4() + Postcode6.letters(dice), place, null, s.inRegion(), processor, null);
    }

    /** A synthetic company of a kind; {@code areaHa} for greenhouses, else null. */
    Establishment company(EstablishmentType t, Double areaHa) {
        String sbi = dice.pick(t.sbi());
        Places.Pc4Area place = dice.pick(places.resolve(dice.pick(t.towns()), true));
        int jobs;
        if (areaHa != null && t.jobsPerHa() != null) jobs = (int) Math.max(1, Math.round(areaHa * dice.uniform(t.jobsPerHa())));
        else jobs = (int) Math.max(1, Math.round(dice.logUniform(t.jobsFor(sbi))));
        Long turnover = null;
        if (t.turnoverKeurPerJob() != null && dice.chance(t.turnoverShare()))
            turnover = Math.round(jobs * dice.uniform(t.turnoverKeurPerJob())) * 1000L;
        boolean asClass = dice.chance(0.2);
        String name = name(sbi, place.town(), t.label());
        return new Establishment(nextRef(), name, t.type(), t.streamType(), sbi, jobs, asClass, turnover,
                dice.pick(t.streets()), houseNumber(), place.pc4() + Postcode6.letters(dice), place, areaHa, true, null, null);
    }

    /** "Tomatenkwekerij De Kwakel 03 (fictief)": obviously fictitious, still saying what and where. */
    private String name(String sbi, String town, String fallback) {
        List<String> beginnings = tables.namesBySbi.get(sbi);
        String begin = beginnings == null ? fallback : dice.pick(beginnings);
        String base = begin + " " + town;
        int n = nameCounts.merge(base.toLowerCase(Locale.ROOT), 1, Integer::sum);
        return String.format(Locale.ROOT, "%s %02d (fictief)", base, n);
    }

    /** Splits a published total area over the establishments of a kind, unevenly, to 0.1 ha exactly. */
    private double[] shareArea(double totalHa, int count) {
        double[] w = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) sum += w[i] = dice.logUniform(new Range(1, 12));
        long totalTenths = Math.round(totalHa * 10);
        long[] tenths = new long[count];
        long assigned = 0;
        int largest = 0;
        for (int i = 0; i < count; i++) {
            tenths[i] = Math.max(5, Math.round(totalTenths * w[i] / sum));
            assigned += tenths[i];
            if (tenths[i] > tenths[largest]) largest = i;
        }
        tenths[largest] += totalTenths - assigned;
        double[] out = new double[count];
        for (int i = 0; i < count; i++) out[i] = tenths[i] / 10.0;
        return out;
    }

    private String houseNumber() {
        int n = (int) Math.round(dice.logUniform(new Range(1, 300)));
        return dice.chance(0.08) ? n + String.valueOf((char) ('A' + dice.between(0, 3))) : Integer.toString(n);
    }

    private String processorNumber() {
        while (true) {
            String n = Integer.toString(dice.between(10_000, 99_999));
            if (processorNumbers.add(n)) return n;
        }
    }

    private String nextRef() {
        return String.format(Locale.ROOT, "%s%05d", SYNTHETIC_REF_PREFIX, ++synthetic);
    }
}
