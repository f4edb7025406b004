/**
 * The domain model of a kansenkaart: establishments, areas, LMA waste records and material
 * flows. Plain immutable records; coordinates are always RD New (EPSG:28992) metres.
 */
package nl.kansenkaart.model;
