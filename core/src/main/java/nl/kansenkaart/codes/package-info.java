/**
 * Official code lists shipped with the product: EURAL (European List of Waste), LMA processing
 * methods, EU R/D operations, SBI 2008, plus the authored tables that classify them (material
 * main groups, R-ladder levels, named resources). Sources and licences: NOTICE at the root.
 */
package nl.kansenkaart.codes;
