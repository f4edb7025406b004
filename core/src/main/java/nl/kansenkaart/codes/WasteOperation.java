package nl.kansenkaart.codes;

/** An EU waste recovery (R1-R13) or disposal (D1-D15) operation (Directive 2008/98/EC annexes). */
public record WasteOperation(String code, boolean recovery, String descriptionEn, String descriptionNl) {}
