package nl.kansenkaart.io;

import nl.kansenkaart.KansenkaartException;

/** Thrown by an importer when the user cancelled; the project is left unchanged. */
public class ImportCancelledException extends KansenkaartException {

    public ImportCancelledException(String source) {
        super("import of " + source + " cancelled; the project is unchanged");
    }
}
