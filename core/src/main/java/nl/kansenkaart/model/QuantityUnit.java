package nl.kansenkaart.model;

/** Unit of a flow's yearly amount: tonnes for materials, gigajoules for heat. */
public enum QuantityUnit {
    TONNE("t"), GJ("GJ");

    private final String symbol;

    QuantityUnit(String symbol) { this.symbol = symbol; }

    public String symbol() { return symbol; }
}
