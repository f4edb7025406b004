package nl.kansenkaart.matching;

/**
 * A match's score out of 100 in parts: R-level (40), transport cost vs value (25), quantity
 * coverage (15), data quality (20). {@link Match#explanation()} puts it in words.
 */
public record MatchScore(int total, int rLevelPoints, int valuePoints, int coveragePoints, int qualityPoints) {}
