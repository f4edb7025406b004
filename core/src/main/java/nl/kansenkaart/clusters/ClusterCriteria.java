package nl.kansenkaart.clusters;

/**
 * The selection criteria of one cluster (001:222-228) plus the Balassa index (001:1695-1702) and
 * the data-quality figures shown next to them.
 *
 * @param economicValueEur sum over the establishments whose value is known ({@code valueKnown} of them)
 * @param rawMaterialsT    raw materials used, t/yr: LMA intake (measured) plus key-figure demand (estimated)
 * @param residuesMeasuredT residues from LMA records of the establishments as ontdoener, t/yr
 * @param residuesEstimatedT residues from key figures for establishments without LMA residues, t/yr
 * @param balassa          null when it cannot be computed (no jobs, no national figure, or a level without a region)
 * @param measuredShare    measured share of all tonnes (raw materials + residues); null without tonnes
 * @param preciseShare     share of establishments located by coordinates, address or PC6
 * @param pc4Share         share of establishments located only by their PC4 area
 */
public record ClusterCriteria(int establishments, double jobs, double economicValueEur, int valueKnown,
                              double rawMaterialsT, double residuesMeasuredT, double residuesEstimatedT,
                              Double balassa, String balassaBasis, Double measuredShare, double preciseShare,
                              double pc4Share, int notLocated) {

    public double residuesT() {
        return residuesMeasuredT + residuesEstimatedT;
    }
}
