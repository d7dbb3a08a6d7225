package org.rfsweep.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rfsweep.kernel.InvalidParameterException;

/** The data parameters' resolution: the kurtosis axis and every refused combination. */
class FamilyResolverTest {
    private static final Map<String, Object> GEOMETRY = Map.of("size", 40);

    /** The solved shape reproduces the target kurtosis (to 1e-10) for every family with a shape. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "inputs=nlgp; -0.01", "inputs=nlgp; -0.3", "inputs=nlgp; -1.2", "inputs=nlgp; -1.99",
        "inputs=gp; -0.7",
        "inputs=norta,marginal=alg; -1.19", "inputs=norta,marginal=alg; -0.5", "inputs=norta,marginal=alg; 0",
        "inputs=norta,marginal=alg; 4.054", "inputs=norta,marginal=alg; 100",
        "inputs=elliptical,radial=student-t; 0.01", "inputs=elliptical,radial=student-t; 6"})
    void kurtosisRoundTrips(String spec, double kappa) {
        InputConfig cfg = Families.config(spec + ",kurtosis=" + kappa, GEOMETRY);
        assertEquals(kappa, cfg.family().excessKurtosis(cfg.latentVariance(), cfg.pixels()), 1e-10 * (1 + Math.abs(kappa)));
    }

    /** Known shapes: g = 1 gives the uniform marginal's −1.2 at latent variance 1; alg k = 4.5 raw 7.054. */
    @Test
    void solvedShapesAreTheKnownOnes() {
        assertEquals(1, Families.config("inputs=nlgp,kurtosis=-1.2,jitter=0", GEOMETRY).family().shape(), 1e-9);
        double k = Families.config("inputs=norta,marginal=alg,kurtosis=" + (AlgMarginal.rawKurtosis(4.5) - 3),
                GEOMETRY).family().shape();
        assertEquals(4.5, k, 1e-9);
        assertEquals(10, Families.config("inputs=elliptical,radial=student-t,kurtosis=1", GEOMETRY).family().shape(),
                1e-12);
    }

    @Test
    void defaultsAreTheNlgpAsBefore() {
        InputConfig cfg = Families.config("inputs=nlgp", GEOMETRY);
        assertTrue(cfg.family() instanceof NlgpFamily);
        assertEquals(3, cfg.gain());
        assertEquals(InputKind.NLGP, cfg.kind());
        assertEquals(InputKind.GP, Families.config("inputs=gp", GEOMETRY).kind());
        assertEquals(InputKind.GP, Families.config("inputs=nlgp,control=gaussian", GEOMETRY).kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "inputs=nlgp,kurtosis=0.5; kurtosis; outside the reachable range",
        "inputs=nlgp,kurtosis=-2; kurtosis; outside the reachable range",
        "inputs=nlgp,kurtosis=-1,gain=2; gain; kurtosis replaces the gain",
        "inputs=nlgp,shape=3; shape; its shape is gain",
        "inputs=norta,marginal=alg; shape; needs its shape k",
        "inputs=norta,marginal=alg,shape=4; shape; no finite kurtosis",
        "inputs=norta,marginal=alg,shape=2; shape; no finite variance",
        "inputs=norta,marginal=alg,shape=6,kurtosis=1; kurtosis; not both",
        "inputs=norta,marginal=alg,kurtosis=-1.3; kurtosis; outside the reachable range",
        "inputs=norta,marginal=laplace,kurtosis=3; kurtosis; fixed law",
        "inputs=norta,marginal=sign,shape=5; shape; applies to norta alg",
        "inputs=norta,gain=1; gain; applies only to inputs nlgp and gp",
        "inputs=elliptical,radial=student-t,shape=3; shape; no finite kurtosis",
        "inputs=elliptical,radial=student-t,kurtosis=-0.1; kurtosis; outside the reachable range (0, inf)",
        "inputs=elliptical,radial=shell,kurtosis=-0.1; kurtosis; fixed law",
        "inputs=nlgp,marginal=laplace; marginal; applies only to inputs norta",
        "inputs=nlgp,radial=lsg; radial; applies only to inputs elliptical",
        "inputs=norta,marginal=sign,coupling=1:2; coupling; applies only to inputs ising",
        "inputs=ising,kurtosis=-2; kurtosis; fixed law"})
    void badCombinationsNameTheParameter(String spec, String parameter, String message) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> Families.config(spec, GEOMETRY));
        assertEquals(parameter, e.parameter(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void twoDimensionalAndOpenIsingAreRefusedBeforeAnythingRuns() {
        InvalidParameterException dim = assertThrows(InvalidParameterException.class,
                () -> InputModel.of(Families.config("inputs=ising,dim=2", Map.of("size", 20))));
        assertEquals("dim", dim.parameter());
        assertTrue(dim.getMessage().contains("cluster"), dim.getMessage());
        InvalidParameterException open = assertThrows(InvalidParameterException.class,
                () -> InputModel.of(Families.config("inputs=ising,periodic=false", GEOMETRY)));
        assertEquals("periodic", open.parameter());
    }
}
