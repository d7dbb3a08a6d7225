package org.rfsweep.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.InvalidParameterException;

/** Bad configurations fail in {@link InputModel#of} with one message naming the culprit. */
class InputModelValidationTest {

    private static InputConfig config(InputKind kind, int dim, int size, boolean periodic, double xi0, double xi1,
                                      double gain, double jitter) {
        return new InputConfig(kind, dim, size, periodic, new DoublePair(xi0, xi1), gain, jitter);
    }

    /**
     * On a 20-pixel ring with jitter 1e-3, ξ = 3 and 3.5 are still PSD and ξ = 4 is not; the most
     * negative eigenvalue at ξ = 5 is −0.01526 (numpy: min of fft(first row)). In 2-D the spectrum
     * is μ_k1 μ_k2 + jitter, so a negative 1-D eigenvalue against the largest one gives a clearly
     * negative product.
     */
    @ParameterizedTest
    @EnumSource(InputKind.class)
    void nonPsdCovarianceIsRejectedNamingXiSizeAndEigenvalue(InputKind kind) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> InputModel.of(config(kind, 1, 20, true, 3, 5, 3, 1e-3)));
        assertEquals("xi", e.parameter());
        assertTrue(e.getMessage().contains("xi1 = 5.0"), e.getMessage());
        assertTrue(e.getMessage().contains("size 20"), e.getMessage());
        assertTrue(e.getMessage().contains("-0.01526"), e.getMessage());

        InvalidParameterException first = assertThrows(InvalidParameterException.class,
                () -> InputModel.of(config(kind, 1, 20, true, 4, 2, 3, 1e-3)));
        assertTrue(first.getMessage().contains("xi0 = 4.0"), first.getMessage());

        InvalidParameterException twoD = assertThrows(InvalidParameterException.class,
                () -> InputModel.of(config(kind, 2, 20, true, 1, 5, 3, 1e-3)));
        assertTrue(twoD.getMessage().contains("xi1 = 5.0") && twoD.getMessage().contains("2-D"), twoD.getMessage());
    }

    @Test
    void psdBorderlineAndDefaultsAreAccepted() {
        assertDoesNotThrow(() -> InputModel.of(config(InputKind.NLGP, 1, 20, true, 3, 3.5, 3, 1e-3)));
        assertDoesNotThrow(() -> InputModel.of(config(InputKind.NLGP, 1, 400, true, 3, 10, 3, 1e-3)));
        assertDoesNotThrow(() -> InputModel.of(config(InputKind.GP, 1, 400, true, 3, 10, 3, 1e-3)));
        // jitter 0: the wrapped Gaussian at ξ = 10 on 400 pixels is PSD, its smallest eigenvalues
        // are rounded zeros of order −1e-15 and must not be mistaken for negative ones
        assertDoesNotThrow(() -> InputModel.of(config(InputKind.NLGP, 1, 400, true, 3, 10, 3, 0)));
    }

    @Test
    void jitterFreeRingAtXiThreeIsAlreadyNegative() {
        // SCIENCE.md: on a 20-pixel ring, ξ > 3 gives negative eigenvalues; without jitter ξ = 3 does (−1.2e-5)
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> InputModel.of(config(InputKind.NLGP, 1, 20, true, 3, 1, 3, 0)));
        assertTrue(e.getMessage().contains("xi0 = 3.0"), e.getMessage());
    }

    @Test
    void singularOpenCovarianceIsRejected() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> InputModel.of(config(InputKind.NLGP, 1, 60, false, 1, 30, 3, 0)));
        assertEquals("xi", e.parameter());
        assertTrue(e.getMessage().contains("xi1 = 30.0") && e.getMessage().contains("size 60")
                && e.getMessage().contains("open boundaries"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "size, 1, 1, 3, 1, 2, 3, 0.001",
        "xi, 1, 20, 1, 0, 2, 3, 0.001",
        "xi, 1, 20, 1, -1, 2, 3, 0.001",
        "xi0, 1, 20, 1, NaN, 2, 3, 0.001",
        "xi0, 1, 20, 1, Infinity, 2, 3, 0.001",
        "gain, 1, 20, 1, 1, 2, -1, 0.001",
        "gain, 1, 20, 1, 1, 2, NaN, 0.001",
        "gain, 1, 20, 1, 1, 2, Infinity, 0.001",
        "gain, 1, 20, 1, 1, 2, 1e-9, 0.001",
        "gain, 1, 20, 1, 1, 2, 2e6, 0.001",
        "gain, 1, 20, 1, 1, 2, 9e-7, 0.001",
        "size, 1, 4097, 1, 1, 2, 3, 0.001",
        "jitter, 1, 20, 1, 1, 2, 3, -0.001",
        "jitter, 1, 20, 1, 1, 2, 3, NaN",
        "size, 2, 65, 0, 1, 2, 3, 0.001",
    })
    void badValuesNameTheirParameter(String parameter, int dim, int size, int periodic, double xi0, double xi1,
                                     double gain, double jitter) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> InputModel.of(config(InputKind.NLGP, dim, size, periodic == 1, xi0, xi1, gain, jitter)));
        assertEquals(parameter, e.parameter(), e.getMessage());
    }

    @Test
    void classIndexIsChecked() {
        InputModel model = InputModel.of(config(InputKind.NLGP, 1, 20, true, 1, 2, 3, 1e-3));
        assertThrows(IndexOutOfBoundsException.class, () -> model.inputCovariance(2));
        assertThrows(IndexOutOfBoundsException.class, () -> model.latentCovariance(-1));
    }
}
