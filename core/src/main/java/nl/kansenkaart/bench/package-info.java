/**
 * Benchmarks behind the {@code bench} command: measured figures, not tests (performance targets
 * do not belong in the unit tests, which must pass on any machine).
 */
package nl.kansenkaart.bench;
