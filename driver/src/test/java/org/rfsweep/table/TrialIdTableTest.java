package org.rfsweep.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The compact id table answers exactly as a HashMap of the same ids would. */
class TrialIdTableTest {
    @Test
    void idsSharingTheirFirst64BitsAreKeptApartAndARepeatedIdKeepsItsLastValue() {
        TrialIdTable t = new TrialIdTable.Builder()
                .put("0123456789abcdef0001", 1)
                .put("0123456789abcdef0002", 2)
                .put("0123456789abcdef0001", 3)
                .put("not-a-trial-id", 4)
                .build();
        assertEquals(3, t.size());
        assertEquals(3, t.get("0123456789abcdef0001", -1));
        assertEquals(2, t.get("0123456789abcdef0002", -1));
        assertEquals(-1, t.get("0123456789abcdef0003", -1));
        assertEquals(4, t.get("not-a-trial-id", -1));
        assertFalse(t.contains("0123456789abcdef000"), "a prefix is another id");
    }

    @Test
    void agreesWithAHashMapOnManyRandomIds() {
        SplittableRandom rng = new SplittableRandom(15);
        Map<String, Integer> expected = new HashMap<>();
        TrialIdTable.Builder b = new TrialIdTable.Builder();
        for (int i = 0; i < 50_000; i++) {
            // few distinct high words, so that runs of equal high words occur
            String id = String.format(java.util.Locale.ROOT, "%016x%04x", rng.nextInt(3000), rng.nextInt(1 << 16));
            expected.put(id, i);
            b.put(id, i);
        }
        TrialIdTable t = b.build();
        assertEquals(expected.size(), t.size());
        expected.forEach((id, v) -> assertEquals(v, t.get(id, -1), id));
        for (int i = 0; i < 10_000; i++) {
            String id = String.format(java.util.Locale.ROOT, "%016x%04x", rng.nextInt(3000), rng.nextInt(1 << 16));
            assertEquals(expected.getOrDefault(id, -1), t.get(id, -1), id);
        }
    }
}
