package nl.kansenkaart.matching;

import java.util.Locale;
import nl.kansenkaart.codes.MaterialNames;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.LocationPrecision;

/**
 * Scores a match out of 100 and says why, so an analyst can defend it in a workshop (in English, as
 * the command line prints it, and in Dutch for the app and Dutch workshop outputs):
 * <ul>
 *   <li>R-level, 40: the use the rule achieves (R0-R2 40, R3 36 ... R8 Recycle 24, R9 Recover 12);</li>
 *   <li>transport vs value, 25: 25 x (1 - transport cost / value); 12 when the value is unknown,
 *       0 when the material has no positive value (transport is then a pure cost);</li>
 *   <li>coverage, 15: the larger of the shares of the supply and of the demand that the match moves;</li>
 *   <li>data quality, 20: per side 6 measured / 2 estimated, plus 4 coordinates or address, 3 PC6, 1 PC4.</li>
 * </ul>
 */
final class ScoreCard {

    /** Dutch number formats (1.234,5) for the Dutch explanation. */
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private ScoreCard() {}

    static int rLevelPoints(RLevel r) {
        return switch (r) {
            case R0, R1, R2 -> 40;
            case R3 -> 36;
            case R4 -> 34;
            case R5 -> 32;
            case R6 -> 30;
            case R7 -> 28;
            case R8 -> 24;
            case R9 -> 12;
            default -> 0;
        };
    }

    static int qualityPoints(DataQuality q, LocationPrecision p) {
        int located = switch (p) {
            case COORDINATES, ADDRESS -> 4;
            case PC6 -> 3;
            case PC4 -> 1;
            case NOT_LOCATED -> 0;
        };
        return (q == DataQuality.MEASURED ? 6 : 2) + located;
    }

    static int valuePoints(double transportPerUnit, Double value) {
        if (value == null) return 12;
        if (value <= 0) return 0;
        return (int) Math.round(25 * Math.max(0, 1 - transportPerUnit / value));
    }

    static int coveragePoints(double amount, FlowNode supply, FlowNode demand) {
        return (int) Math.round(15 * Math.min(1, Math.max(share(amount, supply.amount()), share(amount, demand.amount()))));
    }

    private static double share(double part, double whole) {
        return whole > 0 ? part / whole : 0;
    }

    static MatchScore score(FlowNode supply, FlowNode demand, CompatibilityRule rule, double amount, double transportPerUnit, Double value) {
        int r = rLevelPoints(rule.rLevel());
        int v = valuePoints(transportPerUnit, value);
        int c = coveragePoints(amount, supply, demand);
        int q = qualityPoints(supply.quality(), supply.precision()) + qualityPoints(demand.quality(), demand.precision());
        return new MatchScore(r + v + c + q, r, v, c, q);
    }

    static String explain(Match m) {
        return explain(m, true);
    }

    /**
     * @param withQuantities false for workshop outputs: the tonnes and coverage shares of a match are
     *                       the two companies' own figures, so only the coverage points remain
     */
    static String explain(Match m, boolean withQuantities) {
        FlowNode supply = m.supply(), demand = m.demand();
        TransportClass tc = m.transportClass();
        MatchScore sc = m.score();
        String u = supply.unit().symbol();
        double perUnit = m.transportEurPerUnit();
        Double value = m.valueEurPerUnit();
        StringBuilder b = new StringBuilder(640);
        b.append(String.format(Locale.ROOT, "Rule %s: %s to %s at %s (%d/40). ", m.rule().id(), MaterialNames.en(supply.material()),
                MaterialNames.en(demand.material()), m.rule().rLevel().label(), sc.rLevelPoints()));
        b.append(String.format(Locale.ROOT, "%.1f km by road, %s", m.roadKm(), m.scale().en()));
        b.append(m.scale().compareTo(tc.scale()) > 0
                ? String.format(Locale.ROOT, ", beyond the usual %s scale of class %s (max %s km). ", tc.scale().en(), tc.id(), Numbers.plain(tc.maxHaulKm()))
                : String.format(Locale.ROOT, " (class %s: usually %s, max %s km). ", tc.id(), tc.scale().en(), Numbers.plain(tc.maxHaulKm())));
        if (value == null) {
            b.append(String.format(Locale.ROOT, "Transport EUR %.2f/%s; value unknown (%d/25). ", perUnit, u, sc.valuePoints()));
        } else if (value <= 0) {
            b.append(String.format(Locale.ROOT, "Transport EUR %.2f/%s against no positive value: a pure cost (0/25). ", perUnit, u));
        } else {
            double share = perUnit / value;
            b.append(String.format(Locale.ROOT, "Transport EUR %.2f/%s = %s of the value EUR %s/%s%s (%d/25). ", perUnit, u, percent(share),
                    Numbers.plain(value), u, share >= 1 ? ": transport eats the value" : "", sc.valuePoints()));
        }
        if (withQuantities)
            b.append(String.format(Locale.ROOT, "%s %s/yr covers %s of the demand and %s of the supply (%d/15). ", quantity(m.amount()), u,
                    percent(share(m.amount(), demand.amount())), percent(share(m.amount(), supply.amount())), sc.coveragePoints()));
        else
            b.append(String.format(Locale.ROOT, "Quantity confidential (company figures); coverage %d/15. ", sc.coveragePoints()));
        b.append(String.format(Locale.ROOT, "Supply %s at %s, demand %s at %s (%d/20). Score %d.", quality(supply.quality()),
                place(supply.precision()), quality(demand.quality()), place(demand.precision()), sc.qualityPoints(), sc.total()));
        return b.toString();
    }

    /**
     * The same explanation in Dutch, for the app and workshop outputs in Dutch: the same facts and
     * points in the same order, numbers written the Dutch way (1.234,5).
     */
    static String explainDutch(Match m, boolean withQuantities) {
        FlowNode supply = m.supply(), demand = m.demand();
        TransportClass tc = m.transportClass();
        MatchScore sc = m.score();
        String u = supply.unit().symbol();
        double perUnit = m.transportEurPerUnit();
        Double value = m.valueEurPerUnit();
        RLevel r = m.rule().rLevel();
        StringBuilder b = new StringBuilder(640);
        b.append(String.format(NL, "Regel %s: %s naar %s, %s %s (%d/40). ", m.rule().id(), MaterialNames.nl(supply.material()),
                MaterialNames.nl(demand.material()), r.name(), r.nl(), sc.rLevelPoints()));
        b.append(String.format(NL, "%.1f km over de weg, %s", m.roadKm(), m.scale().nl()));
        b.append(m.scale().compareTo(tc.scale()) > 0
                ? String.format(NL, ", verder dan de gebruikelijke schaal (%s) van klasse %s (max. %s km). ", tc.scale().nl(), tc.id(),
                        dutchPlain(tc.maxHaulKm()))
                : String.format(NL, " (klasse %s: meestal %s, max. %s km). ", tc.id(), tc.scale().nl(), dutchPlain(tc.maxHaulKm())));
        if (value == null) {
            b.append(String.format(NL, "Transport \u20ac %.2f/%s; waarde onbekend (%d/25). ", perUnit, u, sc.valuePoints()));
        } else if (value <= 0) {
            b.append(String.format(NL, "Transport \u20ac %.2f/%s zonder positieve waarde: alleen kosten (0/25). ", perUnit, u));
        } else {
            double share = perUnit / value;
            b.append(String.format(NL, "Transport \u20ac %.2f/%s = %s van de waarde \u20ac %s/%s%s (%d/25). ", perUnit, u,
                    dutchPercent(share), dutchPlain(value), u, share >= 1 ? ": het transport kost meer dan het oplevert" : "",
                    sc.valuePoints()));
        }
        if (withQuantities)
            b.append(String.format(NL, "%s %s/jr dekt %s van de vraag en %s van het aanbod (%d/15). ", dutchQuantity(m.amount()), u,
                    dutchPercent(share(m.amount(), demand.amount())), dutchPercent(share(m.amount(), supply.amount())),
                    sc.coveragePoints()));
        else
            b.append(String.format(NL, "Hoeveelheid vertrouwelijk (bedrijfscijfers); dekking %d/15. ", sc.coveragePoints()));
        b.append(String.format(NL, "Aanbod %s %s, vraag %s %s (%d/20). Score %d.", dutchQuality(supply.quality()),
                dutchPlace(supply.precision()), dutchQuality(demand.quality()), dutchPlace(demand.precision()), sc.qualityPoints(),
                sc.total()));
        return b.toString();
    }

    private static String dutchQuality(DataQuality q) {
        return q == DataQuality.MEASURED ? "gemeten" : "geschat";
    }

    private static String dutchPlace(LocationPrecision p) {
        return switch (p) {
            case COORDINATES -> "op co\u00f6rdinaten";
            case ADDRESS -> "op een adres";
            case PC6 -> "op een PC6-centro\u00efde";
            case PC4 -> "op een PC4-centro\u00efde";
            case NOT_LOCATED -> "zonder locatie";
        };
    }

    private static String dutchPercent(double share) {
        return percent(share).replace('.', ',');
    }

    private static String dutchQuantity(double v) {
        return v >= 100 ? String.format(NL, "%,.0f", v) : String.format(NL, "%.3g", v);
    }

    /** {@link Numbers#plain} with a decimal comma: the figures of the analyst's tables, read in Dutch. */
    private static String dutchPlain(double v) {
        return Numbers.plain(v).replace('.', ',');
    }

    private static String quality(DataQuality q) {
        return q == DataQuality.MEASURED ? "measured" : "estimated";
    }

    private static String place(LocationPrecision p) {
        return switch (p) {
            case COORDINATES -> "coordinates";
            case ADDRESS -> "an address";
            case PC6 -> "a PC6 centroid";
            case PC4 -> "a PC4 centroid";
            case NOT_LOCATED -> "no location";
        };
    }

    static String percent(double share) {
        double p = share * 100;
        return p < 10 && p != Math.rint(p) ? String.format(Locale.ROOT, "%.1f%%", p) : String.format(Locale.ROOT, "%.0f%%", p);
    }

    static String quantity(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
