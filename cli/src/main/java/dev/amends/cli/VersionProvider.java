package dev.amends.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Answers {@code amends --version} from the versions Maven wrote into {@code version.properties}. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties versions = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                versions.load(in);
            }
        }
        return new String[] {
                "amends " + versions.getProperty("amends.version", "(unknown version)"),
                "Drools " + versions.getProperty("drools.version", "(unknown version)")
                        + ", Java " + System.getProperty("java.version")
        };
    }
}
