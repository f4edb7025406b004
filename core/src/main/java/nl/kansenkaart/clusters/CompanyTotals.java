package nl.kansenkaart.clusters;

/**
 * Tonnes per year of one establishment for the step-1 criteria, split by whether they were
 * measured (LMA) or estimated (key figures).
 *
 * @param rawMaterials raw materials used: waste received for processing plus raw-material demand
 * @param residues     residues and by-products that arise there (not waste collected from others)
 */
public record CompanyTotals(double rawMaterialsMeasured, double rawMaterialsEstimated, double residuesMeasured,
                            double residuesEstimated) {

    public static final CompanyTotals NONE = new CompanyTotals(0, 0, 0, 0);

    public double measured() {
        return rawMaterialsMeasured + residuesMeasured;
    }

    public double total() {
        return rawMaterialsMeasured + rawMaterialsEstimated + residuesMeasured + residuesEstimated;
    }
}
