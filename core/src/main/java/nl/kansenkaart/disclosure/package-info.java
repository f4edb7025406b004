/**
 * Statistical disclosure control for workshop outputs. Company figures (jobs, turnover, tonnes)
 * are confidential: every export path takes its numbers through {@link nl.kansenkaart.disclosure.DisclosureControl},
 * so a figure that would reveal one company is suppressed unless that company (or the analyst, for
 * the whole project) explicitly allowed it. On screen the analyst sees everything.
 */
package nl.kansenkaart.disclosure;
