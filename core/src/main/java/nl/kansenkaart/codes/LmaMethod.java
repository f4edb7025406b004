package nl.kansenkaart.codes;

/**
 * An LMA processing method (verwerkingsmethode, A01..G02) with its R-ladder level.
 *
 * @param groupCode     A bewaren .. G storten
 * @param icerRank      the geoFluxus/PBL ICER rank (A1 .. I2) as published
 * @param rLevel        the R-ladder level, see lma_method_rladder.csv for the reasoning
 * @param euOperation   nearest EU R/D operation, for reference
 */
public record LmaMethod(String code, String nameNl, String nameEn, String groupCode, String groupNl,
                        String groupEn, String icerRank, RLevel rLevel, String euOperation) {}
