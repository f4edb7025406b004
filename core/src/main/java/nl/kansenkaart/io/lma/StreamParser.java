package nl.kansenkaart.io.lma;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kansenkaart.codes.Eural;
import nl.kansenkaart.geo.Postcodes;
import nl.kansenkaart.io.tabular.TableRow;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.Party;
import nl.kansenkaart.model.WasteStream;

/**
 * Turns a row of the LMA portal's stream export into a {@link WasteStream}, or rejects it. The
 * export has no quantities; a stream is located at its locatie van herkomst only (the LvB is
 * where it goes, not where it arises).
 */
final class StreamParser extends LmaRowParser {

    /** "1234 AB  AMSTERDAM" in the portal's LvB Postcode/Plaats cell. */
    private static final Pattern POSTCODE_TOWN = Pattern.compile("^(\\d{4}\\s*[A-Za-z]{2})\\b\\s*(.*)$");

    StreamParser(LmaHeader header, String sourceName, boolean dutch, LmaLocator locator) {
        super(header, sourceName, dutch, locator);
    }

    WasteStream parse(TableRow r) throws RowRejection {
        begin(r);
        String number = text(LmaField.STREAM_NUMBER);
        if (number.isEmpty()) throw new RowRejection(header.name(LmaField.STREAM_NUMBER), "afvalstroomnummer missing");
        Eural eural = eural();
        String method = methodCode();
        boolean route = flag(LmaField.ROUTE_COLLECTION);
        boolean scheme = flag(LmaField.COLLECTOR_SCHEME);
        boolean particulier = flag(LmaField.PRIVATE_ONTDOENER);
        Party origin = party(Role.HERKOMST);
        Party ontdoener = new Party(orNull(part(Role.ONTDOENER, PartyPart.NAME)), Address.EMPTY,
                orNull(part(Role.ONTDOENER, PartyPart.COUNTRY)));
        Location location = locator.locate(origin, Party.NONE);
        return new WasteStream(number, orNull(text(LmaField.PROCESSOR_NUMBER)),
                orNull(part(Role.VERWERKER, PartyPart.COMPANY_NUMBER)), processor(),
                orNull(part(Role.ONTDOENER, PartyPart.COMPANY_NUMBER)), ontdoener, particulier, origin,
                orNull(part(Role.HERKOMST, PartyPart.NEARBY)), eural.code(), eural.hazardous(),
                orNull(text(LmaField.WASTE_NAME)), method, methodKnown(method), route, scheme, location, sourceName,
                r.line(), extra());
    }

    /** The LvB: name, street (LvB Adres or a street column), postcode and town, split when in one cell. */
    private Party processor() {
        String street = part(Role.VERWERKER, PartyPart.ADDRESS_LINE);
        if (street.isEmpty()) street = part(Role.VERWERKER, PartyPart.STREET);
        String postcode = postcode(Role.VERWERKER, part(Role.VERWERKER, PartyPart.POSTCODE));
        String town = part(Role.VERWERKER, PartyPart.TOWN);
        String combined = part(Role.VERWERKER, PartyPart.POSTCODE_TOWN);
        if (!combined.isEmpty()) {
            Matcher m = POSTCODE_TOWN.matcher(combined);
            String pc = m.matches() ? Postcodes.normalise(m.group(1)) : null;
            if (pc != null) {
                if (postcode == null) postcode = pc;
                if (town.isEmpty()) town = m.group(2).trim();
            } else if (town.isEmpty()) {
                town = combined;
            }
        }
        String name = part(Role.VERWERKER, PartyPart.NAME);
        if (name.isEmpty() && street.isEmpty() && postcode == null && town.isEmpty()) return Party.NONE;
        return new Party(orNull(name), new Address(orNull(street), null, postcode, orNull(town)), null);
    }
}
