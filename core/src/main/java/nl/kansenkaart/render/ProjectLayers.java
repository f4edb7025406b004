package nl.kansenkaart.render;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.geo.DutchBoundaries;
import nl.kansenkaart.model.Area;
import nl.kansenkaart.model.AreaLevel;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.project.AreaStore;
import nl.kansenkaart.project.CompanyStore;
import nl.kansenkaart.project.ProjectFile;

/**
 * Reads a project's map layers once into drawing-ready form, under a basemap of the Dutch
 * provinces (shipped with the product) that gives every region its surroundings. Layers without
 * features are left out: an empty entry in the layer list helps nobody.
 */
public final class ProjectLayers {

    public static final String BASEMAP = "basemap";
    /** The same dataset the region set-up uses, so the credit line names it once. */
    public static final String BASEMAP_CREDIT = "CBS/PDOK gemeenten en provincies 2023 (CC BY 4.0)";

    private ProjectLayers() {}

    /** The layers as the analyst sees them on screen: all figures. */
    public static LayerStack load(ProjectFile project) {
        return load(project, m -> true);
    }

    /**
     * The layers for a map that leaves the product: match widths show amounts only where
     * {@code amountShown} allows (both companies consented).
     */
    public static LayerStack load(ProjectFile project, java.util.function.Predicate<nl.kansenkaart.matching.StoredMatch> amountShown) {
        List<MapLayer> layers = new ArrayList<>();
        AreaStore areas = new AreaStore(project);
        Set<String> projectProvinces = new HashSet<>();
        for (Area a : areas.read(AreaLevel.PROVINCE)) projectProvinces.add(a.code());
        layers.add(basemap(projectProvinces));
        addAreas(layers, project, areas, AreaLevel.PROVINCE, MapStyles.PROVINCES);
        addAreas(layers, project, areas, AreaLevel.MUNICIPALITY, MapStyles.MUNICIPALITIES);
        addAreas(layers, project, areas, AreaLevel.BUSINESS_PARK, MapStyles.BUSINESS_PARKS);
        addAreas(layers, project, areas, AreaLevel.OTHER, MapStyles.OTHER_AREAS);
        addAreas(layers, project, areas, AreaLevel.REGION, MapStyles.STUDY_REGION);
        ClusterLayer clusters = ClusterLayer.load(project);
        if (clusters != null) layers.add(clusters);
        MatchLayer matches = MatchLayer.load(project, amountShown);
        if (matches != null) layers.add(matches);
        List<Company> companies = new CompanyStore(project).readAll();
        if (!companies.isEmpty()) layers.add(new CompanyLayer(companies));
        // Above the companies: a triangle marks the company whose flow found no partner.
        UnmatchedLayer unmatched = UnmatchedLayer.load(project);
        if (unmatched != null) layers.add(unmatched);
        return new LayerStack(layers);
    }

    /**
     * The twelve provinces of the Netherlands, for orientation around the study region; the names
     * of {@code unlabelled} provinces (those the project draws itself) are left off so they do
     * not sit on top of the region's own municipality names.
     */
    public static PolygonLayer basemap(Set<String> unlabelled) {
        List<PolygonFeature> features = new ArrayList<>();
        for (Area p : DutchBoundaries.get().provinces()) {
            PolygonFeature f = PolygonFeature.of(p);
            features.add(unlabelled.contains(p.code()) ? f.withoutLabel() : f);
        }
        return new PolygonLayer(BASEMAP, "layer.basemap", features, MapStyles.BASEMAP, BASEMAP_CREDIT);
    }

    private static void addAreas(List<MapLayer> layers, ProjectFile project, AreaStore store, AreaLevel level, PolygonStyle style) {
        List<PolygonFeature> features = new ArrayList<>();
        for (Area a : store.read(level)) if (a.geometry() != null && !a.geometry().isEmpty()) features.add(PolygonFeature.of(a));
        if (features.isEmpty()) return;
        String table = AreaStore.tableOf(level);
        layers.add(new PolygonLayer(table, "layer." + table, features, style, sources(project, table)));
    }

    /** The distinct sources recorded for a table, joined for the credit line. */
    private static String sources(ProjectFile project, String table) {
        List<String> sources = new ArrayList<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT source FROM " + table + " WHERE source IS NOT NULL ORDER BY source LIMIT 3")) {
            while (rs.next()) sources.add(rs.getString(1));
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read sources of " + table + " in " + project.path().getFileName() + ": " + e.getMessage(), e);
        }
        return sources.isEmpty() ? null : String.join(" · ", sources);
    }
}
