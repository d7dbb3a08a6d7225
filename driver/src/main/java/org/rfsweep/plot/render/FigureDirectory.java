package org.rfsweep.plot.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.rfsweep.table.FileTrees;

/**
 * Writes a command's files all or nothing: into a hidden staging directory beside the target,
 * then moved into place (the staging directory renamed when the target does not exist yet; into
 * an existing directory file by file, a staged subdirectory replacing the one of the same name).
 * A failure removes the staging directory, so no partial output is left behind.
 */
public final class FigureDirectory implements AutoCloseable {
    private final Path target;
    private final Path staging;

    public FigureDirectory(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.staging = Files.createDirectory(parent.resolve("." + this.target.getFileName() + ".partial-" + UUID.randomUUID()));
    }

    /** Where to write a file before {@link #commit}. */
    public Path staged(String fileName) {
        return staging.resolve(fileName);
    }

    public void writeAll(List<Figure> figures) throws IOException {
        writeAll(figures, "");
    }

    /** Draws and writes each figure into {@code subdir} ("" for the top level). */
    public void writeAll(List<Figure> figures, String subdir) throws IOException {
        Path dir = Files.createDirectories(staging.resolve(subdir));
        for (Figure f : figures) {
            Png.write(f.render().get(), dir.resolve(f.fileName()));
        }
    }

    public void writeText(String fileName, String text) throws IOException {
        Files.writeString(staged(fileName), text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Moves the staged files into the target directory. */
    public void commit() throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            if (!Files.isDirectory(target)) {
                throw new IOException(target + " exists and is not a directory");
            }
            try (var files = Files.list(staging)) {
                for (Path f : files.toList()) {
                    Path dest = target.resolve(f.getFileName());
                    if (Files.isDirectory(dest) && Files.isDirectory(f)) {
                        FileTrees.delete(dest); // a previous report's figures/: replaced whole, never mixed
                    }
                    Files.move(f, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public Path target() {
        return target;
    }

    @Override
    public void close() throws IOException {
        FileTrees.delete(staging); // after a commit only the empty staging directory, if any, is left
    }
}
