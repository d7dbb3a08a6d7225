package org.rfsweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void lineShowsDoneTotalFailuresRateAndEta() {
        assertEquals("[s] 50/200 trials (25.0%), 2 failed, 2.50 trials/s, elapsed 0:20, ETA 1:00",
                Progress.line("s", 50, 200, 2, 20));
        assertEquals("[s] 0/10 trials (0.0%), 0 failed, 0.00 trials/s, elapsed 0:03, ETA --:--",
                Progress.line("s", 0, 10, 0, 3));
        assertEquals("[s] 0/0 trials (100.0%), 0 failed, 0.00 trials/s, elapsed 0:00, ETA --:--",
                Progress.line("s", 0, 0, 0, 0));
    }

    @Test
    void clockFormatsMinutesAndHours() {
        assertEquals("0:00", Progress.clock(0.4));
        assertEquals("1:05", Progress.clock(65));
        assertEquals("2:00:01", Progress.clock(7201));
    }

    @Test
    void overheadIsCapacityBeyondKernelTime() {
        RunReport r = new RunReport(10, 10, 10, 0, 0, 19, 19.5, 10, 2, null);
        assertEquals((2 * 10 - 19) / 19.0, r.overhead(), 1e-15);
    }
}
