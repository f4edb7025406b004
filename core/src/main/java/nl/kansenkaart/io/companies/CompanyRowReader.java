package nl.kansenkaart.io.companies;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.codes.SbiCode;
import nl.kansenkaart.geo.Geocoder;
import nl.kansenkaart.geo.NlCoordinates;
import nl.kansenkaart.geo.Postcodes;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.io.tabular.NumberCells;
import nl.kansenkaart.io.tabular.TableRow;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;

/**
 * Turns one register row into a {@link Company}, or says in one line why it cannot
 * (docs/import-policy-companies.md). Locating never rejects: coordinates that are missing or
 * outside the Netherlands fall back to the postcode, and a company no table can place is kept as
 * not located.
 */
final class CompanyRowReader {

    /** A row's result: a company, or the column and reason of its rejection. */
    record Outcome(Company company, String column, String reason) {
        static Outcome rejected(String column, String reason) {
            return new Outcome(null, column, reason);
        }
    }

    /** Attribute recording coordinates that were given but could not be used. */
    static final String IGNORED_COORDINATES = "coordinates_ignored";

    private final CompanyColumns cols;
    private final String source;
    private final Geocoder geocoder;
    private final MunicipalityFinder municipalities;
    private final RdNew rd = new RdNew();

    CompanyRowReader(CompanyColumns cols, String source, Geocoder geocoder, MunicipalityFinder municipalities) {
        this.cols = cols;
        this.source = source;
        this.geocoder = geocoder;
        this.municipalities = municipalities;
    }

    Outcome read(TableRow row) {
        if (row.problem() != null) return Outcome.rejected("", row.problem());
        String name = cell(row, cols.name);
        if (name == null) return Outcome.rejected(header(cols.name), "no company name");
        String sbiText = cell(row, cols.sbi);
        if (sbiText == null) return Outcome.rejected(header(cols.sbi), "no SBI code");
        SbiCode sbi;
        try {
            sbi = SbiCell.parse(sbiText, row.isNumericCell(cols.sbi));
        } catch (IllegalArgumentException e) {
            return Outcome.rejected(header(cols.sbi), e.getMessage());
        }
        Integer jobs = null;
        String jobsClass = null;
        String jobsText = cell(row, cols.jobs);
        String classText = cell(row, cols.jobsClass);
        try {
            // an exact count wins; a jobs column may also hold a class, a class column a bare number
            JobsCell.Jobs j = jobsText != null ? JobsCell.parse(jobsText, row.isNumericCell(cols.jobs))
                    : classText != null ? JobsCell.parse(classText, row.isNumericCell(cols.jobsClass)) : null;
            if (j != null) {
                jobs = j.jobs();
                jobsClass = j.jobsClass();
            }
        } catch (IllegalArgumentException e) {
            return Outcome.rejected(header(jobsText != null ? cols.jobs : cols.jobsClass), e.getMessage());
        }
        Double value = null;
        String valueText = cell(row, cols.turnover);
        if (valueText != null) {
            BigDecimal v = NumberCells.parse(valueText, row.isNumericCell(cols.turnover), true);
            if (v == null) return Outcome.rejected(header(cols.turnover), "turnover '" + valueText + "' is not a number");
            if (v.signum() < 0) return Outcome.rejected(header(cols.turnover), "negative turnover " + valueText);
            value = v.doubleValue();
        }
        Address address = address(row);
        Map<String, String> attributes = attributes(row);
        Location location = located(row, address, attributes);
        String municipality = location.isLocated() ? municipalities.codeAt(location.x(), location.y()) : null;
        return new Outcome(new Company(ref(row, name, address), name, sbi.digits(), jobs, jobsClass, value, address, location,
                municipality, source, attributes), null, null);
    }

    private Address address(TableRow row) {
        String street = cell(row, cols.street);
        String number = cell(row, cols.houseNumber);
        if (street == null && cols.address >= 0 && cell(row, cols.address) != null) {
            String[] s = AddressCell.split(cell(row, cols.address));
            street = s[0];
            if (number == null) number = s[1];
        }
        String addition = cell(row, cols.houseAddition);
        if (number != null && addition != null) number = number + (Character.isDigit(addition.charAt(0)) ? "-" : "") + addition;
        String raw = cell(row, cols.postcode);
        String pc = Postcodes.normalise(raw);
        return new Address(street, number, pc != null ? pc : raw, cell(row, cols.town));
    }

    /** Coordinates when given and inside the Netherlands, else the geocoder (project table, then PC4). */
    private Location located(TableRow row, Address address, Map<String, String> attributes) {
        int a = cols.lon >= 0 && cols.lat >= 0 ? cols.lon : cols.x;
        int b = cols.lon >= 0 && cols.lat >= 0 ? cols.lat : cols.y;
        String ta = cell(row, a), tb = cell(row, b);
        if (ta != null || tb != null) {
            BigDecimal va = ta == null ? null : NumberCells.parse(ta, row.isNumericCell(a), false);
            BigDecimal vb = tb == null ? null : NumberCells.parse(tb, row.isNumericCell(b), false);
            NlCoordinates.Point p = va == null || vb == null ? null : NlCoordinates.toRd(va.doubleValue(), vb.doubleValue(), rd);
            if (p != null) return Location.rd(p.x(), p.y(), LocationPrecision.COORDINATES);
            attributes.put(IGNORED_COORDINATES, header(a) + "=" + (ta == null ? "" : ta) + ", " + header(b) + "="
                    + (tb == null ? "" : tb) + " (not a point in the Netherlands)");
        }
        return geocoder.locate(address);
    }

    /** The register's id; else KvK number plus address; else a hash of name and address, stable across re-imports. */
    private String ref(TableRow row, String name, Address a) {
        String id = cell(row, cols.ref);
        if (id != null) return id;
        String kvk = cell(row, cols.kvk);
        String where = (a.postcode() == null ? "" : a.postcode()) + "-" + (a.houseNumber() == null ? "" : a.houseNumber());
        if (kvk != null) return "KVK" + kvk + "-" + where;
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest((name.toLowerCase(Locale.ROOT) + "|" + where)
                    .getBytes(StandardCharsets.UTF_8));
            return "GEN-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> attributes(TableRow row) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i : cols.attributes) {
            String v = cell(row, i);
            if (v != null) out.put(cols.matcher.header(i), v);
        }
        String kvk = cell(row, cols.kvk);
        if (kvk != null) out.put(cols.matcher.header(cols.kvk), kvk);
        return out;
    }

    String header(int i) {
        return i < 0 ? "" : cols.matcher.header(i);
    }

    private static String cell(TableRow row, int i) {
        if (i < 0) return null;
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }
}
