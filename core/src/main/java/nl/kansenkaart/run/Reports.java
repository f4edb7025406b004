package nl.kansenkaart.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.clusters.Cluster;
import nl.kansenkaart.clusters.ClusterCriteria;
import nl.kansenkaart.clusters.ClusterLevel;
import nl.kansenkaart.clusters.RankedCluster;
import nl.kansenkaart.clusters.StoredCluster;

/** The short console summaries of the steps. */
public final class Reports {

    private Reports() {}

    static List<String> step1(Step1.Result r) {
        List<String> out = new ArrayList<>();
        long sector = 0, density = 0, municipality = 0, park = 0;
        for (Cluster c : r.clusters())
            switch (c.level()) {
                case SECTOR -> sector++;
                case DENSITY -> density++;
                case MUNICIPALITY -> municipality++;
                case BUSINESS_PARK -> park++;
            }
        out.add(String.format(Locale.ROOT, "establishments: %,d in %d sector clusters%s", r.companies() - r.unclassified(), sector,
                r.unclassified() == 0 ? "" : String.format(Locale.ROOT, " (%,d without a valid SBI code, left out)", r.unclassified())));
        out.add(String.format(Locale.ROOT, "clusters: %d density (DBSCAN radius %s m, at least %d), %d municipality, %d business park",
                density, trim(r.settings().radius()), r.settings().minPoints(), municipality, park));
        out.add(lmaLine(r.inventory()));
        out.add("Balassa index: region's register vs national jobs " + r.nationalYear() + "; weights " + r.settings().weights().spec()
                + "; top " + r.settings().top() + " + low-hanging fruit + analyst's choices");
        List<StoredCluster> rows = new ArrayList<>();
        for (Cluster c : r.clusters()) {
            if (c.level() != ClusterLevel.SECTOR) continue;
            RankedCluster rc = r.ranking().get(c.sector().id());
            rows.add(new StoredCluster(c.key(), c.sector().id(), c.level(), null, c.name(), c.sector().theme().name(),
                    r.criteria().get(c.key()), c.sector().lowHangingFruit(), rc.score(), rc.rank(), rc.selected(), rc.reason(),
                    r.inventory().years.label()));
        }
        rows.sort(Comparator.comparing((StoredCluster s) -> s.rank() == null ? Integer.MAX_VALUE : s.rank()));
        out.addAll(ranking(rows, 12));
        return out;
    }

    static String lmaLine(ProjectInventory inv) {
        if (inv.years.isEmpty()) return "LMA: no records in the project, so all residues are key-figure estimates";
        double linked = inv.links.tonnes() <= 0 ? 0 : 1 - inv.links.unlinkedTonnes() / inv.links.tonnes();
        return String.format(Locale.ROOT, "%s: %,d records, %,.0f t; %s of the tonnes linked to an establishment by name and postcode",
                inv.years.lmaLabel(), inv.links.records(), inv.links.tonnes(), Step1.pct(linked));
    }

    /** The ranking as a small table: the top {@code limit} lines, then any other selected cluster. */
    public static List<String> ranking(List<StoredCluster> sectorRows, int limit) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "  %4s %6s  %-44s %6s %8s %11s %6s %4s  %s", "rank", "score", "cluster", "estab.",
                "jobs", "resid. t/yr", "BI", "sel.", "why"));
        int shown = 0;
        for (StoredCluster s : sectorRows) {
            boolean inTop = shown < limit;
            if (!inTop && !s.selected()) continue;
            shown++;
            ClusterCriteria k = s.criteria();
            out.add(String.format(Locale.ROOT, "  %4s %6s  %-44s %,6d %,8.0f %,11.0f %6s %4s  %s",
                    s.rank() == null ? "-" : s.rank().toString(), s.score() == null ? "-" : String.format(Locale.ROOT, "%.3f", s.score()),
                    cut(s.name() + " [" + s.sectorClusterId() + "]", 44), k.establishments(), k.jobs(), k.residuesT(),
                    k.balassa() == null ? "-" : String.format(Locale.ROOT, "%.2f", k.balassa()), s.selected() ? "yes" : "no",
                    s.selectionReason()));
        }
        return out;
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }

    static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static List<String> step2(Step2.Result r) {
        List<String> out = new ArrayList<>();
        out.add(lmaLine(r.inventory()));
        long measured = r.candidates().stream().filter(f -> f.quality() == nl.kansenkaart.model.DataQuality.MEASURED).count();
        long supply = r.candidates().stream().filter(f -> f.direction() == nl.kansenkaart.model.FlowDirection.SUPPLY).count();
        long unlocated = r.candidates().stream().filter(f -> !f.location().isLocated()).count();
        out.add(String.format(Locale.ROOT, "%d selected clusters; %,d candidate flows for matching (%,d supply, %,d demand; %,d measured,"
                + " %,d estimated%s)", r.selected().size(), r.candidates().size(), supply, r.candidates().size() - supply, measured,
                r.candidates().size() - measured, unlocated == 0 ? "" : String.format(Locale.ROOT, "; %,d not located", unlocated)));
        out.add(String.format(Locale.ROOT, "  %-44s %6s %11s %11s %11s %11s %11s %8s", "cluster", "estab.", "inputs t", "residues t",
                "by-prod. t", "heat out GJ", "heat in GJ", "measured"));
        for (nl.kansenkaart.resources.MaterialBalance b : r.balances())
            out.add(String.format(Locale.ROOT, "  %-44s %,6d %,11.0f %,11.0f %,11.0f %,11.0f %,11.0f %8s", cut(b.name() + " [" + b.clusterId() + "]", 44),
                    b.establishments(), b.inputsMeasuredT() + b.inputsEstimatedT(), b.residuesMeasuredT() + b.residuesEstimatedT(),
                    b.byproductsT(), b.heatSupplyGj(), b.heatDemandGj(), b.measuredShare() == null ? "-" : Step1.pct(b.measuredShare())));
        Map<nl.kansenkaart.resources.OwnFlowStatus, Integer> counts = new java.util.EnumMap<>(nl.kansenkaart.resources.OwnFlowStatus.class);
        for (var c : r.checklist()) counts.merge(c.status(), 1, Integer::sum);
        out.add("checklist of own flows: " + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(", ")) + " (of " + r.checklist().size() + " items)");
        return out;
    }
}
