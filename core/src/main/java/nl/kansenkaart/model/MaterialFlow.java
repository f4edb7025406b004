package nl.kansenkaart.model;

/**
 * Supply or demand of one material by one actor, per year (tonnes, or GJ for heat). Every figure carries its
 * source and whether it was measured or estimated (METHOD.md, step 2).
 *
 * @param actorRef  the {@link Company#ref()} of the supplier or taker
 * @param year      the reference year of the figure
 * @param source    e.g. "LMA 2023 (12 records)", "kengetal CBS 84971NED × jobs"
 */
public record MaterialFlow(
        String actorRef,
        FlowDirection direction,
        MaterialKey material,
        MaterialGroup group,
        PhysicalState state,
        boolean hazardous,
        double amountPerYear,
        QuantityUnit unit,
        int year,
        DataQuality quality,
        String source,
        Location location) {

    public MaterialFlow {
        if (actorRef == null) throw new IllegalArgumentException("actorRef is required");
        if (direction == null || material == null) throw new IllegalArgumentException("direction and material are required");
        if (!(amountPerYear >= 0) || Double.isInfinite(amountPerYear))
            throw new IllegalArgumentException("amount per year must be a finite number >= 0: " + amountPerYear);
        unit = unit == null ? QuantityUnit.TONNE : unit;
        location = location == null ? Location.NONE : location;
    }

    /** Tonnes per year, or 0 for flows measured in another unit (heat). */
    public double tonnesPerYear() {
        return unit == QuantityUnit.TONNE ? amountPerYear : 0.0;
    }
}
