package nl.kansenkaart.io.layers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeclaredCrsTest {

    @Test
    void esriAndOgcWktAndGeoJsonNamesGiveTheirEpsgCode() {
        String esriRd = "PROJCS[\"RD_New\",GEOGCS[\"GCS_Amersfoort\",DATUM[\"D_Amersfoort\",SPHEROID[\"Bessel_1841\",6377397.155,"
                + "299.1528128]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Double_Stereographic\"],"
                + "UNIT[\"Meter\",1.0]]";
        String esriWgs = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
        String ogcAmersfoortGeographic = "GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\",SPHEROID[\"Bessel 1841\",6377397.155,"
                + "299.1528128,AUTHORITY[\"EPSG\",\"7004\"]]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],"
                + "AUTHORITY[\"EPSG\",\"4289\"]]";
        assertThat(DeclaredCrs.fromWkt(esriRd, "x.prj").epsg()).isEqualTo(28992);
        assertThat(DeclaredCrs.fromWkt(esriWgs, "x.prj").epsg()).isEqualTo(4326);
        assertThat(DeclaredCrs.fromWkt(ogcAmersfoortGeographic, "x.prj").epsg()).isEqualTo(4289);
        assertThat(DeclaredCrs.fromWkt("PROJCS[\"ETRS_1989_UTM_Zone_31N\",GEOGCS[\"GCS_ETRS_1989\"]]", "x.prj").epsg()).isEqualTo(25831);
        assertThat(DeclaredCrs.fromWkt("PROJCS[\"Lambert_Conformal_Conic\"]", "x.prj").epsg()).isNull();
        assertThat(DeclaredCrs.fromName("urn:ogc:def:crs:EPSG::28992", "crs").epsg()).isEqualTo(28992);
        assertThat(DeclaredCrs.fromName("EPSG:4326", "crs").epsg()).isEqualTo(4326);
        assertThat(DeclaredCrs.fromName("urn:ogc:def:crs:OGC:1.3:CRS84", "crs").epsg()).isEqualTo(4326);
    }

    @Test
    void utmCoordinatesAreConvertedToRdNew() {
        // Dam square, Amsterdam: ETRS89 / UTM 31N (629,000; 5,804,000) lies about at RD (121,400; 487,400)
        ToRd t = ToRd.from(25831);
        var p = t.apply(new org.locationtech.jts.geom.GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(628_920, 5_804_300)));
        assertThat(p.getCoordinate().x).isBetween(120_500.0, 122_500.0);
        assertThat(p.getCoordinate().y).isBetween(486_500.0, 488_500.0);
        assertThat(ToRd.from(999_999)).isNull();
    }
}
