package nl.kansenkaart.io.lma;

import nl.kansenkaart.io.tabular.Tables;

/**
 * A table of an input file recognised as LMA.
 *
 * @param ref             the CSV file or the workbook sheet
 * @param header          its recognised header
 * @param rowsAboveHeader rows before the header (titles people put above a table), skipped on reading
 */
record LmaTable(Tables.TableRef ref, LmaHeader header, int rowsAboveHeader) {}
