package nl.kansenkaart.clusters;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kansenkaart.KansenkaartException;

/** The analyst's weight per criterion (default 1 each); at least one must be positive. */
public record Weights(Map<Criterion, Double> values) {

    public Weights {
        EnumMap<Criterion, Double> m = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) m.put(c, 1.0);
        m.putAll(values);
        double sum = 0;
        for (Map.Entry<Criterion, Double> e : m.entrySet()) {
            double w = e.getValue();
            if (!(w >= 0) || Double.isInfinite(w))
                throw new KansenkaartException("weight of " + e.getKey().key() + " must be a number >= 0, got " + w);
            sum += w;
        }
        if (sum <= 0) throw new KansenkaartException("at least one criterion weight must be above 0");
        values = Map.copyOf(m);
    }

    public static Weights defaults() {
        return new Weights(Map.of());
    }

    public double of(Criterion c) {
        return values.get(c);
    }

    public double sum() {
        return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Changes some weights: {@code "jobs=2,balassa=0"}. */
    public Weights with(String spec) {
        EnumMap<Criterion, Double> m = new EnumMap<>(values);
        for (String part : spec.split(",")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            if (eq < 0) throw new KansenkaartException("weight '" + part.trim() + "' must look like jobs=2");
            Criterion c;
            try {
                c = Criterion.parse(part.substring(0, eq));
            } catch (IllegalArgumentException e) {
                throw new KansenkaartException(e.getMessage());
            }
            try {
                m.put(c, Double.parseDouble(part.substring(eq + 1).trim().replace(',', '.')));
            } catch (NumberFormatException e) {
                throw new KansenkaartException("weight of " + c.key() + " is not a number: '" + part.substring(eq + 1).trim() + "'");
            }
        }
        return new Weights(m);
    }

    /** "economic_value=1,jobs=2,..." in criterion order. */
    public String spec() {
        return java.util.Arrays.stream(Criterion.values())
                .map(c -> c.key() + "=" + String.format(Locale.ROOT, "%s", trim(values.get(c))))
                .collect(Collectors.joining(","));
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
