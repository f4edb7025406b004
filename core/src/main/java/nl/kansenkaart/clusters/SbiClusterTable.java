package nl.kansenkaart.clusters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.SbiCode;
import nl.kansenkaart.codes.Sbi2008;

/**
 * The SBI → sector cluster table: rows keyed by a section letter or an SBI digit prefix. A code
 * belongs to the cluster of its longest matching digit prefix, else of its section. Every section
 * must have a row, so every establishment with a valid SBI code has exactly one cluster.
 */
public final class SbiClusterTable {

    /** One row: an SBI key (section letter or digits) and its cluster. */
    public record Entry(String sbi, String clusterId, String note) {}

    private final Map<String, SectorCluster> clusters;
    private final List<Entry> entries;
    private final Map<String, String> clusterBySbi;

    public SbiClusterTable(List<SectorCluster> clusterList, List<Entry> entryList) {
        Map<String, SectorCluster> byId = new LinkedHashMap<>();
        for (SectorCluster c : clusterList)
            if (byId.put(c.id(), c) != null) throw new KansenkaartException("sector cluster '" + c.id() + "' is defined twice");
        Map<String, String> bySbi = new HashMap<>();
        for (Entry e : entryList) {
            String key = normaliseKey(e.sbi());
            if (key == null)
                throw new KansenkaartException("SBI cluster table: '" + e.sbi() + "' is neither a section letter A-U nor SBI digits");
            if (!byId.containsKey(e.clusterId()))
                throw new KansenkaartException("SBI cluster table: code " + e.sbi() + " points at unknown cluster '" + e.clusterId() + "'");
            if (bySbi.put(key, e.clusterId()) != null)
                throw new KansenkaartException("SBI cluster table: code " + e.sbi() + " appears twice");
        }
        for (SbiCode section : Sbi2008.get().sections())
            if (!bySbi.containsKey(section.code()))
                throw new KansenkaartException("SBI cluster table has no row for section " + section.code() + " ("
                        + section.descriptionNl() + "); every section needs one so no establishment is left out");
        this.clusters = Collections.unmodifiableMap(byId);
        this.entries = List.copyOf(entryList);
        this.clusterBySbi = bySbi;
    }

    /** Section letter in upper case, or the digits of an SBI code; null when it is neither. */
    static String normaliseKey(String sbi) {
        if (sbi == null) return null;
        String s = sbi.trim().replace(".", "");
        if (s.length() == 1 && Character.isLetter(s.charAt(0))) {
            String letter = s.toUpperCase(java.util.Locale.ROOT);
            return Sbi2008.get().section(letter).isPresent() ? letter : null;
        }
        return s.matches("\\d{2,5}") ? s : null;
    }

    public List<SectorCluster> clusters() {
        return new ArrayList<>(clusters.values());
    }

    public Optional<SectorCluster> cluster(String id) {
        return Optional.ofNullable(clusters.get(id));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The cluster of an establishment's SBI code (digits as stored, or a section letter); empty when unknown. */
    public Optional<SectorCluster> clusterOf(String sbi) {
        if (sbi == null || sbi.isBlank()) return Optional.empty();
        String digits = sbi.trim().replace(".", "");
        if (digits.matches("\\d+")) {
            for (int len = Math.min(5, digits.length()); len >= 2; len--) {
                String id = clusterBySbi.get(digits.substring(0, len));
                if (id != null) return cluster(id);
            }
        }
        String section = Sbi2008.get().sectionOf(sbi);
        return section == null ? Optional.empty() : cluster(clusterBySbi.get(section));
    }
}
