/**
 * Running the steps of the method on a project: the step implementations that tie the step-1
 * ({@code clusters}) and step-2 ({@code resources}) logic to the project file, the registry of
 * steps, console summaries and the CSV export of the step tables.
 */
package nl.kansenkaart.run;
