package nl.kansenkaart.sample;

/**
 * In which months a stream has deliveries, and how its yearly amount spreads over them. LMA
 * extracts have one row per stream per month with deliveries, so this also decides the rows.
 */
enum MonthPattern {
    /** Every month about the same (company waste, sludge). */
    FLAT,
    /** Every month, with the bulk at the crop change of November and December (greenhouses). */
    CROP_CHANGE,
    /** April to October, peaking in mid-summer (mowing, bulb peeling, seed production). */
    SUMMER,
    /** October to March (pruning, felling). */
    WINTER,
    /** One to four scattered months (clearing out, maintenance). */
    SPORADIC,
    /** A run of three to nine consecutive months (a building project). */
    PROJECT;

    /** Weight per month (index 0 = January); zero for months without deliveries. */
    double[] weights(Dice dice) {
        double[] w = new double[12];
        switch (this) {
            case FLAT -> java.util.Arrays.fill(w, 1);
            case CROP_CHANGE -> {
                java.util.Arrays.fill(w, 1);
                w[10] = 4;
                w[11] = 4;
            }
            case SUMMER -> {
                double[] s = {1, 2, 3, 3, 3, 2, 1};
                System.arraycopy(s, 0, w, 3, s.length);
            }
            case WINTER -> {
                for (int m : new int[] {0, 1, 2, 9, 10, 11}) w[m] = 1;
            }
            case SPORADIC -> {
                int k = dice.between(1, 4);
                for (int placed = 0; placed < k; ) {
                    int m = dice.between(0, 11);
                    if (w[m] == 0) {
                        w[m] = 1;
                        placed++;
                    }
                }
            }
            case PROJECT -> {
                int start = dice.between(0, 11);
                int length = dice.between(3, 9);
                for (int m = start; m < Math.min(12, start + length); m++) w[m] = 1;
            }
        }
        return w;
    }
}
