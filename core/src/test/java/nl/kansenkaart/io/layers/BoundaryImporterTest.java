package nl.kansenkaart.io.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.geo.DutchBoundaries;
import nl.kansenkaart.geo.Regions;
import nl.kansenkaart.io.ImportCancelledException;
import nl.kansenkaart.io.ImportOptions;
import nl.kansenkaart.io.ImportProgress;
import nl.kansenkaart.io.ImportResult;
import nl.kansenkaart.io.RejectReport;
import nl.kansenkaart.io.RejectedRow;
import nl.kansenkaart.model.Area;
import nl.kansenkaart.model.AreaLevel;
import nl.kansenkaart.project.AreaStore;
import nl.kansenkaart.project.ImportLog;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.RegionSetup;
import nl.kansenkaart.project.Tables;
import nl.kansenkaart.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;

class BoundaryImporterTest {

    @TempDir Path tmp;
    private int projects;

    private ProjectFile project() {
        return ProjectFile.create(tmp.resolve("p" + (++projects) + ".kansenkaart"), "test");
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(BoundaryImporterTest.class.getResource("/layers/" + name).toURI());
    }

    private static ImportResult run(ProjectFile p, Path f, String layer, RejectReport r) {
        return new BoundaryImporter().importFile(p, f, new ImportOptions(false, false, layer), r, ImportProgress.NONE);
    }

    private static ImportResult run(ProjectFile p, Path f) {
        return run(p, f, null, new RejectReport(null));
    }

    private static Map<String, Area> byCode(List<Area> areas) {
        return areas.stream().collect(Collectors.toMap(Area::code, Function.identity(), (a, b) -> a));
    }

    @Test
    void theCbsMunicipalitiesInWgs84ReplaceTheSeededOnesInRdNew() throws Exception {
        Path f = SharedData.file("nl_gemeenten_2023/gemeenten_2023_wgs84.geojson");
        try (ProjectFile p = project()) {
            RegionSetup.seed(p, Regions.find("Noord-Holland").orElseThrow());
            assertThat(p.count(Tables.MUNICIPALITIES)).isEqualTo(44);
            ImportResult r = run(p, f);
            assertThat(r.summaryLine()).isEqualTo("read=343 accepted=343 rejected=0");
            assertThat(p.count(Tables.MUNICIPALITIES)).isEqualTo(343);
            assertThat(r.notes()).anyMatch(n -> n.contains("no coordinate system declared; the coordinates are WGS84"))
                    .anyMatch(n -> n.contains("343 areas into municipalities (replacing 44)"));
            Area amsterdam = byCode(new AreaStore(p).read(AreaLevel.MUNICIPALITY)).get("GM0363");
            assertThat(amsterdam.name()).isEqualTo("Amsterdam");
            assertThat(amsterdam.parentCode()).isEqualTo("PV27");
            Area shipped = byCode(DutchBoundaries.get().municipalities()).get("GM0363");
            assertThat(amsterdam.geometry().getArea()).isCloseTo(shipped.geometry().getArea(), within(shipped.geometry().getArea() * 0.001));
            assertThat(amsterdam.geometry().getEnvelopeInternal().getMinX()).isBetween(100_000.0, 115_000.0);
            assertThat(new AreaStore(p).read(AreaLevel.MUNICIPALITY)).allMatch(a -> a.geometry().isValid());
            try (var st = p.connection().createStatement();
                 var rs = st.executeQuery("SELECT inhabitants FROM municipalities WHERE code = 'GM0363'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getDouble(1)).isGreaterThan(800_000);
            }
        }
    }

    @Test
    void provincesAreRecognisedByTheirCodes() {
        try (ProjectFile p = project()) {
            ImportResult r = run(p, SharedData.file("nl_provincies_2023/provincie_2023_wgs84.geojson"));
            assertThat(r.summaryLine()).isEqualTo("read=12 accepted=12 rejected=0");
            Map<String, Area> pv = byCode(new AreaStore(p).read(AreaLevel.PROVINCE));
            assertThat(pv).containsKeys("PV20", "PV27", "PV31");
            assertThat(pv.get("PV27").name()).isEqualTo("Noord-Holland");
        }
    }

    @Test
    void ibisFromGeoJsonShapefileAndGeoPackageGiveTheSameBusinessParks() throws Exception {
        List<Area> fromJson, fromShp, fromGpkg;
        try (ProjectFile p = project()) {
            ImportResult r = run(p, SharedData.file("ibis_rijssen_holten_2017/IBIS_BEDRIJVENTERREINEN_rijssen_holten.geojson"));
            assertThat(r.summaryLine()).isEqualTo("read=22 accepted=22 rejected=0");
            fromJson = new AreaStore(p).read(AreaLevel.BUSINESS_PARK);
        }
        try (ProjectFile p = project()) {
            ImportResult r = run(p, fixture("ibis_rijssen_holten_rd.shp"));
            assertThat(r.summaryLine()).isEqualTo("read=22 accepted=22 rejected=0");
            assertThat(r.notes()).anyMatch(n -> n.contains("EPSG:28992 (ibis_rijssen_holten_rd.prj)"));
            fromShp = new AreaStore(p).read(AreaLevel.BUSINESS_PARK);
        }
        try (ProjectFile p = project()) {
            ImportResult r = run(p, fixture("ibis_rijssen_holten_wgs84.gpkg"));
            assertThat(r.summaryLine()).isEqualTo("read=22 accepted=22 rejected=0");
            assertThat(r.notes()).anyMatch(n -> n.contains("EPSG:4326 (gpkg_spatial_ref_sys of ibis_bedrijventerreinen)"));
            fromGpkg = new AreaStore(p).read(AreaLevel.BUSINESS_PARK);
        }
        for (List<Area> areas : List.of(fromJson, fromShp, fromGpkg)) {
            assertThat(areas).hasSize(22).allMatch(a -> a.parentCode().equals("GM1742")); // Rijssen-Holten
            assertThat(areas).extracting(Area::code).contains("130088");
            assertThat(areas).filteredOn(a -> a.code().equals("130088")).extracting(Area::name).containsOnly("Vletgaarsmaten 2B");
        }
        // our WGS84 -> RD (proj4j) against GDAL's: the same parks within 2 m
        for (int i = 0; i < 22; i++) {
            Geometry a = fromJson.get(i).geometry(), b = fromShp.get(i).geometry(), c = fromGpkg.get(i).geometry();
            assertThat(DiscreteHausdorffDistance.distance(a, b)).isLessThan(2.0);
            assertThat(DiscreteHausdorffDistance.distance(a, c)).isLessThan(0.01);
        }
        // the .cpg says UTF-8: the replacement character in two JAAR values survives
        assertThat(fromShp).anyMatch(a -> a.attributes().getOrDefault("JAAR", "").contains("\uFFFD"));
    }

    @Test
    void aNamedLayerOverridesTheDetectionAndReImportingParksReplacesThemByCode() throws Exception {
        Path json = SharedData.file("ibis_rijssen_holten_2017/IBIS_BEDRIJVENTERREINEN_rijssen_holten.geojson");
        try (ProjectFile p = project()) {
            run(p, json, "Mijn gebieden", new RejectReport(null));
            assertThat(p.count(Tables.OTHER_AREAS)).isEqualTo(22);
            assertThat(p.count(Tables.BUSINESS_PARKS)).isZero();
            assertThat(new AreaStore(p).read(AreaLevel.OTHER)).allMatch(a -> "Mijn gebieden".equals(a.attributes().get("layer")));
            run(p, fixture("ibis_rijssen_holten_rd.shp"), "bedrijventerreinen", new RejectReport(null));
            run(p, fixture("ibis_rijssen_holten_wgs84.gpkg"));
            assertThat(p.count(Tables.BUSINESS_PARKS)).isEqualTo(22); // the same RIN numbers replaced, not doubled
            assertThat(new ImportLog(p).all()).hasSize(3);
            new BoundaryImporter().importFile(p, json, new ImportOptions(true, false, "Mijn gebieden"), new RejectReport(null),
                    ImportProgress.NONE);
            assertThat(p.count(Tables.OTHER_AREAS)).isEqualTo(22);
            assertThat(new ImportLog(p).all()).hasSize(3);
        }
    }

    @Test
    void invalidAndUnusableFeaturesAreRepairedOrRejectedOneByOne() throws Exception {
        try (ProjectFile p = project(); RejectReport report = new RejectReport(tmp.resolve("r.csv"))) {
            ImportResult r = run(p, fixture("messy_areas.geojson"), null, report);
            assertThat(r.summaryLine()).isEqualTo("read=6 accepted=2 rejected=4");
            assertThat(r.notes()).contains("1 invalid geometries repaired")
                    .anyMatch(n -> n.contains("EPSG:28992 (GeoJSON crs member)"))
                    .anyMatch(n -> n.contains("2 areas into other areas, layer 'messy_areas'"));
            assertThat(report.rows()).extracting(RejectedRow::line).containsExactly(3L, 4L, 5L, 6L);
            assertThat(report.rows().get(0).reason()).isEqualTo("a LineString is not an area; boundaries need polygons");
            assertThat(report.rows().get(1).reason()).isEqualTo("no geometry");
            assertThat(report.rows().get(2).reason()).startsWith("lies outside the Netherlands in RD New");
            assertThat(report.rows().get(3).reason()).startsWith("unreadable geometry");
            assertThat(report.rows().get(0).original()).isEqualTo("naam=Een weg | code=A3");
            Map<String, Area> a = byCode(new AreaStore(p).read(AreaLevel.OTHER));
            assertThat(a.get("A2").geometry().isValid()).isTrue();
            assertThat(a.get("A2").geometry().getArea()).isCloseTo(500_000, within(1.0)); // two triangles of the bow tie
            assertThat(a.get("A1").name()).isEqualTo("Vierkant");
        }
    }

    @Test
    void shapefileRingsBecomeHolesAndPartsAndAMissingPrjIsGuessed() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("noprj"));
        for (String ext : List.of("shp", "shx", "dbf"))
            Files.copy(fixture("holes_rd." + ext), dir.resolve("holes_rd." + ext));
        try (ProjectFile p = project()) {
            ImportResult r = run(p, dir.resolve("holes_rd.shp"));
            assertThat(r.summaryLine()).isEqualTo("read=2 accepted=2 rejected=0");
            assertThat(r.notes()).anyMatch(n -> n.contains("no coordinate system declared; the coordinates are RD New"));
            Map<String, Area> a = byCode(new AreaStore(p).read(AreaLevel.OTHER));
            assertThat(a.get("H1").geometry().getArea()).isEqualTo(16e6 - 4e6);
            assertThat(a.get("H2").geometry().getNumGeometries()).isEqualTo(2);
            assertThat(a.get("H2").name()).isEqualTo("Twee delen");
        }
    }

    @Test
    void aTruncatedShapefileKeepsItsCompleteRecordsAndReportsTheBrokenOne() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cut"));
        byte[] shp = Files.readAllBytes(fixture("ibis_rijssen_holten_rd.shp"));
        Files.write(dir.resolve("ibis.shp"), java.util.Arrays.copyOf(shp, shp.length / 2));
        Files.copy(fixture("ibis_rijssen_holten_rd.dbf"), dir.resolve("ibis.dbf"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(fixture("ibis_rijssen_holten_rd.prj"), dir.resolve("ibis.prj"));
        try (ProjectFile p = project(); RejectReport report = new RejectReport(null)) {
            ImportResult r = run(p, dir.resolve("ibis.shp"), null, report);
            assertThat(r.rejected()).isEqualTo(1);
            assertThat(r.accepted()).isBetween(5L, 20L);
            assertThat(report.rows().get(0).reason()).contains("runs past the end of the file (truncated .shp)");
            assertThat(r.notes()).anyMatch(n -> n.contains("the .dbf has 22 records"));
        }
    }

    @Test
    void unsupportedOrBrokenFilesAreClearErrorsAndCancelChangesNothing() throws Exception {
        Path txt = tmp.resolve("grenzen.txt");
        Files.writeString(txt, "x");
        Path bad = tmp.resolve("kapot.geojson");
        Files.writeString(bad, "{\"type\": \"FeatureCollection\", \"features\": [");
        try (ProjectFile p = project()) {
            assertThatThrownBy(() -> run(p, txt)).isInstanceOf(KansenkaartException.class)
                    .hasMessage("grenzen.txt: boundary files must be GeoJSON (.geojson), GeoPackage (.gpkg) or a shapefile"
                            + " (.shp with its .dbf and .prj), not .txt");
            assertThatThrownBy(() -> run(p, bad)).isInstanceOf(KansenkaartException.class).hasMessageStartingWith("kapot.geojson is not valid GeoJSON");
            ImportProgress cancel = new ImportProgress() {
                @Override
                public void update(long done, long total, long rows) {}

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            // A valid file of its own, so this test does not depend on the shared reference data.
            Path good = tmp.resolve("gemeenten.geojson");
            Files.writeString(good, "{\"type\":\"FeatureCollection\",\"features\":["
                    + "{\"type\":\"Feature\",\"properties\":{\"gemeentecode\":\"GM0363\",\"gemeentenaam\":\"Amsterdam\"},"
                    + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[4.85,52.35],[4.95,52.35],[4.95,52.40],[4.85,52.40],[4.85,52.35]]]}}]}");
            assertThatThrownBy(() -> new BoundaryImporter().importFile(p, good,
                    ImportOptions.DEFAULT, new RejectReport(null), cancel)).isInstanceOf(ImportCancelledException.class);
            assertThat(p.count(Tables.MUNICIPALITIES)).isZero();
            assertThat(p.count(Tables.IMPORTS)).isZero();
        }
    }
}
