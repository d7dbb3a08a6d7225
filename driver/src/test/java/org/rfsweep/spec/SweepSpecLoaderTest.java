package org.rfsweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;

class SweepSpecLoaderTest {

    private static SweepSpec load(String name) throws InvalidSpecException {
        return SweepSpecLoader.load(SpecFiles.valid(name), SweepSpecLoader.DEFAULT_MAX_TRIALS);
    }

    private static List<TrialSpec> expand(SweepSpec spec) {
        List<TrialSpec> trials = new ArrayList<>();
        spec.trials().forEachRemaining(trials::add);
        return trials;
    }

    @Test
    void designExampleExpandsToTheCartesianProduct() throws InvalidSpecException {
        SweepSpec spec = load("gain-xi.yaml");
        assertEquals("gain-xi", spec.name());
        assertEquals("twolayer-test", spec.kernel().name());
        assertEquals("gain x xi phase diagram", spec.description());
        assertEquals(List.of("gain", "xi", "seed", "lr", "time"), spec.sweptParameters());
        assertEquals(5 * 2 * 4 * 2, spec.trialCount());
        List<TrialSpec> trials = expand(spec);
        assertEquals(80, trials.size());
        TrialSpec first = trials.get(0);
        assertEquals(0.01, first.params().getDouble("gain"));
        assertEquals(new DoublePair(1, 3), first.params().getPair("xi"));
        assertEquals(0L, first.params().getLong("seed"));
        assertEquals(0.05, first.params().getDouble("lr"));
        assertEquals(1000.0, first.params().getDouble("time"));
        assertEquals(400, first.params().getInt("size"));
        assertEquals(8, first.params().getInt("width"));
        // last axis fastest: the zip group (lr, time) advances first, then the seed
        assertEquals(0.1, trials.get(1).params().getDouble("lr"));
        assertEquals(500.0, trials.get(1).params().getDouble("time"));
        assertEquals(1L, trials.get(2).params().getLong("seed"));
        assertEquals(new DoublePair(3, 10), trials.get(8).params().getPair("xi"));
        assertEquals(0.3, trials.get(16).params().getDouble("gain"));
        TrialSpec last = trials.get(79);
        assertEquals(10.0, last.params().getDouble("gain"));
        assertEquals(3L, last.params().getLong("seed"));
        // untouched parameters take the schema's defaults
        assertEquals(TwoLayerSchema.PARAMS.find("jitter").orElseThrow().defaultValue(), last.params().get("jitter"));
        assertEquals("nlgp", last.params().getString("inputs"));
        assertEquals(80, trials.stream().map(TrialSpec::trialId).distinct().count());
    }

    @Test
    void generatorsExpandToExactDecimalValues() throws InvalidSpecException {
        List<TrialSpec> trials = expand(load("generators.yaml"));
        assertEquals(27, trials.size());
        List<Double> rates = new ArrayList<>();
        List<Integer> rounds = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        for (TrialSpec t : trials) {
            addNew(rates, t.params().getDouble("rate"));
            addNew(rounds, t.params().getInt("rounds"));
            addNew(seeds, t.params().getLong("seed"));
        }
        assertEquals(List.of(0.01, 0.1, 1.0), rates);
        assertEquals(List.of(1, 4, 7), rounds);
        assertEquals(List.of(0L, 5L, 10L), seeds);
    }

    private static <T> void addNew(List<T> list, T value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    @Test
    void aSpecWithoutAxesIsOneTrialAtTheDefaults() throws InvalidSpecException {
        SweepSpec spec = load("defaults.yaml");
        assertEquals(1, spec.trialCount());
        assertEquals(List.of(), spec.sweptParameters());
        assertEquals("", spec.description());
        List<TrialSpec> trials = expand(spec);
        assertEquals(1, trials.size());
        assertEquals(ToyKernel.SCHEMA.resolve(Map.of()), trials.get(0).params());
    }

    @Test
    void theSameSweepWrittenDifferentlyHasTheSameIdsAndHash() throws InvalidSpecException {
        SweepSpec a = load("fixed-order-a.yaml");
        SweepSpec b = load("fixed-order-b.yaml");
        assertNotEquals(a.sourceText(), b.sourceText());
        assertEquals(a.specHash(), b.specHash());
        assertEquals(ids(a), ids(b));
        assertEquals(64, a.specHash().length());
    }

    @Test
    void theHashChangesWithWhatRunsAndNotWithHowItIsWritten() throws InvalidSpecException {
        String base = "name: h\nkernel: toy\nfixed: {rounds: 5}\ngrid:\n  rate: [1, 2]\n  seed: [0, 1]\n";
        String hash = hash(base);
        assertEquals(hash, hash("# a comment\n" + base.replace(": ", ":   ") + "description: text\n"));
        assertEquals(hash, hash(base.replace("fixed: {rounds: 5}", "fixed: {rounds: 5, mode: fast}")),
                "writing a default out");
        assertNotEquals(hash, hash(base.replace("name: h", "name: h2")));
        assertNotEquals(hash, hash(base.replace("rounds: 5", "rounds: 6")));
        assertNotEquals(hash, hash(base.replace("[1, 2]", "[2, 1]")), "the trial order changes");
        assertNotEquals(hash, hash("name: h\nkernel: toy\nfixed: {rounds: 5}\ngrid:\n  seed: [0, 1]\n  rate: [1, 2]\n"));
    }

    private static String hash(String yaml) throws InvalidSpecException {
        return SweepSpecLoader.parse(yaml, "inline", 100).specHash();
    }

    @Test
    void aSharedTrialHasTheSameIdInTwoSweeps() throws InvalidSpecException {
        Map<String, String> a = idsByPoint(load("overlap-a.yaml"));
        Map<String, String> b = idsByPoint(load("overlap-b.yaml"));
        assertEquals(4, a.size());
        assertEquals(6, b.size());
        for (String point : List.of("rate=3.0;seed=0", "rate=3.0;seed=1")) {
            assertEquals(a.get(point), b.get(point), point);
        }
        assertNotEquals(a.get("rate=1.0;seed=0"), b.get("rate=10.0;seed=0"));
        assertNotEquals(load("overlap-a.yaml").specHash(), load("overlap-b.yaml").specHash());
    }

    private static Map<String, String> idsByPoint(SweepSpec spec) {
        Map<String, String> ids = new HashMap<>();
        for (TrialSpec t : expand(spec)) {
            ids.put("rate=" + t.params().getDouble("rate") + ";seed=" + t.params().getLong("seed"), t.trialId());
        }
        return ids;
    }

    private static List<String> ids(SweepSpec spec) {
        return expand(spec).stream().map(TrialSpec::trialId).toList();
    }

    @Test
    void zipGroupsAdvanceTogetherAndAxesFollowTheWrittenOrder() throws InvalidSpecException {
        SweepSpec spec = load("zip-first.yaml");
        assertEquals(List.of("rate", "rounds", "mode", "flag", "span"), spec.sweptParameters());
        List<TrialSpec> trials = expand(spec);
        assertEquals(3 * 2 * 2, trials.size());
        List<String> points = new ArrayList<>();
        for (TrialSpec t : trials.subList(0, 5)) {
            points.add(t.params().getDouble("rate") + "," + t.params().getInt("rounds") + ","
                    + t.params().getString("mode") + "," + t.params().getBoolean("flag") + ","
                    + t.params().getPair("span").first());
        }
        assertEquals(List.of("0.1,10,fast,true,1.0", "0.1,10,fast,true,2.0", "0.1,10,slow,false,1.0",
                "0.1,10,slow,false,2.0", "0.1,20,fast,true,1.0"), points);
    }

    @Test
    void zipMembersMayUseGeneratorsAndPairs() throws InvalidSpecException {
        SweepSpec spec = SweepSpecLoader.parse("name: z\nkernel: toy\nzip:\n"
                + "  - {seed: {range: [0, 3]}, span: [[1, 2], [1, 3], [1, 4]], rounds: {linspace: [10, 30, 3]}}\n",
                "inline", 100);
        List<TrialSpec> trials = expand(spec);
        assertEquals(3, trials.size());
        assertEquals(2L, trials.get(2).params().getLong("seed"));
        assertEquals(new DoublePair(1, 4), trials.get(2).params().getPair("span"));
        assertEquals(30, trials.get(2).params().getInt("rounds"));
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreFine() throws InvalidSpecException {
        SweepSpec spec = SweepSpecLoader.parse("\uFEFFname: w\r\nkernel: toy\r\ngrid:\r\n  rounds: [1, 2]\r\n",
                "inline", 100);
        assertEquals(2, spec.trialCount());
    }

    @Test
    void trialsCanBeExpandedAgainAndIdenticallyAndEndCleanly() throws InvalidSpecException {
        SweepSpec spec = load("gain-xi.yaml");
        assertEquals(ids(spec), ids(spec));
        Iterator<TrialSpec> it = load("defaults.yaml").trials();
        it.next();
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
    }

    @Test
    void theKernelVersionAndEveryValueEnterTheTrialId() throws InvalidSpecException {
        TrialSpec t = expand(load("defaults.yaml")).get(0);
        assertEquals(TrialSpec.trialIdOf("toy", "1", ToyKernel.SCHEMA.resolve(Map.of())), t.trialId());
        assertEquals("toy", t.kernel());
        assertEquals("1", t.kernelVersion());
    }

    @Test
    void parseTakesTextDirectly() throws InvalidSpecException {
        SweepSpec spec = SweepSpecLoader.parse("name: x\nkernel: toy\ngrid: {rounds: [1, 2]}\n", "inline", 10);
        assertEquals(2, spec.trialCount());
        assertEquals("name: x\nkernel: toy\ngrid: {rounds: [1, 2]}\n", spec.sourceText());
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> SweepSpecLoader.parse("name: x\nkernel: toy\ngrid: {rounds: [1, 2, 3]}\n", "inline", 2));
        assertEquals("grid", e.field());
    }
}
