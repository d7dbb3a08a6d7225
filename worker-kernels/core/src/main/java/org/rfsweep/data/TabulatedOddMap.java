package org.rfsweep.data;

/** x = f(z/√C_ii) for a tabulated odd f ({@link OddTable}): NORTA's alg(k) and Laplace marginals. */
final class TabulatedOddMap extends PixelMap {
    private final OddTable table;
    private final double invSd;

    TabulatedOddMap(OddTable table, double invSd) {
        this.table = table;
        this.invSd = invSd;
    }

    @Override
    void apply(double[] src, int srcOffset, double[] dst, int dstOffset, int length, double whiteNormSq) {
        table.apply(src, srcOffset, dst, dstOffset, length, invSd);
    }
}
