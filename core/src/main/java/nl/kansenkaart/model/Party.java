package nl.kansenkaart.model;

/** A party named in an LMA notification (ontdoener, locatie van herkomst, verwerker, ...). */
public record Party(String name, Address address, String country) {

    public static final Party NONE = new Party(null, Address.EMPTY, null);

    public Party {
        address = address == null ? Address.EMPTY : address;
    }

    public boolean isEmpty() {
        return name == null && address.postcode() == null && address.street() == null && address.town() == null;
    }
}
