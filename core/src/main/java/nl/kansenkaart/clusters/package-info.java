/**
 * Step 1 of the method: business clusters. Sector clusters from the SBI table, dense groups
 * (DBSCAN), presence per municipality and business park, the selection criteria, the Balassa
 * index of jobs, the weighted ranking with low-hanging fruit and the analyst's overrides.
 * Definitions: docs/method-step1.md.
 */
package nl.kansenkaart.clusters;
