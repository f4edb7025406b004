package nl.kansenkaart.cli;

import picocli.CommandLine;

/** Version from the jar manifest, or "development" when run from classes. */
public final class Version implements CommandLine.IVersionProvider {

    public static String text() {
        String v = Version.class.getPackage().getImplementationVersion();
        return "Kansenkaart " + (v == null ? "development build" : v);
    }

    @Override
    public String[] getVersion() {
        return new String[] {text()};
    }
}
