package nl.kansenkaart.io.companies;

import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.io.tabular.ColumnMatcher;

/**
 * Which column of a company register holds what, found by Dutch and English header synonyms
 * (KvK, LISA and home-made exports). -1 means the column is absent. Synonyms are normalised
 * header keys (lower case, letters and digits only), most specific first.
 */
final class CompanyColumns {

    static final String[] REF = {"id", "ref", "referentie", "vestigingsnummer", "vestigingsnr", "kvkvestigingsnummer",
        "establishmentnumber", "establishmentid", "lisanummer", "lisaid", "lisanr"};
    static final String[] KVK = {"kvknummer", "kvknr", "kvk", "kvkno", "dossiernummer", "kamervankoophandelnummer",
        "chamberofcommercenumber", "cocnumber"};
    static final String[] NAME = {"naam", "bedrijfsnaam", "handelsnaam", "vestigingsnaam", "statutairenaam", "name",
        "companyname", "businessname", "tradename", "organisatie", "organisatienaam", "bedrijf"};
    static final String[] SBI = {"sbi", "sbicode", "sbi2008", "sbi2008code", "sbihoofdactiviteit", "hoofdsbi", "sbiactiviteit",
        "hoofdactiviteit", "activiteitcode", "activiteit", "sbicodehoofdactiviteit", "nace", "nacecode", "naceactivity"};
    static final String[] JOBS = {"werkzamepersonen", "aantalwerkzamepersonen", "werkzamepersonentotaal", "wptotaal", "wp",
        "banen", "aantalbanen", "jobs", "employees", "numberofemployees", "aantalmedewerkers", "medewerkers",
        "aantalwerknemers", "werknemers", "personeel", "staff", "headcount"};
    static final String[] JOBS_CLASS = {"klassewerkzamepersonen", "werkzamepersonenklasse", "klassewp", "wpklasse",
        "grootteklasse", "sizeclass", "employeeclass", "employeesclass", "klasse"};
    static final String[] TURNOVER = {"omzet", "omzeteur", "omzetineuro", "jaaromzet", "turnover", "turnovereur", "revenue",
        "toegevoegdewaarde", "economischewaarde", "economicvalue", "economicvalueeur", "value"};
    static final String[] STREET = {"straat", "straatnaam", "street", "streetname", "vestigingsstraat", "adresstraat"};
    static final String[] HOUSE_NUMBER = {"huisnummer", "huisnr", "nummer", "nr", "housenumber", "number", "huisnummervestiging"};
    static final String[] HOUSE_ADDITION = {"huisnummertoevoeging", "toevoeging", "huisletter", "addition", "housenumberaddition"};
    static final String[] ADDRESS = {"adres", "vestigingsadres", "bezoekadres", "address", "streetaddress"};
    static final String[] POSTCODE = {"postcode", "postcodevestiging", "vestigingspostcode", "pc6", "pc", "zipcode", "zip",
        "postalcode"};
    static final String[] TOWN = {"plaats", "woonplaats", "vestigingsplaats", "plaatsnaam", "city", "town", "place"};
    static final String[] X = {"x", "xrd", "rdx", "xcoord", "xcoordinaat", "xcoördinaat", "coordx", "xcoordinate", "rdxcoordinaat"};
    static final String[] Y = {"y", "yrd", "rdy", "ycoord", "ycoordinaat", "ycoördinaat", "coordy", "ycoordinate", "rdycoordinaat"};
    static final String[] LAT = {"lat", "latitude", "breedtegraad", "wgs84lat", "latwgs84"};
    static final String[] LON = {"lon", "lng", "long", "longitude", "lengtegraad", "wgs84lon", "lonwgs84"};

    final int ref, kvk, name, sbi, jobs, jobsClass, turnover, street, houseNumber, houseAddition, address, postcode, town,
            x, y, lat, lon;
    final List<Integer> attributes;
    final ColumnMatcher matcher;

    CompanyColumns(String[] header) {
        matcher = new ColumnMatcher(header);
        ref = matcher.find(REF);
        kvk = matcher.find(KVK);
        name = matcher.find(NAME);
        sbi = matcher.find(SBI);
        jobsClass = matcher.find(JOBS_CLASS);
        jobs = matcher.find(JOBS);
        turnover = matcher.find(TURNOVER);
        street = matcher.find(STREET);
        houseAddition = matcher.find(HOUSE_ADDITION);
        houseNumber = matcher.find(HOUSE_NUMBER);
        address = street < 0 ? matcher.find(ADDRESS) : -1;
        postcode = matcher.find(POSTCODE);
        town = matcher.find(TOWN);
        lat = matcher.find(LAT);
        lon = matcher.find(LON);
        x = matcher.find(X);
        y = matcher.find(Y);
        attributes = matcher.unused();
    }

    boolean hasCoordinates() {
        return (x >= 0 && y >= 0) || (lat >= 0 && lon >= 0);
    }

    /** What is missing for a register to be usable; empty when nothing is. */
    List<String> missing() {
        List<String> out = new ArrayList<>();
        if (name < 0) out.add("company name (naam, bedrijfsnaam, handelsnaam, name, ...)");
        if (sbi < 0) out.add("SBI code (sbi, sbi-code, sbi_2008, hoofdactiviteit, ...)");
        if (postcode < 0 && !hasCoordinates()) out.add("postcode or coordinates (postcode; or x and y; or lat and lon)");
        return out;
    }
}
