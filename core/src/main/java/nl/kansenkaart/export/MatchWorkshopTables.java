package nl.kansenkaart.export;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.disclosure.Disclosed;
import nl.kansenkaart.disclosure.DisclosureControl;
import nl.kansenkaart.disclosure.SuppressionLog;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.matching.Indicator;
import nl.kansenkaart.matching.IndicatorParts;
import nl.kansenkaart.matching.MatchResultStore;
import nl.kansenkaart.codes.MaterialNames;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.project.GpkgGeometry;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;

/**
 * Workshop tables of step 3. Who could take what from whom, by which rule, how far and at which
 * R-level is the point of a workshop and is shown; the quantities are the two companies' own
 * figures and are shown only when both consented. Scenario totals pass the threshold and
 * dominance rules on both the supply and the demand side.
 */
public final class MatchWorkshopTables {

    private final ProjectFile project;
    private final DisclosureControl control;
    private final SuppressionLog log;
    private final boolean english;

    /** @param english material names and explanations in English (else Dutch) */
    public MatchWorkshopTables(ProjectFile project, DisclosureControl control, SuppressionLog log, boolean english) {
        this.project = project;
        this.control = control;
        this.log = log;
        this.english = english;
    }

    public MatchWorkshopTables(ProjectFile project, DisclosureControl control, SuppressionLog log) {
        this(project, control, log, false);
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
                + " explanation_public_nl FROM " + Tables.MATCHES
                + " ORDER BY scenario, rank";
        try (Statement st = project.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                Disclosed supplySide = control.discloseOwn(rs.getString(5), rs.getDouble(21));
                Disclosed demandSide = control.discloseOwn(rs.getString(8), rs.getDouble(21));
                Disclosed amount = supplySide.isSuppressed() ? supplySide : demandSide;
                log.add(t.name(), rs.getString(2) + "|" + rs.getString(3), "amount", amount);
                t.add(GpkgGeometry.decode(rs.getBytes(1), RdNew.FACTORY), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(6), material(rs.getString(25), rs.getString(7)), rs.getString(9), material(rs.getString(26), rs.getString(10)),
                        rs.getString(11), rs.getString(12),
                        rs.getDouble(13), rs.getString(14), rs.getString(15), num(rs, 16), num(rs, 17), num(rs, 18),
                        rs.getLong(19), rs.getString(20), amount.isSuppressed() ? null : amount.value(), rs.getString(22),
                        amount.isSuppressed() ? WorkshopTables.CONFIDENTIAL : null,
                        english || rs.getString(27) == null ? rs.getString(23) : rs.getString(27), rs.getString(24));
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read matches: " + e.getMessage(), e);
        }
        return t;
    }

    /** Supply nobody takes and demand nobody meets: who and what, the amount only with consent. */
    public ExportTable unmatched() {
        ExportTable t = new ExportTable("unmatched", "Onbenut aanbod en onvervulde vraag", "POINT", List.of(
                ExportColumn.text("scenario"), ExportColumn.text("actor_name"), ExportColumn.text("direction"),
                ExportColumn.text("material"), ExportColumn.real("left_amount"), ExportColumn.text("unit"),
                ExportColumn.text("reason"), ExportColumn.text("amount_note")));
        String sql = "SELECT geom, scenario, actor_ref, actor_name, direction, material_name, left_amount, unit, reason, material FROM "
                + Tables.MATCH_UNMATCHED + " ORDER BY scenario, fid";
        try (Statement st = project.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                Disclosed d = control.discloseOwn(rs.getString(3), rs.getDouble(7));
                log.add(t.name(), rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(6), "left_amount", d);
                byte[] g = rs.getBytes(1);
                t.add(g == null ? null : GpkgGeometry.decode(g, RdNew.FACTORY), rs.getString(2), rs.getString(4), rs.getString(5),
                        material(rs.getString(10), rs.getString(6)), d.isSuppressed() ? null : d.value(), rs.getString(8), rs.getString(9),
                        d.isSuppressed() ? WorkshopTables.CONFIDENTIAL : null);
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read unmatched flows: " + e.getMessage(), e);
        }
        return t;
    }

    /** Take and bring per stakeholder: partners and materials are shown; tonnes and GJ only with consent. */
    public ExportTable takeAndBring() {
        String[] amounts = {"offered_t", "brings_t", "wanted_t", "takes_t", "net_t", "offered_gj", "brings_gj", "wanted_gj", "takes_gj"};
        List<ExportColumn> cols = new ArrayList<>(List.of(ExportColumn.text("scenario"), ExportColumn.text("actor_name"),
                ExportColumn.text("role"), ExportColumn.integer("partners"), ExportColumn.text("materials_brought"),
                ExportColumn.text("materials_taken")));
        for (String a : amounts) cols.add(ExportColumn.real(a));
        cols.add(ExportColumn.text("amount_note"));
        ExportTable t = new ExportTable("take_and_bring", "Halen en brengen per partij", null, cols);
        String sql = "SELECT scenario, actor_ref, actor_name, role, partners, materials_brought, materials_taken, "
                + String.join(", ", amounts) + " FROM " + Tables.MATCH_BALANCE + " ORDER BY scenario, fid";
        try (Statement st = project.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String ref = rs.getString(2);
                boolean shown = control.policy().consented(ref);
                Object[] v = new Object[cols.size()];
                v[0] = rs.getString(1);
                v[1] = rs.getString(3);
                v[2] = rs.getString(4);
                v[3] = rs.getLong(5);
                v[4] = rs.getString(6);
                v[5] = rs.getString(7);
                for (int k = 0; k < amounts.length; k++) v[6 + k] = shown ? num(rs, 8 + k) : null;
                v[cols.size() - 1] = shown ? null : WorkshopTables.CONFIDENTIAL;
                if (!shown) log.add(t.name(), rs.getString(1) + "|" + ref, "amounts",
                        Disclosed.suppressed(1, "figure of a single company without its consent"));
                t.add(null, v);
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read take-and-bring balance: " + e.getMessage(), e);
        }
        return t;
    }

    /** Indicators per scenario; sums of company figures pass disclosure control on both sides. */
    public ExportTable indicators() {
        ExportTable t = new ExportTable("scenario_indicators", "Indicatoren per scenario", null, List.of(
                ExportColumn.text("scenario"), ExportColumn.text("indicator"), ExportColumn.text("label"),
                ExportColumn.real("value"), ExportColumn.text("unit"), ExportColumn.text("note")));
        MatchResultStore store = new MatchResultStore(project);
        for (String scenario : scenarios()) {
            IndicatorParts parts = store.indicatorParts(scenario);
            java.util.Map<Indicator, Disclosed> disclosed = new java.util.EnumMap<>(Indicator.class);
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = project.connection().prepareStatement("SELECT indicator, label, value, unit FROM "
                    + Tables.MATCH_INDICATORS + " WHERE scenario = ? ORDER BY fid")) {
                ps.setString(1, scenario);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Indicator i = Indicator.ofKey(rs.getString(1));
                        Disclosed d = Disclosed.shown(rs.getDouble(3), 0);
                        if (i != null && parts.hasParts(i)) {
                            Disclosed s = control.disclose(parts.of(i, FlowDirection.SUPPLY));
                            Disclosed dm = control.disclose(parts.of(i, FlowDirection.DEMAND));
                            d = s.isSuppressed() ? s : dm.isSuppressed() ? dm : Disclosed.shown(rs.getDouble(3), s.contributors());
                        }
                        if (i != null) disclosed.put(i, d);
                        rows.add(new Object[] {rs.getString(1), rs.getString(2), d, rs.getString(4)});
                    }
                }
            } catch (SQLException e) {
                throw new KansenkaartException("cannot read indicators: " + e.getMessage(), e);
            }
            for (Object[] r : rows) {
                Indicator i = Indicator.ofKey((String) r[0]);
                Disclosed d = i == null ? (Disclosed) r[2] : followInputs(i, (Disclosed) r[2], disclosed);
                log.add(t.name(), scenario + "|" + r[0], "value", d);
                t.add(null, scenario, r[0], r[1], d.isSuppressed() ? null : d.value(), r[3],
                        d.isSuppressed() ? WorkshopTables.CONFIDENTIAL + ": " + d.suppressionReason() : null);
            }
        }
        return t;
    }

    /**
     * A ratio is withheld when a figure it is computed from is: shown next to the other figures,
     * it would give the withheld one away.
     */
    static Disclosed followInputs(Indicator i, Disclosed d, java.util.Map<Indicator, Disclosed> all) {
        List<Indicator> inputs = switch (i) {
            case MOVED_UP_SHARE -> List.of(Indicator.MOVED_UP_T, Indicator.MATCHED_T);
            case MEAN_DISTANCE_KM -> List.of(Indicator.TONNE_KM, Indicator.MATCHED_T);
            default -> List.of();
        };
        for (Indicator in : inputs) {
            Disclosed x = all.get(in);
            if (x != null && x.isSuppressed())
                return Disclosed.suppressed(x.contributors(), "computed from a withheld figure (" + in.key() + ")");
        }
        return d;
    }

    private static Double num(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }
}
