package org.rfsweep.run;

import java.util.Locale;

/**
 * The live progress line of a run: trials done / total, failures, throughput and ETA. Pure
 * formatting of counters, so it is tested without Spark.
 */
public final class Progress {
    private Progress() {
    }

    /**
     * @param done     trials finished in this run (any status)
     * @param total    trials this run will execute
     * @param failed   failed trials so far
     * @param seconds  elapsed seconds since the job started
     */
    public static String line(String sweep, long done, long total, long failed, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = done == 0 || rate == 0 ? "--:--" : clock((total - done) / rate);
        double pct = total == 0 ? 100 : 100.0 * done / total;
        return String.format(Locale.ROOT, "[%s] %d/%d trials (%.1f%%), %d failed, %.2f trials/s, elapsed %s, ETA %s",
                sweep, done, total, pct, failed, rate, clock(seconds), eta);
    }

    /** Seconds as {@code m:ss} or {@code h:mm:ss}. */
    public static String clock(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }
}
