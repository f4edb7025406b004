/**
 * Map drawing on plain Java2D, shared by the app's map canvas (through FXGraphics2D) and the
 * SVG/PDF/PNG exports: {@link nl.kansenkaart.render.MapViewport} (RD New ↔ screen),
 * {@link nl.kansenkaart.render.MapLayer}s decoded once from the project
 * ({@link nl.kansenkaart.render.ProjectLayers}), and {@link nl.kansenkaart.render.MapRenderer}.
 */
package nl.kansenkaart.render;
