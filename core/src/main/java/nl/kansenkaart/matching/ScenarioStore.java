package nl.kansenkaart.matching;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;

/**
 * Scenarios (table match_scenarios): named parameter sets. The scenario "basis" always exists:
 * the defaults, unless the analyst saved other settings under that name.
 */
public final class ScenarioStore {

    public static final String BASE = "basis";

    /** A saved scenario; lastRun is null when it has not been run. */
    public record Scenario(String name, MatchSettings settings, String description, String created, String lastRun) {}

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.\\-]{0,63}");
    private static final Gson GSON = new Gson();
    private static final Type MAP = new TypeToken<LinkedHashMap<String, String>>() {}.getType();

    private final ProjectFile project;

    public ScenarioStore(ProjectFile project) {
        this.project = project;
    }

    public static String checkName(String name) {
        String n = name == null ? "" : name.trim();
        if (!NAME.matcher(n).matches())
            throw new KansenkaartException("scenario name '" + name + "' must be 1-64 letters, digits, spaces, '.', '_' or '-'");
        return n;
    }

    public List<Scenario> list() {
        List<Scenario> out = new ArrayList<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT name, settings, description, created, last_run FROM " + Tables.MATCH_SCENARIOS
                     + " ORDER BY name = '" + BASE + "' DESC, name")) {
            while (rs.next()) out.add(new Scenario(rs.getString(1), parse(rs.getString(1), rs.getString(2)), rs.getString(3),
                    rs.getString(4), rs.getString(5)));
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + Tables.MATCH_SCENARIOS + ": " + e.getMessage(), e);
        }
        if (out.stream().noneMatch(s -> s.name().equals(BASE)))
            out.add(0, new Scenario(BASE, MatchSettings.DEFAULTS, "the defaults", null, null));
        return out;
    }

    /** The settings of a scenario; fails with the known names when it does not exist. */
    public MatchSettings settings(String name) {
        for (Scenario s : list()) if (s.name().equals(name)) return s.settings();
        throw new KansenkaartException("no scenario '" + name + "'; known: "
                + String.join(", ", list().stream().map(Scenario::name).toList()) + " (create one with 'scenario PROJECT save NAME')");
    }

    private MatchSettings parse(String name, String json) {
        try {
            Map<String, String> m = GSON.fromJson(json, MAP);
            return MatchSettings.fromMap(m == null ? Map.of() : m);
        } catch (RuntimeException e) {
            throw new KansenkaartException("scenario '" + name + "' has unreadable settings: " + e.getMessage(), e);
        }
    }

    /** Creates or replaces a scenario. */
    public void save(String name, MatchSettings settings, String description) {
        String n = checkName(name);
        project.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.MATCH_SCENARIOS + " (name, settings, description,"
                    + " created) VALUES (?,?,?,?) ON CONFLICT(name) DO UPDATE SET settings = excluded.settings,"
                    + " description = coalesce(excluded.description, description)")) {
                ps.setString(1, n);
                ps.setString(2, GSON.toJson(settings.toMap()));
                ps.setString(3, description);
                ps.setString(4, now());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Deletes a scenario and its results; returns whether it existed. */
    public boolean delete(String name) {
        return project.transaction(c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + Tables.MATCH_SCENARIOS + " WHERE name = ?")) {
                ps.setString(1, name);
                n = ps.executeUpdate();
            }
            n += MatchResultStore.delete(c, name);
            return n > 0;
        });
    }

    /** Stamps a run inside the caller's transaction; "basis" gets a row on its first run. */
    static void markRun(Connection c, String name, MatchSettings settings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.MATCH_SCENARIOS + " (name, settings, created, last_run)"
                + " VALUES (?,?,?,?) ON CONFLICT(name) DO UPDATE SET last_run = excluded.last_run")) {
            String now = now();
            ps.setString(1, name);
            ps.setString(2, GSON.toJson(settings.toMap()));
            ps.setString(3, now);
            ps.setString(4, now);
            ps.executeUpdate();
        }
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
