package nl.kansenkaart.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    private final DisclosureControl dc = new DisclosureControl(DisclosurePolicy.DEFAULT);

    @Test
    void fewerThanThreeCompaniesAreSuppressed() {
        Disclosed d = dc.disclose(Map.of("a", 10.0, "b", 12.0));
        assertThat(d.isSuppressed()).isTrue();
        assertThat(d.suppressionReason()).contains("fewer than 3");
        assertThat(d.value()).isNull();
    }

    @Test
    void aDominantCompanyIsProtected() {
        // 80 of 100 is one company: publishing 100 tells everyone roughly what it does.
        assertThat(dc.disclose(Map.of("big", 80.0, "b", 10.0, "c", 10.0)).isSuppressed()).isTrue();
        Disclosed ok = dc.disclose(Map.of("a", 40.0, "b", 30.0, "c", 30.0));
        assertThat(ok.value()).isEqualTo(100.0);
        assertThat(ok.contributors()).isEqualTo(3);
    }

    @Test
    void consentLiftsTheRulesForThatCompanyOnly() {
        DisclosureControl withConsent = new DisclosureControl(new DisclosurePolicy(3, 0.5, Set.of("big"), false));
        assertThat(withConsent.disclose(Map.of("big", 80.0, "b", 10.0, "c", 10.0)).value()).isEqualTo(100.0);
        assertThat(withConsent.discloseOwn("big", 80).value()).isEqualTo(80.0);
        assertThat(withConsent.discloseOwn("b", 10).isSuppressed()).isTrue();
        assertThat(withConsent.disclose(Map.of("big", 50.0)).value()).isEqualTo(50.0);
        // a single non-consenting partner next to a consenting one is still protected
        assertThat(withConsent.disclose(Map.of("big", 50.0, "b", 5.0)).isSuppressed()).isTrue();
    }

    @Test
    void theAnalystCanAllowEverything() {
        DisclosureControl all = new DisclosureControl(new DisclosurePolicy(3, 0.5, Set.of(), true));
        assertThat(all.discloseOwn("x", 7).value()).isEqualTo(7.0);
        assertThat(all.disclose(Map.of("x", 7.0)).value()).isEqualTo(7.0);
    }
}
