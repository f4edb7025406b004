package nl.kansenkaart.model;

/** Liquid or solid (and the in-between states that matter for transport and processing). */
public enum PhysicalState {
    SOLID, SLUDGE, LIQUID, GAS, HEAT
}
