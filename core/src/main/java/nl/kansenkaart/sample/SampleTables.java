package nl.kansenkaart.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kansenkaart.codes.CsvResource;
import nl.kansenkaart.codes.EuralList;
import nl.kansenkaart.codes.LmaMethods;
import nl.kansenkaart.codes.Sbi2008;

/**
 * The tables the sample generator is driven by, shipped as resources in
 * {@code nl/kansenkaart/sample/}. Each row is checked against the official code lists on load, so
 * a typo in a table fails the build's tests rather than producing an implausible sample.
 */
final class SampleTables {

    private static final String DIR = "/nl/kansenkaart/sample/";

    /** A processor or collector row of {@code waste_processors.csv}. */
    record ProcessorSpec(String type, String name, String place, String sbi, int jobs, Set<String> methods,
                         List<String> accepts, boolean inRegion, String street) {}

    final List<EstablishmentType> types;
    final List<StreamSpec> streams;
    final List<ProcessorSpec> processors;
    final Map<String, List<String>> namesBySbi;
    final List<WastewaterPlant> plants;

    private SampleTables(List<EstablishmentType> types, List<StreamSpec> streams, List<ProcessorSpec> processors,
                         Map<String, List<String>> namesBySbi, List<WastewaterPlant> plants) {
        this.types = types;
        this.streams = streams;
        this.processors = processors;
        this.namesBySbi = namesBySbi;
        this.plants = plants;
    }

    static SampleTables load() {
        return new SampleTables(types(), streams(), processors(), sbiNames(), plants());
    }

    private static List<EstablishmentType> types() {
        List<EstablishmentType> out = new ArrayList<>();
        for (Map<String, String> r : ordered(CsvResource.read(DIR + "establishment_types.csv"), "type")) {
            Map<String, Range> sbiJobs = new LinkedHashMap<>();
            for (String part : r.get("sbi").split("\\|")) {
                String[] f = part.split(":");
                sbi(f[0]);
                if (f.length > 2) sbiJobs.put(f[0], Range.parse(f[2]));
            }
            String area = r.get("area_ha_total");
            out.add(new EstablishmentType(r.get("type"), r.get("stream_type"), r.get("label"),
                    Integer.parseInt(r.get("count")), Weighted.parse(r.get("sbi")), sbiJobs, Weighted.parse(r.get("towns")),
                    Range.parse(r.get("jobs")), Range.parse(r.get("jobs_per_ha")),
                    area == null || area.isBlank() ? null : Double.valueOf(area),
                    Double.parseDouble(r.get("turnover_share")), Range.parse(r.get("turnover_keur_per_job")),
                    List.of(r.get("streets").split("\\|"))));
        }
        return Collections.unmodifiableList(out);
    }

    private static List<StreamSpec> streams() {
        List<StreamSpec> out = new ArrayList<>();
        for (Map<String, String> r : ordered(CsvResource.read(DIR + "waste_streams.csv"), "type")) {
            String eural = r.get("eural");
            if (EuralList.get().find(eural).isEmpty()) throw new IllegalStateException("waste_streams.csv: " + eural + " is not a EURAL code");
            Weighted<String> methods = Weighted.parse(r.get("methods"));
            for (String m : methods.items())
                if (LmaMethods.get().lookup(m).isEmpty()) throw new IllegalStateException("waste_streams.csv: unknown method " + m);
            String names = r.get("names");
            out.add(new StreamSpec(r.get("type"), r.get("sbi_prefix"), eural, Double.parseDouble(r.get("share")),
                    StreamSpec.Basis.valueOf(r.get("basis").toUpperCase(Locale.ROOT)), Range.parse(r.get("amount")), methods,
                    set(r.get("to")), StreamSpec.Collection.valueOf(r.get("collection").toUpperCase(Locale.ROOT)),
                    MonthPattern.valueOf(r.get("pattern").toUpperCase(Locale.ROOT)), Range.parse(r.get("load_t")),
                    names.isBlank() ? List.of() : List.of(names.split("\\|"))));
        }
        return Collections.unmodifiableList(out);
    }

    private static List<ProcessorSpec> processors() {
        List<ProcessorSpec> out = new ArrayList<>();
        for (Map<String, String> r : ordered(CsvResource.read(DIR + "waste_processors.csv"), "name")) {
            Set<String> methods = set(r.get("methods"));
            for (String m : methods)
                if (LmaMethods.get().lookup(m).isEmpty()) throw new IllegalStateException("waste_processors.csv: unknown method " + m);
            String accepts = r.get("accepts");
            out.add(new ProcessorSpec(r.get("type"), r.get("name"), r.get("place"), sbi(r.get("sbi")),
                    Integer.parseInt(r.get("jobs")), methods,
                    accepts.isBlank() ? List.of() : List.of(accepts.split("\\|")), "J".equals(r.get("in_region")), r.get("street")));
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<String, List<String>> sbiNames() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map<String, String> r : CsvResource.read(DIR + "sbi_names.csv"))
            out.put(sbi(r.get("sbi")), List.of(r.get("names").split("\\|")));
        return out;
    }

    private static List<WastewaterPlant> plants() {
        List<WastewaterPlant> out = new ArrayList<>();
        for (Map<String, String> r : ordered(CsvResource.read(DIR + "rwzi_noord_holland.csv"), "code"))
            out.add(new WastewaterPlant(r.get("code"), r.get("name"), r.get("operator"), r.get("latitude"), r.get("longitude"),
                    Long.parseLong(r.get("capacity_pe")), Long.parseLong(r.get("load_entering_pe")), "1".equals(r.get("n_removal")),
                    "1".equals(r.get("p_removal")), r.get("struvite_t_per_yr"), r.get("struvite_basis"), r.get("struvite_source")));
        return Collections.unmodifiableList(out);
    }

    /** CsvResource rows come in file order; this only guards that the key column is present. */
    private static List<Map<String, String>> ordered(List<Map<String, String>> rows, String key) {
        for (Map<String, String> r : rows)
            if (r.get(key) == null || r.get(key).isBlank()) throw new IllegalStateException("sample table row without " + key + ": " + r);
        return rows;
    }

    private static String sbi(String digits) {
        if (Sbi2008.get().byDigits(digits).isEmpty()) throw new IllegalStateException("sample tables: " + digits + " is not an SBI 2008 code");
        return digits;
    }

    private static Set<String> set(String pipeList) {
        if (pipeList == null || pipeList.isBlank()) return Set.of();
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(pipeList.split("\\|"))));
    }
}
