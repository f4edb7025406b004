package nl.kansenkaart.disclosure;

import java.util.Map;

/**
 * Applies a {@link DisclosurePolicy} to aggregates given as contributions per company.
 * <p>Rules, in order: a figure whose contributors all consented is shown; a figure with fewer
 * than {@code minContributors} companies is suppressed (threshold rule); a figure where one
 * non-consenting company makes up more than {@code maxDominantShare} of the total is suppressed
 * (dominance rule). Consenting companies count as contributors but never trigger dominance.
 */
public final class DisclosureControl {

    private final DisclosurePolicy policy;

    public DisclosureControl(DisclosurePolicy policy) {
        this.policy = policy;
    }

    public DisclosurePolicy policy() {
        return policy;
    }

    /** @param contributions company ref → its (non-negative) part of the figure */
    public Disclosed disclose(Map<String, Double> contributions) {
        int n = contributions.size();
        double total = 0;
        boolean allConsented = true;
        double largestNonConsenting = 0;
        for (Map.Entry<String, Double> e : contributions.entrySet()) {
            double v = Math.abs(e.getValue());
            total += v;
            if (!policy.consented(e.getKey())) {
                allConsented = false;
                largestNonConsenting = Math.max(largestNonConsenting, v);
            }
        }
        double signedTotal = contributions.values().stream().mapToDouble(Double::doubleValue).sum();
        if (n == 0) return Disclosed.shown(0, 0);
        if (allConsented) return Disclosed.shown(signedTotal, n);
        if (n < policy.minContributors())
            return Disclosed.suppressed(n, "fewer than " + policy.minContributors() + " companies");
        if (total > 0 && largestNonConsenting / total > policy.maxDominantShare())
            return Disclosed.suppressed(n, "one company makes up more than "
                    + Math.round(policy.maxDominantShare() * 100) + "% of the figure");
        return Disclosed.shown(signedTotal, n);
    }

    /** A single company's own figure: shown only with its (or the analyst's project-wide) consent. */
    public Disclosed discloseOwn(String companyRef, double value) {
        return policy.consented(companyRef) ? Disclosed.shown(value, 1)
                : Disclosed.suppressed(1, "figure of a single company without its consent");
    }
}
