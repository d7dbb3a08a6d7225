package org.rfsweep.analysis.conv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;

class ScratchTest {
    @Test
    void scratch() {
        Kernel k = new ConvNetKernel();
        String[] cases = System.getProperty("cases", "").split(";");
        for (String c : cases) {
            Map<String, Object> raw = new HashMap<>(Map.of("size", 100, "xi", List.of(1.0, 3.0), "gain", 3.0,
                    "filter_width", 15, "time", 200.0, "test_size", 2000, "snapshots", 10, "evaluations", 5));
            for (String kv : c.split(",")) {
                if (kv.isBlank()) continue;
                String[] p = kv.split("=");
                Object v = p[1].matches("-?[0-9]+") ? (Object) Integer.valueOf(p[1]) : p[1].matches("[0-9.e-]+") ? (Object) Double.valueOf(p[1]) : p[1];
                if (p[0].equals("seed")) v = Long.valueOf(p[1]);
                raw.put(p[0], v);
            }
            long t0 = System.nanoTime();
            TrialResult r = k.run(TrialSpec.of(k, k.schema().resolve(raw)));
            System.out.printf("%s -> %.1fs %s %s%n", c, (System.nanoTime() - t0) / 1e9, r.status(), r.scalars());
            for (int i = 0; i < r.neurons().size(); i++) {
                double[] w = r.neurons().get(i).weights();
                StringBuilder sb = new StringBuilder();
                for (double x : w) sb.append(String.format("%.2f ", x));
                System.out.println("  filter " + i + " b=" + r.neurons().get(i).bias() + ": " + sb.substring(0, Math.min(sb.length(), 600)) + " ipr=" + r.neurons().get(i).ipr() + " loc=" + r.neurons().get(i).localised());
            }
        }
    }
}
