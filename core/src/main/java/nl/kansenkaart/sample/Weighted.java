package nl.kansenkaart.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Items with weights, parsed from "A:3|B:1" (a missing weight counts 1). */
record Weighted<T>(List<T> items, double[] weights) {

    static <T> Weighted<T> parse(String text, Function<String, T> item) {
        List<T> items = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String part : text.split("\\|")) {
            if (part.isBlank()) continue;
            int colon = part.indexOf(':');
            items.add(item.apply(colon < 0 ? part.trim() : part.substring(0, colon).trim()));
            weights.add(colon < 0 ? 1.0 : Double.parseDouble(part.substring(colon + 1).split(":")[0].trim()));
        }
        if (items.isEmpty()) throw new IllegalArgumentException("no items in '" + text + "'");
        return new Weighted<>(List.copyOf(items), weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static Weighted<String> parse(String text) {
        return parse(text, s -> s);
    }
}
