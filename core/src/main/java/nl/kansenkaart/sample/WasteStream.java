package nl.kansenkaart.sample;

/**
 * One waste stream (afvalstroomnummer) of the synthetic extract and how it is written: its rows
 * are the months with deliveries.
 *
 * @param number         12 characters: the processor's verwerkersnummer + 7 digits
 * @param ontdoener      who hands the waste over: the producer, or the collector for route
 *                       collection and the collector scheme
 * @param processor      receiver and processor (Ontvanger = Verwerker)
 * @param broker         a bemiddelaar, or null
 * @param method         the LMA method actually applied
 * @param methodText     the method code as written (an EU code for {@link Defect#METHOD_UNKNOWN})
 * @param euralText      the EURAL code as written
 * @param defect         the stream-level defect, or null
 * @param ontdoenerPostcode the ontdoener's (and herkomst's) postcode as written
 * @param decimals       weights are written with one decimal
 * @param yearlyKg       the stream's total over the year before monthly noise
 * @param monthWeights   share per month, zero for months without deliveries
 */
record WasteStream(String number, StreamSpec spec, Establishment ontdoener, Establishment processor, Establishment broker,
                   String method, String methodText, String euralText, String wasteName, Defect defect,
                   String ontdoenerPostcode, PostcodeStyle postcodeStyle, boolean decimals, double yearlyKg,
                   double[] monthWeights) {

    /** How a stream writes its postcodes; registrations differ, so all three occur. */
    enum PostcodeStyle {
        SPACED, COMPACT, LOWER_CASE;

        String format(String pc6) {
            if (pc6 == null || pc6.length() != 6) return pc6;
            return switch (this) {
                case SPACED -> pc6.substring(0, 4) + " " + pc6.substring(4);
                case COMPACT -> pc6;
                case LOWER_CASE -> pc6.toLowerCase(java.util.Locale.ROOT);
            };
        }
    }

    boolean rejectedAsAWhole() {
        return defect != null && defect.outcome().rejected();
    }
}
