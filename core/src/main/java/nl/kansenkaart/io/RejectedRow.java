package nl.kansenkaart.io;

/**
 * A row that was read but not imported.
 *
 * @param source   file name, with the sheet in brackets for workbooks
 * @param line     line in the file (header = 1) or row in the sheet; 0 when the whole file is meant
 * @param column   the header of the offending column, or "" when the row as a whole is broken
 * @param reason   why, in words an analyst understands
 * @param original the row's values as read, separated by " | "
 */
public record RejectedRow(String source, long line, String column, String reason, String original) {}
