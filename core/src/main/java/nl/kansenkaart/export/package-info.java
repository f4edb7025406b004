/**
 * Workshop exports. Data leave the product only as {@link nl.kansenkaart.export.ExportTable}s
 * built under disclosure control ({@link nl.kansenkaart.export.WorkshopTables}); the format writers
 * (GeoPackage, CSV) and the map images (PNG, SVG, PDF, one renderer) only ever see those, so the
 * confidentiality rules hold for every output path, not per format.
 */
package nl.kansenkaart.export;
