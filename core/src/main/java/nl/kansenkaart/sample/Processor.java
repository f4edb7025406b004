package nl.kansenkaart.sample;

import java.util.List;
import java.util.Set;

/**
 * What a synthetic waste processor receives: the LMA methods it applies and the waste it accepts.
 *
 * @param verwerkersnummer the five-digit LMA processor number that starts its waste stream numbers
 * @param accepts          "all", "hazardous", or EURAL code prefixes
 */
record Processor(String verwerkersnummer, Set<String> methods, List<String> accepts) {

    boolean accepts(String eural, boolean hazardous) {
        for (String a : accepts) {
            if (a.equals("all")) return true;
            if (a.equals("hazardous") && hazardous) return true;
            if (eural.startsWith(a)) return true;
        }
        return false;
    }
}
