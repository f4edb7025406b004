package nl.kansenkaart.resources;

import java.util.List;
import java.util.Set;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.resources.LmaLinks.Linked;

/**
 * The material balance of a cluster per year: what goes in (raw materials), what comes out
 * (residues and by-products), how the measured residues are processed today (by R-ladder level),
 * and the data quality behind it (001:1745-1773).
 *
 * @param inputsMeasuredT      waste received for processing (LMA)
 * @param inputsEstimatedT     raw-material demand from key figures (tonnes only)
 * @param byproductsT          by-products in tonnes (struvite, CO2)
 * @param routeCollectedT      waste collected from others by route collection: throughput, kept apart
 * @param recycledT            measured residues processed at R0-R8 (material use)
 * @param energyRecoveryT      measured residues processed at R9 (energy recovery)
 * @param disposalT            measured residues landfilled or burnt without energy recovery
 * @param unknownRouteT        measured residues stored or transferred, or with an unknown method
 * @param routeNotKnownT       estimated residues: today's processing is not known
 * @param measuredShare        measured share of all tonnes in the balance; null without tonnes
 * @param preciseShare         establishments located by coordinates, address or PC6
 * @param pc4Share             establishments located by PC4 only
 * @param lmaPreciseShare      LMA records of the cluster whose origin was located finer than PC4; null without records
 */
public record MaterialBalance(String clusterId, String name, int establishments, double inputsMeasuredT,
                              double inputsEstimatedT, double residuesMeasuredT, double residuesEstimatedT, double byproductsT,
                              double heatSupplyGj, double heatDemandGj, double routeCollectedT, double recycledT,
                              double energyRecoveryT, double disposalT, double unknownRouteT, double routeNotKnownT,
                              Double measuredShare, double preciseShare, double pc4Share, long lmaRecords,
                              Double lmaPreciseShare) {

    public static MaterialBalance of(String clusterId, String name, List<Company> members, List<ClusterMaterialRow> rows,
                                     LmaLinks links) {
        double inM = 0, inE = 0, resM = 0, resE = 0, by = 0, heatS = 0, heatD = 0, route = 0;
        double rec = 0, energy = 0, disp = 0, unknown = 0, notKnown = 0, measured = 0, total = 0;
        for (ClusterMaterialRow r : rows) {
            boolean m = r.quality() == DataQuality.MEASURED;
            double t = r.tonnes();
            switch (r.role()) {
                case INTAKE -> inM += t;
                case DEMAND -> {
                    if (r.unit() == QuantityUnit.GJ) heatD += r.amount();
                    else if (m) inM += t;
                    else inE += t;
                }
                case RESIDUE -> {
                    if (m) {
                        resM += t;
                        RLevel level = r.rLevel() == null ? RLevel.UNKNOWN : r.rLevel();
                        if (level == RLevel.R9) energy += t;
                        else if (level.isOnLadder()) rec += t;
                        else if (level == RLevel.DISPOSAL) disp += t;
                        else unknown += t;
                    } else {
                        resE += t;
                        notKnown += t;
                    }
                }
                case BYPRODUCT -> {
                    if (r.unit() == QuantityUnit.GJ) heatS += r.amount();
                    else by += t;
                }
                case ROUTE_COLLECTED -> route += t;
            }
            if (r.role() != FlowRole.ROUTE_COLLECTED) {
                total += t;
                if (m) measured += t;
            }
        }
        int precise = 0, pc4 = 0;
        for (Company c : members) {
            if (c.location().precision().isPrecise()) precise++;
            else if (c.location().precision() == LocationPrecision.PC4) pc4++;
        }
        Set<String> refs = new java.util.HashSet<>();
        for (Company c : members) refs.add(c.ref());
        long records = 0, preciseRecords = 0;
        for (Linked l : links.all()) {
            boolean mine = (l.ontdoener() != null && refs.contains(l.ontdoener().company().ref()))
                    || (l.processor() != null && refs.contains(l.processor().company().ref()));
            if (!mine) continue;
            records += l.stream().records();
            if (l.stream().precision().isPrecise()) preciseRecords += l.stream().records();
        }
        int n = members.size();
        return new MaterialBalance(clusterId, name, n, inM, inE, resM, resE, by, heatS, heatD, route, rec, energy, disp, unknown,
                notKnown, total > 0 ? measured / total : null, n == 0 ? 0 : (double) precise / n, n == 0 ? 0 : (double) pc4 / n,
                records, records == 0 ? null : (double) preciseRecords / records);
    }
}
