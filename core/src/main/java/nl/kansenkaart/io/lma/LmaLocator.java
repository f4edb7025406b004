package nl.kansenkaart.io.lma;

import java.util.Locale;
import java.util.Set;
import nl.kansenkaart.geo.Geocoder;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationBasis;
import nl.kansenkaart.model.Party;

/**
 * Puts an LMA row on the map: the locatie van herkomst when it can be located, else the
 * ontdoener's address. A party in another country is never looked up in the Dutch postcode
 * tables (Belgian postcodes are four digits too and would land in the wrong place).
 */
final class LmaLocator {

    private static final Set<String> NETHERLANDS = Set.of("nl", "nld", "nederland", "netherlands", "the netherlands",
            "holland", "nederlanden", "pays-bas", "niederlande");

    private final Geocoder geocoder;
    private LocationBasis basis = LocationBasis.NONE;

    LmaLocator(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    /** The location of a row; {@link #basis()} then says which party gave it. */
    Location locate(Party origin, Party ontdoener) {
        Location l = locate(origin);
        if (l.isLocated()) {
            basis = LocationBasis.ORIGIN;
            return l;
        }
        l = locate(ontdoener);
        basis = l.isLocated() ? LocationBasis.ONTDOENER : LocationBasis.NONE;
        return l;
    }

    LocationBasis basis() {
        return basis;
    }

    private Location locate(Party p) {
        if (p.address().postcode() == null || !isDutch(p.country())) return Location.NONE;
        return geocoder.locate(p.address());
    }

    static boolean isDutch(String country) {
        return country == null || country.isBlank() || NETHERLANDS.contains(country.trim().toLowerCase(Locale.ROOT));
    }
}
