package org.rfsweep.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rfsweep.store.HadoopSettings;
import org.rfsweep.store.StorePaths;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an output root given as a path or a URI. A plain path and a {@code file:} URI name a
 * local (or shared POSIX) directory. A Hadoop filesystem URI ({@code hdfs://nn:8020/path},
 * {@code s3a://bucket/prefix}, {@code gs://}, {@code abfs://}, ...) is opened through Hadoop with
 * the run's settings ({@link HadoopSettings}: {@code spark.hadoop.*} properties and the site
 * files); a filesystem that cannot be opened (no connector for the scheme, an unreachable
 * NameNode, missing credentials) is refused here, before anything is created, with Hadoop's reason
 * in one line. An unknown scheme is refused too: without that check {@code --out s3:/bucket}
 * would quietly become a local directory named {@code s3:}.
 */
final class OutputRoot implements ITypeConverter<Path> {
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):.*", Pattern.DOTALL);
    private static final Set<String> HADOOP = Set.of("hdfs", "s3a", "s3", "s3n", "gs", "abfs", "abfss", "wasb",
            "wasbs", "adl", "viewfs", "webhdfs", "swebhdfs", "ofs", "o3fs", "oss", "cosn", "har", "ftp", "sftp");

    @Override
    public Path convert(String value) {
        Matcher m = SCHEME.matcher(value);
        if (!m.matches()) {
            return Path.of(value);
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            return fileUri(value);
        }
        if (StorePaths.HADOOP_SCHEMES.contains(scheme) && value.startsWith(m.group(1) + "://")) {
            return hadoop(value, scheme);
        }
        if (HADOOP.contains(scheme)) {
            throw new TypeConversionException("'" + value + "': " + scheme + ": is not a filesystem rfsweep writes "
                    + "to; give a directory, a file:/// URI or one of " + new TreeSet<>(StorePaths.HADOOP_SCHEMES)
                    .stream().map(x -> x + "://").toList() + (scheme.equals("s3") || scheme.equals("s3n")
                    ? " (for S3: s3a://bucket/prefix)" : ""));
        }
        throw new TypeConversionException("'" + value + "': unknown filesystem scheme '" + scheme + ":'; give a "
                + "directory path or a file:/// URI (a directory whose name has a colon: ./" + value + ")");
    }

    private static Path hadoop(String value, String scheme) {
        try {
            Path root = StorePaths.of(value, HadoopSettings.fromSystemProperties());
            try { // one request now, so an unreachable NameNode or refused credentials are named before anything runs
                Files.readAttributes(root, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                // a root that does not exist yet: run creates it
            }
            return root;
        } catch (IOException | RuntimeException e) {
            String why = FailureCause.describe(e);
            String hint = why.contains("ClassNotFoundException") || why.contains("No FileSystem for scheme")
                    ? "; its Hadoop connector is not on the classpath (" + connector(scheme) + ")" : "";
            throw new TypeConversionException("'" + value + "': cannot open the " + scheme + " filesystem: " + why
                    + hint);
        }
    }

    /** Where the connector of {@code scheme} comes from. */
    private static String connector(String scheme) {
        String jar = switch (scheme) {
            case "s3a" -> "org.apache.hadoop:hadoop-aws:3.4.2";
            case "abfs", "abfss", "wasb", "wasbs" -> "org.apache.hadoop:hadoop-azure:3.4.2";
            case "gs" -> "com.google.cloud.bigdataoss:gcs-connector (hadoop3)";
            default -> "the " + scheme + " connector for Hadoop 3.4";
        };
        return jar + ": spark-submit --packages, or RFSWEEP_CLASSPATH=<jars> ./rfsweep";
    }

    private static Path fileUri(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getAuthority() != null && !uri.getAuthority().equals("localhost")) {
                throw new TypeConversionException("'" + value + "': a file: URI names a local path; write file:///path "
                        + "(host '" + uri.getAuthority() + "' is not this machine's filesystem)");
            }
            return Path.of(new URI("file", null, uri.getPath(), null));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "': not a valid file: URI (" + e.getMessage()
                    + "); write file:///absolute/path");
        }
    }
}
