package nl.kansenkaart.clusters;

/**
 * A sector cluster of step 1 (bedrijvencluster): a group of SBI activities such as "Kassen en
 * zaden" or "Afvalwaterketen".
 *
 * @param lowHangingFruit kept in the selection whatever its economic score: the governments' own
 *                        processes score low on economic criteria yet are promising (001:1658-1686)
 */
public record SectorCluster(String id, String nameNl, String nameEn, ClusterTheme theme, boolean lowHangingFruit,
                            String description) {

    public SectorCluster {
        if (id == null || !id.matches("[a-z0-9_]+"))
            throw new IllegalArgumentException("cluster id must be lower-case [a-z0-9_]: " + id);
        if (nameNl == null || nameNl.isBlank()) throw new IllegalArgumentException("cluster " + id + " needs a name");
        if (theme == null) throw new IllegalArgumentException("cluster " + id + " needs a theme");
    }
}
