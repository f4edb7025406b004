package nl.kansenkaart.disclosure;

import java.util.Set;

/**
 * The rules for publishing an aggregate of company figures.
 *
 * @param minContributors  threshold rule: at least this many companies must contribute (CBS and
 *                         LISA practice: 3); fewer and the figure would reveal (nearly) one company
 * @param maxDominantShare dominance rule: the largest contributor may make up at most this share of
 *                         the total, else the total is a proxy for that company's figure
 * @param consenting       refs of companies that agreed to show their own figures
 * @param allowAll         the analyst's explicit project-wide permission to show all figures
 */
public record DisclosurePolicy(int minContributors, double maxDominantShare, Set<String> consenting, boolean allowAll) {

    public static final DisclosurePolicy DEFAULT = new DisclosurePolicy(3, 0.5, Set.of(), false);

    public DisclosurePolicy {
        if (minContributors < 1) throw new IllegalArgumentException("minContributors must be >= 1");
        if (!(maxDominantShare > 0 && maxDominantShare <= 1)) throw new IllegalArgumentException("maxDominantShare must be in (0, 1]");
        consenting = consenting == null ? Set.of() : Set.copyOf(consenting);
    }

    public boolean consented(String companyRef) {
        return allowAll || consenting.contains(companyRef);
    }
}
