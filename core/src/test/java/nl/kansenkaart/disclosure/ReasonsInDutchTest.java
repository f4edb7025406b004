package nl.kansenkaart.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reasons as disclosure control writes them come out in Dutch; anything unknown passes unchanged. */
class ReasonsInDutchTest {

    private final DisclosureControl control = new DisclosureControl(DisclosurePolicy.DEFAULT);

    @Test
    void theRulesOwnReasonsAreTranslated() {
        String few = control.disclose(Map.of("A", 1.0, "B", 2.0)).suppressionReason();
        String dominant = control.disclose(Map.of("A", 90.0, "B", 5.0, "C", 5.0)).suppressionReason();
        String own = control.discloseOwn("A", 4.0).suppressionReason();
        assertThat(ReasonsInDutch.of(few)).isEqualTo("minder dan 3 bedrijven");
        assertThat(ReasonsInDutch.of(dominant)).isEqualTo("één bedrijf maakt meer dan 50% van het cijfer uit");
        assertThat(ReasonsInDutch.of(own)).isEqualTo("cijfer van één bedrijf, zonder diens toestemming");
    }

    @Test
    void namesInsideAReasonAreKeptAndUnknownReasonsPassUnchanged() {
        assertThat(ReasonsInDutch.of("computed from a withheld figure (tonne_km)")).isEqualTo("berekend uit een afgeschermd cijfer (tonne_km)");
        assertThat(ReasonsInDutch.of("secondary: would reveal basis|regional_t by subtraction"))
                .isEqualTo("secundair: anders door aftrekken af te leiden: basis|regional_t");
        assertThat(ReasonsInDutch.of("a reason added later")).isEqualTo("a reason added later");
        assertThat(ReasonsInDutch.of(null)).isNull();
    }
}
