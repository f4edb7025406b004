package nl.kansenkaart.model;

/** Whether a figure was measured (LMA, permit, company data) or estimated from key figures. */
public enum DataQuality {
    MEASURED, ESTIMATED
}
