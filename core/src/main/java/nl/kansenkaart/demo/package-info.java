/**
 * The bundled sample region as a working project: the "main job" of the product run headless
 * ({@code demo}) and the project the desktop app opens by default.
 */
package nl.kansenkaart.demo;
