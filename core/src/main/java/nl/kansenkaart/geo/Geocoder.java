package nl.kansenkaart.geo;

import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Location;

/** Puts an address on the map, offline. Returns {@link Location#NONE} when it cannot. */
public interface Geocoder {

    Location locate(Address address);
}
