package nl.kansenkaart.codes;

import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.PhysicalState;

/** Material main group and physical state of a waste code or named resource. */
public record MaterialClass(MaterialGroup group, PhysicalState state) {}
