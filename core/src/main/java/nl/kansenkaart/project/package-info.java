/**
 * The project file: one {@code *.kansenkaart} file per project that is an OGC GeoPackage 1.2
 * (QGIS and GDAL read it), holding imported data, step settings and results in RD New. Every
 * change is one SQLite transaction, so a killed process leaves either the old or the new state.
 */
package nl.kansenkaart.project;
