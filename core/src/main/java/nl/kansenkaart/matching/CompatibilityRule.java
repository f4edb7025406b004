package nl.kansenkaart.matching;

import java.util.regex.Pattern;
import nl.kansenkaart.codes.RLevel;

/**
 * One compatibility rule: a supply of these materials can serve a demand for that material or use,
 * at this R-ladder level.
 *
 * @param id               stable key, lower case ({@code struvite_fertiliser}); decisions and results refer to it
 * @param hazardousAllowed whether hazardous supplies (EURAL codes with *) may match this rule
 * @param lmaMethod        the LMA processing method the use corresponds to (B02, C01, ...), or null
 * @param substitution     units of primary material replaced per unit supplied (indicator "primary replaced")
 * @param qualityNote      what the material must meet for this use
 * @param rationale        why the rule exists, with its source
 */
public record CompatibilityRule(String id, MaterialSelector supply, MaterialSelector demand, RLevel rLevel,
                                boolean hazardousAllowed, String lmaMethod, double substitution,
                                String qualityNote, String rationale) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_\\-]{0,63}");

    public CompatibilityRule {
        if (id == null || !ID.matcher(id).matches())
            throw new IllegalArgumentException("rule id '" + id + "' must be lower-case letters, digits, '_' or '-' (max 64)");
        if (supply == null || demand == null) throw new IllegalArgumentException("rule " + id + " needs supply and demand");
        if (rLevel == null || !rLevel.isOnLadder())
            throw new IllegalArgumentException("rule " + id + ": R-level must be R0..R9, not " + rLevel);
        if (!(substitution >= 0 && substitution <= 10))
            throw new IllegalArgumentException("rule " + id + ": substitution must be between 0 and 10, not " + substitution);
        lmaMethod = lmaMethod == null || lmaMethod.isBlank() ? null : lmaMethod;
        qualityNote = qualityNote == null ? "" : qualityNote;
        rationale = rationale == null ? "" : rationale;
    }
}
