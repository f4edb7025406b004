package nl.kansenkaart.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.Location;
import org.junit.jupiter.api.Test;

class CompanyBasisTest {

    private static Company withAttributes(Map<String, String> attrs) {
        return new Company("K", "Kwekerij", "0113", 20, null, null, Address.EMPTY, Location.NONE, null, "t", attrs);
    }

    @Test
    void glassAreaInHectaresCountsAsSquareMetres() {
        assertThat(CompanyBasis.quantity(withAttributes(Map.of("kasoppervlak_ha", "4,5")), KeyFigureBasis.GLASS_M2, 0).getAsDouble())
                .isEqualTo(45_000.0);
        assertThat(CompanyBasis.quantity(withAttributes(Map.of("glass_m2", "30000")), KeyFigureBasis.GLASS_M2, 0).getAsDouble())
                .isEqualTo(30_000.0);
        assertThat(CompanyBasis.quantity(withAttributes(Map.of("kasoppervlak_ha", "geen")), KeyFigureBasis.GLASS_M2, 0)).isEmpty();
    }

    @Test
    void designCapacityFromTheSampleColumn() {
        assertThat(CompanyBasis.quantity(withAttributes(Map.of("capaciteit_ie", "65790")), KeyFigureBasis.CAPACITY_PE, 0).getAsDouble())
                .isEqualTo(65_790.0);
    }
}
