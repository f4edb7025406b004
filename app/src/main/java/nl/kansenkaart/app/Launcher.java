package nl.kansenkaart.app;

import nl.kansenkaart.cli.KansenkaartCli;

/**
 * Entry point of the product. A plain class (not a JavaFX Application) so the jar runs from the
 * class path. Commands go to the headless CLI in core.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        KansenkaartCli.main(args);
    }
}
