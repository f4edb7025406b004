package nl.kansenkaart.model;

/** Whether an actor offers a material (aanbod) or needs it (vraag). */
public enum FlowDirection {
    SUPPLY, DEMAND
}
