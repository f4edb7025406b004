/**
 * Statistical disclosure control for workshop outputs. Company figures (jobs, turnover, tonnes)
 * are confidential: every export path takes its numbers through {@link nl.kansenkaart.disclosure.DisclosureControl},
 * so a figure that would reveal one company is suppressed unless that company (or the analyst, for
 * the whole project) explicitly allowed it. On screen the analyst sees everything.
 * <p>Cells are checked one by one by the primary rules, and then together: a table that shows a
 * total and its parts (a plain sum, or weighted by published figures such as road km) declares
 * them as an {@link nl.kansenkaart.disclosure.AdditiveGroup} in the export's
 * {@link nl.kansenkaart.disclosure.DisclosureLedger}, and secondary suppression keeps any withheld
 * figure from being worked out by subtraction.
 */
package nl.kansenkaart.disclosure;
