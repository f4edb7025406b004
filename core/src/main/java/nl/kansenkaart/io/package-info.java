/**
 * Importers and exporters of data as analysts receive it. Each data source has its own package
 * ({@code lma}, {@code companies}, {@code layers}); this package holds what they share: the
 * import contract, rejected-row reporting, progress and cancellation.
 */
package nl.kansenkaart.io;
