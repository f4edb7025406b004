package nl.kansenkaart.disclosure;

/**
 * A figure as it may be published: the value, or suppressed with the reason (never the value).
 *
 * @param contributors number of distinct companies behind the figure
 */
public record Disclosed(Double value, int contributors, String suppressionReason) {

    public static Disclosed shown(double value, int contributors) {
        return new Disclosed(value, contributors, null);
    }

    public static Disclosed suppressed(int contributors, String reason) {
        return new Disclosed(null, contributors, reason);
    }

    public boolean isSuppressed() {
        return value == null;
    }

    /** The value, or the given text for suppressed cells (e.g. "vertrouwelijk"). */
    public String text(java.util.function.DoubleFunction<String> format, String suppressedText) {
        return isSuppressed() ? suppressedText : format.apply(value);
    }
}
