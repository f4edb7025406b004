package nl.kansenkaart.matching;

/** The indicators computed per scenario (METHOD.md "Targets"), in the order they are shown. */
public enum Indicator {
    MATCHES("matches", "number of matches", "aantal koppelingen", ""),
    SUPPLY_T("supply_t", "supply offered", "aangeboden", "t/yr"),
    DEMAND_T("demand_t", "demand asked", "gevraagd", "t/yr"),
    MATCHED_T("matched_t", "matched", "gekoppeld", "t/yr"),
    MATCHED_GJ("matched_gj", "matched energy", "gekoppelde energie", "GJ/yr"),
    KEPT_IN_REGION_T("kept_in_region_t", "kept in the region (area-based)", "in de regio gehouden (gebiedsgericht)", "t/yr"),
    LEAVING_REGION_T("leaving_region_t", "leaving the region (chain-based)", "de regio uit (ketengericht)", "t/yr"),
    PRIMARY_REPLACED_T("primary_replaced_t", "primary material replaced", "vervangen primaire grondstof", "t/yr"),
    PRIMARY_REPLACED_GJ("primary_replaced_gj", "primary energy replaced", "vervangen primaire energie", "GJ/yr"),
    MOVED_UP_T("moved_up_t", "matched above today's R-level", "hoger op de R-ladder dan nu", "t/yr"),
    MOVED_UP_SHARE("moved_up_share", "share moved up the R-ladder (of matched t with known baseline)", "aandeel hoger op de R-ladder (van gekoppelde t met bekende huidige verwerking)", "%"),
    TONNE_KM("tonne_km", "transport", "transport", "t.km/yr"),
    TRANSPORT_CO2_T("transport_co2_t", "transport CO2", "transport-CO2", "t/yr"),
    MEAN_DISTANCE_KM("mean_distance_km", "mean road distance (tonne-weighted)", "gemiddelde afstand over de weg (naar tonnen)", "km"),
    TRANSPORT_COST_EUR("transport_cost_eur", "transport cost", "transportkosten", "EUR/yr"),
    VALUE_MOVED_EUR("value_moved_eur", "value moved (where known)", "verplaatste waarde (waar bekend)", "EUR/yr"),
    UNMATCHED_SUPPLY_T("unmatched_supply_t", "unmatched supply", "aanbod zonder afnemer", "t/yr"),
    UNMET_DEMAND_T("unmet_demand_t", "unmet demand", "vraag zonder aanbieder", "t/yr"),
    LOCAL_T("local_t", "matched locally (≤ 10 km)", "lokaal gekoppeld (≤ 10 km)", "t/yr"),
    REGIONAL_T("regional_t", "matched regionally (≤ 50 km)", "regionaal gekoppeld (≤ 50 km)", "t/yr"),
    SUPRA_REGIONAL_T("supra_regional_t", "matched supra-regionally (≤ 100 km)", "bovenregionaal gekoppeld (≤ 100 km)", "t/yr"),
    NATIONAL_T("national_t", "matched nationally (≤ 350 km)", "nationaal gekoppeld (≤ 350 km)", "t/yr"),
    INTERNATIONAL_T("international_t", "matched internationally", "internationaal gekoppeld", "t/yr");

    private final String key;
    private final String label;
    private final String labelNl;
    private final String unit;

    Indicator(String key, String label, String labelNl, String unit) {
        this.key = key;
        this.label = label;
        this.labelNl = labelNl;
        this.unit = unit;
    }

    public String key() { return key; }

    public String label() { return label; }

    /** The Dutch label, for Dutch workshop packages. */
    public String labelNl() { return labelNl; }

    public String unit() { return unit; }

    public static Indicator ofKey(String key) {
        for (Indicator i : values()) if (i.key.equals(key)) return i;
        return null;
    }
}
