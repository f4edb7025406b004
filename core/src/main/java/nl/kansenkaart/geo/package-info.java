/**
 * Dutch geography: RD New (EPSG:28992) as the one working coordinate system, WGS84 conversion,
 * postcodes, offline geocoding and the bundled CBS municipality and province boundaries.
 */
package nl.kansenkaart.geo;
