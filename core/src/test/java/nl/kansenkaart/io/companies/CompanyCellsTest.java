package nl.kansenkaart.io.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CompanyCellsTest {

    @Test
    void countsAndSizeClassesAsRegistersWriteThem() {
        assertThat(JobsCell.parse("12", false)).isEqualTo(new JobsCell.Jobs(12, null));
        assertThat(JobsCell.parse("12.0", true)).isEqualTo(new JobsCell.Jobs(12, null));
        assertThat(JobsCell.parse("1.250", false)).isEqualTo(new JobsCell.Jobs(1250, null));
        assertThat(JobsCell.parse("10-19", false)).isEqualTo(new JobsCell.Jobs(15, "10-19"));
        assertThat(JobsCell.parse("10 t/m 19", false)).isEqualTo(new JobsCell.Jobs(15, "10 t/m 19"));
        assertThat(JobsCell.parse("2 tot en met 4", false)).isEqualTo(new JobsCell.Jobs(3, "2 tot en met 4"));
        assertThat(JobsCell.parse("≥ 100", false)).isEqualTo(new JobsCell.Jobs(100, "≥ 100"));
        assertThat(JobsCell.parse(">= 1000", false).jobs()).isEqualTo(1000);
        assertThat(JobsCell.parse("100+", false).jobs()).isEqualTo(100);
        assertThat(JobsCell.parse("500 of meer", false).jobs()).isEqualTo(500);
        assertThatThrownBy(() -> JobsCell.parse("-3", false)).hasMessage("negative number of jobs -3");
        assertThatThrownBy(() -> JobsCell.parse("19-10", false)).hasMessage("size class 19-10 runs backwards");
        assertThatThrownBy(() -> JobsCell.parse("veel", false)).hasMessageContaining("neither a number of jobs nor a size class");
    }

    @Test
    void sbiCodesWithDescriptionsAndWithoutTheirLeadingZero() {
        assertThat(SbiCell.parse("01.13.2 Teelt van groenten onder glas", false).digits()).isEqualTo("01132");
        assertThat(SbiCell.parse("4120 - Algemene burgerlijke en utiliteitsbouw", false).digits()).isEqualTo("4120");
        assertThat(SbiCell.parse("1132", true).digits()).isEqualTo("01132");
        assertThatThrownBy(() -> SbiCell.parse("F", false)).hasMessageContaining("only an SBI section");
        assertThatThrownBy(() -> SbiCell.parse("Bouw", false)).hasMessageContaining("not an SBI 2008 code");
    }

    @Test
    void oneColumnAddressesSplitIntoStreetAndNumber() {
        assertThat(AddressCell.split("Industrieweg 12 A")).containsExactly("Industrieweg", "12A");
        assertThat(AddressCell.split("Van Heuven Goedhartlaan 3-11")).containsExactly("Van Heuven Goedhartlaan", "3-11");
        assertThat(AddressCell.split("Plein 1940 5")).containsExactly("Plein 1940", "5");
        assertThat(AddressCell.split("Dorpsstraat")).containsExactly("Dorpsstraat", null);
    }
}
