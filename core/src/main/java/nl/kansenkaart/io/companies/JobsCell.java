package nl.kansenkaart.io.companies;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kansenkaart.io.tabular.NumberCells;

/**
 * Werkzame personen as registers give them: a count ({@code 12}), or a size class
 * ({@code 10-19}, {@code 10 t/m 19}, {@code 10 tot en met 19}, {@code ≥ 100}, {@code >= 100},
 * {@code 100+}, {@code 100 of meer}, {@code 1000 en meer}). A closed class counts at its midpoint
 * (rounded half up); an open class at its lower bound, which is conservative. The class text is kept.
 */
final class JobsCell {

    /** The jobs figure and, when it came from a class, the class as given. */
    record Jobs(int jobs, String jobsClass) {}

    private static final Pattern CLOSED = Pattern.compile("(\\d+)\\s*(?:-|–|t/m|tm|tot en met|to)\\s*(\\d+)");
    private static final Pattern OPEN = Pattern.compile("(?:≥|>=|=>|minimaal|meer dan of gelijk aan)\\s*(\\d+)|(\\d+)\\s*(?:\\+|of meer|en meer|or more|en hoger)");

    private JobsCell() {}

    /** Parses a count or class; throws IllegalArgumentException with a reason when it is neither. */
    static Jobs parse(String text, boolean numericCell) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        BigDecimal n = NumberCells.parse(t, numericCell, true);
        if (n != null) {
            if (n.signum() < 0) throw new IllegalArgumentException("negative number of jobs " + text.strip());
            if (n.compareTo(BigDecimal.valueOf(1_000_000)) > 0)
                throw new IllegalArgumentException("implausible number of jobs " + text.strip());
            return new Jobs(n.setScale(0, java.math.RoundingMode.HALF_UP).intValueExact(), null);
        }
        Matcher m = CLOSED.matcher(t);
        if (m.matches()) {
            int lo = Integer.parseInt(m.group(1)), hi = Integer.parseInt(m.group(2));
            if (hi < lo) throw new IllegalArgumentException("size class " + text.strip() + " runs backwards");
            return new Jobs((int) Math.round((lo + hi) / 2.0), text.strip());
        }
        m = OPEN.matcher(t);
        if (m.matches()) return new Jobs(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)), text.strip());
        throw new IllegalArgumentException("'" + text.strip() + "' is neither a number of jobs nor a size class like 10-19");
    }
}
