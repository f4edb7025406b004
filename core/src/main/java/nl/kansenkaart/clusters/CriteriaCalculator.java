package nl.kansenkaart.clusters;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.LocationPrecision;

/** Computes the criteria of a cluster from its establishments and their yearly tonnes. */
public final class CriteriaCalculator {

    private CriteriaCalculator() {}

    /** @param balassa the index over the cluster's region, or null for levels without a region */
    public static ClusterCriteria compute(List<Company> members, Map<String, CompanyTotals> totals, Balassa balassa) {
        double jobs = 0, value = 0, raw = 0, resMeasured = 0, resEstimated = 0, measured = 0, all = 0;
        int valueKnown = 0, precise = 0, pc4 = 0, notLocated = 0;
        for (Company c : members) {
            if (c.jobs() != null) jobs += c.jobs();
            if (c.economicValueEur() != null) {
                value += c.economicValueEur();
                valueKnown++;
            }
            CompanyTotals t = totals.getOrDefault(c.ref(), CompanyTotals.NONE);
            raw += t.rawMaterialsMeasured() + t.rawMaterialsEstimated();
            resMeasured += t.residuesMeasured();
            resEstimated += t.residuesEstimated();
            measured += t.measured();
            all += t.total();
            LocationPrecision p = c.location().precision();
            if (p.isPrecise()) precise++;
            else if (p == LocationPrecision.PC4) pc4++;
            else notLocated++;
        }
        int n = members.size();
        Double bi = null;
        String basis = null;
        if (balassa != null) {
            Optional<Balassa.Result> r = balassa.clusterIndex(members);
            if (r.isPresent()) {
                bi = r.get().index();
                basis = r.get().basis();
            }
        }
        return new ClusterCriteria(n, jobs, value, valueKnown, raw, resMeasured, resEstimated, bi, basis,
                all > 0 ? measured / all : null, n == 0 ? 0 : (double) precise / n, n == 0 ? 0 : (double) pc4 / n, notLocated);
    }
}
