/**
 * Reading tables as people deliver them: CSV with any of ; , or tab, quoted fields, UTF-8 with or
 * without BOM or Windows-1252, CRLF or LF; and XLSX workbooks with several sheets. Every row
 * keeps the line (or sheet row) it came from, so rejections can be reported exactly.
 */
package nl.kansenkaart.io.tabular;
