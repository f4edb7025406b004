/**
 * The headless command line: thin picocli commands over the logic in the other packages.
 * Exit codes: 0 success, 1 a data or user error (one line saying what and where), 2 a usage
 * error, 3 an internal error (a bug; the stack trace is printed).
 */
package nl.kansenkaart.cli;
