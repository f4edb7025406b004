package nl.kansenkaart.io.layers;

import java.util.List;

/**
 * The features of one layer of a file (a GeoJSON file, a shapefile, one table of a GeoPackage).
 *
 * @param name  the layer's own name: file name without extension, or the GeoPackage table
 * @param crs   the coordinate system the file declares, or null when it declares none
 */
record SourceLayer(String name, List<SourceFeature> features, DeclaredCrs crs) {}
