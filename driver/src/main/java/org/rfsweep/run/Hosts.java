package org.rfsweep.run;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The local host's name, as recorded in rows and lock files. */
public final class Hosts {
    private static final String LOCAL = resolve();

    private Hosts() {
    }

    public static String localName() {
        return LOCAL;
    }

    private static String resolve() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
