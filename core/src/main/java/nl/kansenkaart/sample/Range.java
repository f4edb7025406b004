package nl.kansenkaart.sample;

/** A closed range of numbers as written in the generator's tables: "3-6" or "0.02-0.08". */
record Range(double min, double max) {

    Range {
        if (max < min) throw new IllegalArgumentException("range " + min + "-" + max + " is reversed");
    }

    static Range parse(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.trim();
        int dash = t.indexOf('-', 1);
        if (dash < 0) {
            double v = Double.parseDouble(t);
            return new Range(v, v);
        }
        return new Range(Double.parseDouble(t.substring(0, dash)), Double.parseDouble(t.substring(dash + 1)));
    }
}
