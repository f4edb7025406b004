package nl.kansenkaart.sample;

/**
 * Plausible six-position postcodes for synthetic addresses: the real PC4 plus two letters as
 * PostNL hands them out (F, I, O, Q, U and Y are not used; SA, SD and SS are avoided).
 */
final class Postcode6 {

    private static final String LETTERS = "ABCDEGHJKLMNPRSTVWXZ";

    private Postcode6() {}

    static String letters(Dice dice) {
        while (true) {
            char a = LETTERS.charAt(dice.between(0, LETTERS.length() - 1));
            char b = LETTERS.charAt(dice.between(0, LETTERS.length() - 1));
            if (a == 'S' && (b == 'A' || b == 'D' || b == 'S')) continue;
            return "" + a + b;
        }
    }
}
