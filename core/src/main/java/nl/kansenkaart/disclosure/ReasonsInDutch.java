package nl.kansenkaart.disclosure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reasons disclosure control gives for withholding a figure, in Dutch, for the notes of a Dutch
 * workshop package. The reasons are made in English where the rules are applied (and stay English
 * in the analyst's disclosure log); a reason this table does not know passes unchanged.
 */
public final class ReasonsInDutch {

    private record Rule(Pattern english, String dutch) {}

    private static final List<Rule> RULES = List.of(
            rule("fewer than (\\d+) companies", "minder dan $1 bedrijven"),
            rule("one company makes up more than (\\d+)% of the figure", "één bedrijf maakt meer dan $1% van het cijfer uit"),
            rule("figure of a single company without its consent", "cijfer van één bedrijf, zonder diens toestemming"),
            rule("computed from a withheld figure \\((.*)\\)", "berekend uit een afgeschermd cijfer ($1)"),
            rule("secondary: would reveal (.*) by subtraction", "secundair: anders door aftrekken af te leiden: $1"),
            rule("not published", "niet gepubliceerd"),
            rule("no per-company breakdown to check it against", "geen uitsplitsing per bedrijf om het aan te toetsen"),
            rule("withheld with another band of '(.*)', which passes on what it receives",
                    "afgeschermd met een andere stroom van '$1', dat doorgeeft wat het ontvangt"));

    private ReasonsInDutch() {}

    private static Rule rule(String english, String dutch) {
        return new Rule(Pattern.compile(english), dutch);
    }

    public static String of(String reason) {
        if (reason == null) return null;
        for (Rule r : RULES) {
            Matcher m = r.english().matcher(reason);
            if (m.matches()) return m.replaceFirst(r.dutch());
        }
        return reason;
    }
}
