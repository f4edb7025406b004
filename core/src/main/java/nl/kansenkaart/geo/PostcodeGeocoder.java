package nl.kansenkaart.geo;

import java.util.HashMap;
import java.util.Map;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;

/**
 * Offline geocoding by postcode: an address point (postcode + house number) or a PC6 centroid
 * from a table the analyst loaded takes precedence; otherwise the PC4 centroid of the shipped
 * table. Each result says which of these it used.
 */
public final class PostcodeGeocoder implements Geocoder {

    /** The PC4 centroids indexed by the four digits (1000-9999): the lookup of nearly every record. */
    private final Location[] pc4ByNumber = new Location[10_000];
    private final Map<String, double[]> pc6 = new HashMap<>();
    private final Map<String, double[]> addresses = new HashMap<>();

    public PostcodeGeocoder(Map<String, double[]> pc4Centroids) {
        pc4Centroids.forEach((code, p) -> {
            if (code.length() == 4 && code.chars().allMatch(Character::isDigit))
                pc4ByNumber[Integer.parseInt(code)] = Location.rd(p[0], p[1], LocationPrecision.PC4);
        });
    }

    /** A geocoder with the shipped PC4 table only. */
    public static PostcodeGeocoder withPc4() {
        return new PostcodeGeocoder(Pc4Table.get().centroidsRd());
    }

    /** Adds a PC6 centroid (RD metres); it takes precedence over PC4. */
    public void addPc6(String postcode6, double x, double y) {
        pc6.put(postcode6, new double[] {x, y});
    }

    /** Adds an address point keyed by postcode and house number; it takes precedence over PC6. */
    public void addAddress(String postcode6, String houseNumber, double x, double y) {
        addresses.put(addressKey(postcode6, houseNumber), new double[] {x, y});
    }

    public int pc6Count() {
        return pc6.size();
    }

    public int addressCount() {
        return addresses.size();
    }

    @Override
    public Location locate(Address address) {
        if (address == null) return Location.NONE;
        String pc = Postcodes.normalise(address.postcode());
        if (pc == null) return Location.NONE;
        if (pc.length() == 6) {
            if (address.houseNumber() != null && !addresses.isEmpty()) {
                double[] p = addresses.get(addressKey(pc, address.houseNumber()));
                if (p != null) return Location.rd(p[0], p[1], LocationPrecision.ADDRESS);
            }
            double[] p = pc6.isEmpty() ? null : pc6.get(pc);
            if (p != null) return Location.rd(p[0], p[1], LocationPrecision.PC6);
        }
        Location l = pc4ByNumber[(pc.charAt(0) - '0') * 1000 + (pc.charAt(1) - '0') * 100 + (pc.charAt(2) - '0') * 10
                + (pc.charAt(3) - '0')];
        return l == null ? Location.NONE : l;
    }

    /** House number without additions and spaces: "12 A" and "12a" both give "12". */
    static String addressKey(String postcode6, String houseNumber) {
        StringBuilder n = new StringBuilder();
        for (char c : houseNumber.trim().toCharArray()) {
            if (Character.isDigit(c)) n.append(c);
            else break;
        }
        return postcode6 + "|" + n;
    }
}
