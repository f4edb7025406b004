/**
 * Workshop exports. Data leave the product only as {@link nl.kansenkaart.export.ExportTable}s
 * built under disclosure control ({@link nl.kansenkaart.export.WorkshopTables}); the format writers
 * (GeoPackage, CSV) and the map images (PNG, SVG, PDF, one renderer) only ever see those, so the
 * confidentiality rules hold for every output path, not per format. All tables and diagrams of a
 * package are settled together in one {@link nl.kansenkaart.disclosure.DisclosureLedger}, so totals
 * and parts in different tables are checked against each other.
 */
package nl.kansenkaart.export;
