package org.rfsweep.analysis.flow;

import org.rfsweep.data.InputConfig;
import org.rfsweep.data.InputModel;
import org.rfsweep.data.NlgpFamily;

/**
 * The class covariances of any input family of SCIENCE.md §7 on the periodic grid, as the flow
 * needs them: the DFT of each class's exact first row E[x_0 x_k]
 * ({@link InputModel#inputCovarianceFirstRow}). The NLGP keeps {@link NlgpSpectrum}, the path of
 * version 1, so its predictions keep their bits.
 */
final class FamilySpectrum {
    private FamilySpectrum() {
    }

    static ClassSpectrum of(InputConfig c) {
        if (c.family() instanceof NlgpFamily) {
            return NlgpSpectrum.of(c);
        }
        InputModel model = InputModel.of(c);
        return new CirculantSpectrum(c.dim(), c.size(), model.inputCovarianceFirstRow(0),
                model.inputCovarianceFirstRow(1));
    }
}
