package nl.kansenkaart.codes;

import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.PhysicalState;
import nl.kansenkaart.model.QuantityUnit;

/** A material or use without an EURAL code: residual heat, CO2, struvite, fertiliser, fibre, ... */
public record NamedResource(String key, String nameNl, String nameEn, MaterialGroup group, PhysicalState state,
                            QuantityUnit unit) {}
