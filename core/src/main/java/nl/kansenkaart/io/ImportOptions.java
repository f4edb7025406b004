package nl.kansenkaart.io;

/**
 * Choices for one import.
 *
 * @param replaceEarlier if the same file (by content hash) was imported before, remove that
 *                       import's rows and import again
 * @param allowDuplicate import a file again although it was imported before (doubles its figures)
 * @param layerName      for boundaries: the layer to import into, or null to decide from the data
 */
public record ImportOptions(boolean replaceEarlier, boolean allowDuplicate, String layerName) {

    public static final ImportOptions DEFAULT = new ImportOptions(false, false, null);
}
