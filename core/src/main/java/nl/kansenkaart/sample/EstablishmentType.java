package nl.kansenkaart.sample;

import java.util.List;
import java.util.Map;

/**
 * One kind of synthetic establishment from {@code establishment_types.csv}: how many, which SBI
 * codes, where, how large.
 *
 * @param streamType   the key its waste streams are listed under in {@code waste_streams.csv}
 * @param sbi          SBI codes (digits) by weight
 * @param sbiJobs      a jobs range for particular SBI codes (hospitals are larger than GP practices)
 * @param jobsPerHa    with {@code areaHaTotal}: jobs follow the greenhouse area
 * @param areaHaTotal  total greenhouse area the establishments of this kind share, or null
 */
record EstablishmentType(String type, String streamType, String label, int count, Weighted<String> sbi,
                         Map<String, Range> sbiJobs, Weighted<String> towns, Range jobs, Range jobsPerHa,
                         Double areaHaTotal, double turnoverShare, Range turnoverKeurPerJob, List<String> streets) {

    Range jobsFor(String sbiCode) {
        return sbiJobs.getOrDefault(sbiCode, jobs);
    }
}
