/**
 * Import of LMA (Landelijk Meldpunt Afvalstoffen) extracts as regions receive them: the regional
 * research extract (ontvangstmeldingen), the afgiftemeldingen sheet and the LMA portal's stream
 * export, as CSV or XLSX workbooks. The layout is recognised from the header; rows are accepted,
 * flagged or rejected by the policy in {@code docs/import-policy.md}, with exact row and kg
 * accounting.
 */
package nl.kansenkaart.io.lma;
