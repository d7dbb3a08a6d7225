package org.rfsweep.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an output root given as a path or a URI. A plain path and a {@code file:} URI name a
 * local (or shared POSIX) directory. A Hadoop filesystem URI ({@code hdfs://}, {@code s3a://},
 * {@code gs://}, {@code abfs://}, ...) is refused before anything is created, with one message: the
 * commit protocol needs no rename (so such roots are possible), but this version's data layer still
 * writes through {@code java.nio} only. Without this check {@code --out s3a://bucket/x} would quietly
 * become a local directory named {@code s3a:}.
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
        if (HADOOP.contains(scheme)) {
            throw new TypeConversionException("'" + value + "': output roots on " + scheme + ":// are not supported "
                    + "yet (this version writes the tables through the local filesystem only); give a local or "
                    + "shared POSIX directory, e.g. --out results");
        }
        throw new TypeConversionException("'" + value + "': unknown filesystem scheme '" + scheme + ":'; give a "
                + "directory path or a file:/// URI (a directory whose name has a colon: ./" + value + ")");
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
