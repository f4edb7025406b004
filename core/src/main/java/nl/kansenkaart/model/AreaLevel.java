package nl.kansenkaart.model;

/** Administrative and analytical area types. */
public enum AreaLevel {
    MUNICIPALITY, PROVINCE, REGION, BUSINESS_PARK, OTHER
}
