package org.rfsweep.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The TCP sockets processes listen on, from /proc (Linux): the inodes of each process's socket
 * descriptors, matched against /proc/net/tcp and tcp6 entries in state LISTEN (0A).
 */
final class LoopbackSockets {
    private static final String LISTEN = "0A";
    private static final Set<String> LOOPBACK = Set.of(
            "0100007F", // 127.0.0.1 (little-endian hex)
            "0000000000000000FFFF00000100007F", // ::ffff:127.0.0.1
            "00000000000000000000000001000000"); // ::1

    private LoopbackSockets() {
    }

    /** A listening socket: its local address as /proc prints it (hex) and its port. */
    record Listener(String hexAddress, int port) {
        boolean loopback() {
            return LOOPBACK.contains(hexAddress.toUpperCase(Locale.ROOT));
        }
    }

    /** Every listening TCP socket held by {@code pids}. */
    static List<Listener> listeners(List<Long> pids) throws IOException {
        Set<String> inodes = new HashSet<>();
        for (long pid : pids) {
            inodes.addAll(socketInodes(pid));
        }
        List<Listener> found = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table), StandardCharsets.US_ASCII);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals(LISTEN) && inodes.contains(f[9])) {
                    String[] local = f[1].split(":");
                    found.add(new Listener(local[0], Integer.parseInt(local[1], 16)));
                }
            }
        }
        return found;
    }

    private static Set<String> socketInodes(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        Path fds = Path.of("/proc", Long.toString(pid), "fd");
        if (!Files.isDirectory(fds)) {
            return inodes;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(fds)) {
            for (Path fd : ds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed while listing: no longer a listener
                }
            }
        }
        return inodes;
    }
}
