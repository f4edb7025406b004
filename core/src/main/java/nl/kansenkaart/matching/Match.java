package nl.kansenkaart.matching;

import nl.kansenkaart.model.QuantityUnit;

/**
 * One allocated match: how much of a supply goes to a demand under which rule, over which road
 * distance and scale, at what transport cost against what value, and how good the match is.
 *
 * @param id                   stable id of the pair ({@link PairKey#id()}); the handle for decisions
 * @param amount               allocated per year, in the unit of both sides
 * @param roadKm               straight-line distance times the scenario's detour factor
 * @param transportEurPerUnit  cost of moving one unit over roadKm
 * @param valueEurPerUnit      the class's value per unit, or null when unknown
 * @param decision             the analyst's decision on this pair, or null when not yet reviewed
 */
public record Match(String id, FlowNode supply, FlowNode demand, CompatibilityRule rule, TransportClass transportClass,
                    double amount, double roadKm, ScaleLevel scale, Approach approach, double transportEurPerUnit,
                    Double valueEurPerUnit, Decision decision, MatchScore score) {

    public QuantityUnit unit() {
        return supply.unit();
    }

    /** Tonne-kilometres per year; heat goes by pipe and has none. */
    public double tonneKm() {
        return unit() == QuantityUnit.TONNE ? amount * roadKm : 0;
    }

    /** Transport cost as a share of the value (1.0 = transport eats all of it); null when the value is unknown or zero. */
    public Double transportShare() {
        return valueEurPerUnit == null || valueEurPerUnit <= 0 ? null : transportEurPerUnit / valueEurPerUnit;
    }

    /**
     * The score in words: rule, R-level, distance and scale, transport cost against value, coverage
     * and data quality, each with its points. Built on demand: a national run has tens of thousands of matches.
     */
    public String explanation() {
        return ScoreCard.explain(this);
    }

    /** The explanation without the quantities, for workshop outputs under disclosure control. */
    public String publicExplanation() {
        return ScoreCard.explain(this, false);
    }

    /** {@link #explanation()} in Dutch. */
    public String explanationNl() {
        return ScoreCard.explainDutch(this, true);
    }

    /** {@link #publicExplanation()} in Dutch. */
    public String publicExplanationNl() {
        return ScoreCard.explainDutch(this, false);
    }

    /** Primary material replaced per year, in the unit of the match. */
    public double primaryReplaced() {
        return amount * rule.substitution();
    }
}
