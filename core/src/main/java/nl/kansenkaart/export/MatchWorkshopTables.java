package nl.kansenkaart.export;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.MaterialNames;
import nl.kansenkaart.disclosure.CellRef;
import nl.kansenkaart.disclosure.Disclosed;
import nl.kansenkaart.disclosure.DisclosureLedger;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.matching.Approach;
import nl.kansenkaart.matching.Indicator;
import nl.kansenkaart.matching.StakeholderBalance;
import nl.kansenkaart.matching.IndicatorParts;
import nl.kansenkaart.matching.MatchResultStore;
import nl.kansenkaart.matching.ScaleLevel;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.project.GpkgGeometry;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;

/**
 * Workshop tables of step 3. Who could take what from whom, by which rule, how far and at which
 * R-level is the point of a workshop and is shown; the quantities are the two companies' own
 * figures and are shown only when both consented. Scenario totals pass the threshold and
 * dominance rules on both the supply and the demand side.
 * <p>The scenario indicators are totals of the other tables, declared as additive groups so that
 * no withheld figure can be worked out by subtraction: matched tonnes by scale level and by
 * approach, supply = matched + unmatched supply, demand = matched + unmet demand; and each of them
 * the sum of its matches, of its unmatched rows, or of the stakeholders' take and bring. The
 * transport, cost, value and substitution totals are weighted sums of the match amounts, the
 * weights shown per match ({@link WeightedMatchTotals}).
 * {@link #indicators()} is built first, so the other tables can name its cells.
 */
public final class MatchWorkshopTables {

    private static final Indicator[] SCALES = {Indicator.LOCAL_T, Indicator.REGIONAL_T, Indicator.SUPRA_REGIONAL_T,
            Indicator.NATIONAL_T, Indicator.INTERNATIONAL_T};

    private final ProjectFile project;
    private final DisclosureLedger ledger;
    private final boolean english;
    /** scenario|actor|direction|unit -> that stakeholder's unmatched rows (each stakeholder's offer is what it brings plus these) */
    private final Map<String, List<CellRef>> unmatchedRows = new LinkedHashMap<>();
    /** scenario|actor|direction|unit -> that stakeholder's matches (what it brings, or takes) */
    private final Map<String, List<CellRef>> matchRows = new LinkedHashMap<>();

    /** @param english material names and explanations in English (else Dutch) */
    public MatchWorkshopTables(ProjectFile project, DisclosureLedger ledger, boolean english) {
        this.project = project;
        this.ledger = ledger;
        this.english = english;
    }

    /** A scenario indicator's cell. */
    public static CellRef indicator(String scenario, Indicator i) {
        return new CellRef("scenario_indicators", scenario + "|" + i.key(), "value");
    }

    /** A match's amount in the matches table (the map's line widths follow it). */
    public static CellRef matchAmount(String scenario, String matchId) {
        return new CellRef("matches", scenario + "|" + matchId, "amount");
    }

    /** A material's name in the package's language; the stored Dutch name when the key is unknown. */
    private String material(String key, String storedDutch) {
        if (!english || key == null) return storedDutch;
        try {
            return MaterialNames.en(MaterialKey.parse(key));
        } catch (IllegalArgumentException e) {
            return storedDutch;
        }
    }

    /**
     * A stakeholder's materials ("eural:020103; resource:co2") named in the package's language.
     * Projects of before 2026-11 stored English names there; those pass as they are.
     */
    private String materials(String keys) {
        if (keys == null || keys.isEmpty()) return keys;
        List<String> names = new ArrayList<>();
        for (String k : keys.split("; ")) {
            try {
                MaterialKey key = MaterialKey.parse(k);
                names.add(english ? MaterialNames.en(key) : MaterialNames.nl(key));
            } catch (IllegalArgumentException e) {
                names.add(k);
            }
        }
        return String.join("; ", names);
    }

    /** A unit in the package's language: per year is "per jaar" in Dutch. */
    private String unit(String stored) {
        return english || stored == null ? stored : stored.replace("/yr", "/jr");
    }

    /** The scenarios that have stored results. */
    public List<String> scenarios() {
        List<String> out = new ArrayList<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT scenario FROM " + Tables.MATCH_INDICATORS + " ORDER BY scenario")) {
            while (rs.next()) out.add(rs.getString(1));
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read scenarios: " + e.getMessage(), e);
        }
        return out;
    }

    public ExportTable matches() {
        ExportTable t = new ExportTable("matches", "Matches (vraag en aanbod gekoppeld)", "LINESTRING", List.of(
                ExportColumn.text("scenario"), ExportColumn.text("match_id"), ExportColumn.integer("rank"),
                ExportColumn.text("supply_name"), ExportColumn.text("supply_material"), ExportColumn.text("demand_name"),
                ExportColumn.text("demand_material"), ExportColumn.text("rule_id"), ExportColumn.text("r_level"),
                ExportColumn.real("road_km"), ExportColumn.text("scale"), ExportColumn.text("approach"),
                ExportColumn.real("transport_eur_per_unit"), ExportColumn.real("value_eur_per_unit"), ExportColumn.real("transport_share"),
                ExportColumn.integer("score"), ExportColumn.text("decision"), ExportColumn.real("amount"), ExportColumn.text("unit"),
                ExportColumn.text("amount_note"), ExportColumn.text("explanation"), ExportColumn.text("quality_note")));
        String sql = "SELECT geom, scenario, match_id, rank, supply_ref, supply_name, supply_material_name, demand_ref, demand_name,"
                + " demand_material_name, rule_id, r_level, road_km, scale, approach, transport_eur_per_unit, value_eur_per_unit,"
                + " transport_share, score, decision, amount, unit, explanation_public, quality_note, supply_material, demand_material,"
                + " explanation_public_nl, primary_replaced FROM " + Tables.MATCHES
                + " ORDER BY scenario, rank";
        // scenario indicator -> the matches it sums
        Map<CellRef, List<CellRef>> sums = new LinkedHashMap<>();
        WeightedMatchTotals weighted = new WeightedMatchTotals();
        try (Statement st = project.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String scenario = rs.getString(2), supplyRef = rs.getString(5), demandRef = rs.getString(8);
                double amount = rs.getDouble(21);
                Disclosed supplySide = ledger.control().discloseOwn(supplyRef, amount);
                Disclosed demandSide = ledger.control().discloseOwn(demandRef, amount);
                CellRef r = matchAmount(scenario, rs.getString(3));
                ledger.add(r, amount, List.of(Map.of(supplyRef, amount), Map.of(demandRef, amount)),
                        supplySide.isSuppressed() ? supplySide : demandSide);
                String unit = "GJ".equals(rs.getString(22)) ? "GJ" : "t";
                matchRows.computeIfAbsent(String.join("|", scenario, supplyRef, "supply", unit), k -> new ArrayList<>()).add(r);
                matchRows.computeIfAbsent(String.join("|", scenario, demandRef, "demand", unit), k -> new ArrayList<>()).add(r);
                for (Indicator i : indicatorsOf(rs.getString(22), rs.getString(14), rs.getString(15)))
                    sums.computeIfAbsent(indicator(scenario, i), k -> new ArrayList<>()).add(r);
                // the substitution of its rule as it went into the total (the rules may have been edited since the run)
                weighted.add(scenario, r, "GJ".equals(unit), rs.getDouble(13), num(rs, 16), num(rs, 17),
                        amount == 0 ? 0 : rs.getDouble(28) / amount);
                t.add(GpkgGeometry.decode(rs.getBytes(1), RdNew.FACTORY), scenario, rs.getString(3), rs.getLong(4),
                        rs.getString(6), material(rs.getString(25), rs.getString(7)), rs.getString(9), material(rs.getString(26), rs.getString(10)),
                        rs.getString(11), rs.getString(12),
                        rs.getDouble(13), rs.getString(14), rs.getString(15), num(rs, 16), num(rs, 17), num(rs, 18),
                        rs.getLong(19), rs.getString(20), DisclosedCells.value(r, amount), rs.getString(22),
                        DisclosedCells.anyWithheld(List.of(r), WorkshopTables.CONFIDENTIAL, null),
                        english || rs.getString(27) == null ? rs.getString(23) : rs.getString(27), rs.getString(24));
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read matches: " + e.getMessage(), e);
        }
        sums.forEach(this::groupIfDeclared);
        weighted.declare(ledger);
        return t;
    }

    /** The scenario indicators a match counts in: matched tonnes or energy, its scale level and approach (tonnes only). */
    private static List<Indicator> indicatorsOf(String unit, String scale, String approach) {
        if ("GJ".equals(unit)) return List.of(Indicator.MATCHED_GJ);
        List<Indicator> out = new ArrayList<>(List.of(Indicator.MATCHED_T));
        try {
            out.add(SCALES[ScaleLevel.parse(scale).ordinal()]);
        } catch (IllegalArgumentException e) {
            // an unknown scale label: the match is in no scale total to check against
        }
        if (Approach.AREA.en().equals(approach) || Approach.AREA.nl().equals(approach)) out.add(Indicator.KEPT_IN_REGION_T);
        else if (Approach.CHAIN.en().equals(approach) || Approach.CHAIN.nl().equals(approach)) out.add(Indicator.LEAVING_REGION_T);
        return out;
    }

    /** Supply nobody takes and demand nobody meets: who and what, the amount only with consent. */
    public ExportTable unmatched() {
        ExportTable t = new ExportTable("unmatched", "Onbenut aanbod en onvervulde vraag", "POINT", List.of(
                ExportColumn.text("scenario"), ExportColumn.text("actor_name"), ExportColumn.text("direction"),
                ExportColumn.text("material"), ExportColumn.real("left_amount"), ExportColumn.text("unit"),
                ExportColumn.text("reason"), ExportColumn.text("amount_note")));
        String sql = "SELECT geom, scenario, actor_ref, actor_name, direction, material_name, left_amount, unit, reason, material, fid FROM "
                + Tables.MATCH_UNMATCHED + " ORDER BY scenario, fid";
        Map<CellRef, List<CellRef>> sums = new LinkedHashMap<>();
        try (Statement st = project.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String scenario = rs.getString(2);
                boolean supply = "supply".equalsIgnoreCase(rs.getString(5));
                String row = scenario + "|" + rs.getString(3) + "|" + rs.getString(6);
                CellRef r = new CellRef(t.name(), row, "left_amount");
                if (ledger.has(r)) r = new CellRef(t.name(), row + "|" + rs.getLong(11), "left_amount");
                ledger.own(r, rs.getString(3), rs.getDouble(7), supply ? 0 : 1, true);
                unmatchedRows.computeIfAbsent(String.join("|", scenario, rs.getString(3), supply ? "supply" : "demand", rs.getString(8)),
                        k -> new ArrayList<>()).add(r);
                if ("t".equals(rs.getString(8)))
                    sums.computeIfAbsent(indicator(scenario, supply ? Indicator.UNMATCHED_SUPPLY_T : Indicator.UNMET_DEMAND_T),
                            k -> new ArrayList<>()).add(r);
                byte[] g = rs.getBytes(1);
                t.add(g == null ? null : GpkgGeometry.decode(g, RdNew.FACTORY), scenario, rs.getString(4), rs.getString(5),
                        material(rs.getString(10), rs.getString(6)), DisclosedCells.value(r, rs.getDouble(7)), rs.getString(8), rs.getString(9),
                        DisclosedCells.anyWithheld(List.of(r), WorkshopTables.CONFIDENTIAL, null));
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read unmatched flows: " + e.getMessage(), e);
        }
        sums.forEach(this::groupIfDeclared);
        return t;
    }

    /**
     * Take and bring per stakeholder: partners and materials are shown; tonnes and GJ only with
     * consent. A stakeholder's figures add up (brings = takes + net; offered = brings + its
     * unmatched rows, wanted = takes + its unmet rows), and summed over all stakeholders they are the
     * scenario's supply, demand and matched totals. Built after {@link #unmatched()}.
     */
    public ExportTable takeAndBring() {
        String[] amounts = {"offered_t", "brings_t", "wanted_t", "takes_t", "net_t", "offered_gj", "brings_gj", "wanted_gj", "takes_gj"};
        // the side of each figure (0 what the stakeholder supplies, 1 what it takes) and the scenario total it sums into
        int[] side = {0, 0, 1, 1, 0, 0, 0, 1, 1};
        Indicator[] total = {Indicator.SUPPLY_T, Indicator.MATCHED_T, Indicator.DEMAND_T, Indicator.MATCHED_T, null, null,
                Indicator.MATCHED_GJ, null, Indicator.MATCHED_GJ};
        List<ExportColumn> cols = new ArrayList<>(List.of(ExportColumn.text("scenario"), ExportColumn.text("actor_name"),
                ExportColumn.text("role"), ExportColumn.integer("partners"), ExportColumn.text("materials_brought"),
                ExportColumn.text("materials_taken")));
        for (String a : amounts) cols.add(ExportColumn.real(a));
        cols.add(ExportColumn.text("amount_note"));
        ExportTable t = new ExportTable("take_and_bring", "Halen en brengen per partij", null, cols);
        String sql = "SELECT scenario, actor_ref, actor_name, role, partners, materials_brought, materials_taken, "
                + String.join(", ", amounts) + " FROM " + Tables.MATCH_BALANCE + " ORDER BY scenario, fid";
        // (scenario indicator, column) -> the stakeholders' cells it sums
        Map<CellRef, Map<String, List<CellRef>>> sums = new LinkedHashMap<>();
        try (Statement st = project.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String scenario = rs.getString(1), ref = rs.getString(2);
                Object[] v = new Object[cols.size()];
                v[0] = scenario;
                v[1] = rs.getString(3);
                StakeholderBalance.Role role = StakeholderBalance.Role.ofStored(rs.getString(4));
                v[2] = role == null ? rs.getString(4) : english ? role.en() : role.nl();
                v[3] = rs.getLong(5);
                v[4] = materials(rs.getString(6));
                v[5] = materials(rs.getString(7));
                Map<String, CellRef> row = new LinkedHashMap<>();
                for (int k = 0; k < amounts.length; k++) {
                    Double x = num(rs, 8 + k);
                    if (x == null) continue;
                    CellRef c = new CellRef(t.name(), scenario + "|" + ref, amounts[k]);
                    // one log line per stakeholder (below), not one per figure
                    ledger.own(c, ref, x, side[k], false);
                    row.put(amounts[k], c);
                    v[6 + k] = DisclosedCells.value(c, x);
                    if (total[k] != null)
                        sums.computeIfAbsent(indicator(scenario, total[k]), i -> new LinkedHashMap<>())
                                .computeIfAbsent(amounts[k], a -> new ArrayList<>()).add(c);
                }
                declareBalance(row, scenario, ref);
                v[cols.size() - 1] = DisclosedCells.anyWithheld(List.copyOf(row.values()), WorkshopTables.CONFIDENTIAL, null);
                if (!ledger.control().policy().consented(ref)) ledger.log().add(t.name(), scenario + "|" + ref, "amounts",
                        Disclosed.suppressed(1, "figure of a single company without its consent"));
                t.add(null, v);
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read take-and-bring balance: " + e.getMessage(), e);
        }
        sums.forEach((indicator, byColumn) -> byColumn.values().forEach(parts -> groupIfDeclared(indicator, parts)));
        return t;
    }

    /**
     * One stakeholder's figures that add up: brings = takes + net; offered = brings + unmatched;
     * wanted = takes + unmet; brings (takes) = its matches (per unit).
     */
    private void declareBalance(Map<String, CellRef> row, String scenario, String actor) {
        groupIfAll(row.get("brings_t"), java.util.Arrays.asList(row.get("takes_t"), row.get("net_t")), List.of());
        String[][] balances = {{"offered_t", "brings_t", "supply", "t"}, {"offered_gj", "brings_gj", "supply", "GJ"},
                {"wanted_t", "takes_t", "demand", "t"}, {"wanted_gj", "takes_gj", "demand", "GJ"}};
        for (String[] b : balances) {
            String key = String.join("|", scenario, actor, b[2], b[3]);
            groupIfAll(row.get(b[0]), java.util.Arrays.asList(row.get(b[1])), unmatchedRows.getOrDefault(key, List.of()));
            // what it brings (takes) is the sum of its matches, whose partners may not have consented
            List<CellRef> matches = matchRows.getOrDefault(key, List.of());
            if (!matches.isEmpty()) groupIfAll(row.get(b[1]), List.of(), matches);
        }
    }

    /** Declares total = parts + more when the stakeholder has all those figures. */
    private void groupIfAll(CellRef total, List<CellRef> parts, List<CellRef> more) {
        if (total == null || parts.stream().anyMatch(java.util.Objects::isNull)) return;
        List<CellRef> all = new ArrayList<>(parts);
        all.addAll(more);
        ledger.group(total, all);
    }

    /** Indicators per scenario; sums of company figures pass disclosure control on both sides. */
    public ExportTable indicators() {
        ExportTable t = new ExportTable("scenario_indicators", "Indicatoren per scenario", null, List.of(
                ExportColumn.text("scenario"), ExportColumn.text("indicator"), ExportColumn.text("label"),
                ExportColumn.real("value"), ExportColumn.text("unit"), ExportColumn.text("note")));
        MatchResultStore store = new MatchResultStore(project);
        for (String scenario : scenarios()) {
            IndicatorParts parts = store.indicatorParts(scenario);
            Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = project.connection().prepareStatement("SELECT indicator, label, value, unit FROM "
                    + Tables.MATCH_INDICATORS + " WHERE scenario = ? ORDER BY fid")) {
                ps.setString(1, scenario);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Indicator i = Indicator.ofKey(rs.getString(1));
                        if (i != null) values.put(i, rs.getDouble(3));
                        rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4)});
                    }
                }
            } catch (SQLException e) {
                throw new KansenkaartException("cannot read indicators: " + e.getMessage(), e);
            }
            // Figures first, then the ones computed from them (which name their inputs).
            for (Object[] r : rows) {
                Indicator i = Indicator.ofKey((String) r[0]);
                if (i == null || !inputsOf(i).isEmpty()) continue;
                CellRef c = indicator(scenario, i);
                double v = (Double) r[2];
                if (parts.hasParts(i)) ledger.sum(c, v, List.of(parts.of(i, FlowDirection.SUPPLY), parts.of(i, FlowDirection.DEMAND)));
                else ledger.add(c, v, List.of(), Disclosed.shown(v, 0)); // a count, or a total nothing contributed to
            }
            for (Object[] r : rows) {
                Indicator i = Indicator.ofKey((String) r[0]);
                if (i == null || inputsOf(i).isEmpty()) continue;
                double v = (Double) r[2];
                List<CellRef> inputs = inputsOf(i).stream().filter(values::containsKey).map(x -> indicator(scenario, x)).toList();
                Disclosed own = parts.hasParts(i) ? ledger.control().disclose(parts.of(i, FlowDirection.SUPPLY)) : null;
                if (own != null && !own.isSuppressed()) own = ledger.control().disclose(parts.of(i, FlowDirection.DEMAND));
                if (inputs.isEmpty()) ledger.add(indicator(scenario, i), v, List.of(), own == null ? Disclosed.shown(v, 0) : own);
                else ledger.computed(indicator(scenario, i), v, own, true, inputs);
            }
            for (Object[] r : rows) {
                Indicator i = Indicator.ofKey((String) r[0]);
                if (i == null) {
                    t.add(null, scenario, r[0], r[1], r[2], r[3], null);
                    continue;
                }
                CellRef c = indicator(scenario, i);
                t.add(null, scenario, r[0], english ? i.label() : i.labelNl(), DisclosedCells.value(c, r[2]), unit((String) r[3]),
                        DisclosedCells.reason(c, english));
            }
            declareGroups(scenario, values.keySet());
        }
        return t;
    }

    /**
     * The indicators a figure is computed from: a ratio from its numerator and denominator, the
     * transport CO2 from the tonne-kilometres (the same figure at another scale).
     */
    static List<Indicator> inputsOf(Indicator i) {
        return switch (i) {
            case MOVED_UP_SHARE -> List.of(Indicator.MOVED_UP_T, Indicator.MATCHED_T);
            case MEAN_DISTANCE_KM -> List.of(Indicator.TONNE_KM, Indicator.MATCHED_T);
            case TRANSPORT_CO2_T -> List.of(Indicator.TONNE_KM);
            default -> List.of();
        };
    }

    /** Totals and their parts among one scenario's indicators. */
    private void declareGroups(String scenario, java.util.Set<Indicator> present) {
        List<CellRef> scales = new ArrayList<>();
        for (Indicator s : SCALES) if (present.contains(s)) scales.add(indicator(scenario, s));
        group(scenario, present, Indicator.MATCHED_T, scales);
        group(scenario, present, Indicator.MATCHED_T, List.of(indicator(scenario, Indicator.KEPT_IN_REGION_T),
                indicator(scenario, Indicator.LEAVING_REGION_T)));
        group(scenario, present, Indicator.SUPPLY_T, List.of(indicator(scenario, Indicator.MATCHED_T),
                indicator(scenario, Indicator.UNMATCHED_SUPPLY_T)));
        group(scenario, present, Indicator.DEMAND_T, List.of(indicator(scenario, Indicator.MATCHED_T),
                indicator(scenario, Indicator.UNMET_DEMAND_T)));
    }

    private void group(String scenario, java.util.Set<Indicator> present, Indicator total, List<CellRef> parts) {
        if (present.contains(total) && !parts.isEmpty() && parts.stream().allMatch(ledger::has)) ledger.group(indicator(scenario, total), parts);
    }

    /** A scenario total and the cells of another table that sum to it; only when the scenario has indicators. */
    private void groupIfDeclared(CellRef total, List<CellRef> parts) {
        if (ledger.has(total) && !parts.isEmpty()) ledger.group(total, parts);
    }

    private static Double num(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }
}
