package nl.kansenkaart.io.lma;

/** The kinds of LMA table the importer recognises from their header. */
public enum LmaLayout {
    /** Ontvangstmeldingen of a regional research extract: one row per stream and month, with weight. */
    RECEIPTS("ontvangstmeldingen"),
    /** Afgiftemeldingen sheet: what processors gave off to parties that do not report, with weight. */
    DISPATCHES("afgiftemeldingen"),
    /** The LMA portal's afvalstroomnummer export: the stream register, without quantities. */
    STREAMS("afvalstroomnummers (LMA-portaal, zonder gewichten)");

    private final String label;

    LmaLayout(String label) {
        this.label = label;
    }

    /** Dutch name for notes and reports. */
    public String label() {
        return label;
    }

    /** Whether rows of this layout carry a weight (and so count in kg). */
    public boolean hasWeights() {
        return this != STREAMS;
    }
}
