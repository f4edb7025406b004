package nl.kansenkaart.sample;

/** Weights as a Dutch spreadsheet writes them, from exact tenths of a kilogram. */
final class Kg {

    private Kg() {}

    /** {@code 12345} or, with decimals, {@code 12345,6}. */
    static String plain(long tenths, boolean decimals) {
        if (!decimals) return Long.toString(tenths / 10);
        return tenths / 10 + "," + tenths % 10;
    }

    /** {@code 12.345,6}: thousands dots always with a decimal part, as the format {@code #.##0,0} shows it. */
    static String withThousandsDots(long tenths) {
        String whole = Long.toString(tenths / 10);
        StringBuilder sb = new StringBuilder();
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        sb.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) sb.append('.').append(whole, i, i + 3);
        return sb.append(',').append(tenths % 10).toString();
    }
}
