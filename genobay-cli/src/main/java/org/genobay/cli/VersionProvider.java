package org.genobay.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code genobay --version}: the project version (filtered into a resource at build time) and the JVM. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "genobay " + projectVersion(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    static String projectVersion() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the version resource", e);
        }
        return properties.getProperty("version", "unknown");
    }
}
