package org.rfsweep.data;

/**
 * The pointwise map from one latent Gaussian sample z ~ N(0, C_m) to the pixels x of an input
 * family (SCIENCE.md §1, §7). A map may scale the whole sample by a per-sample random factor (the
 * elliptical families); it then needs the squared norm of the white normals ε behind z = Λε.
 * Implementations allocate nothing per call.
 */
abstract class PixelMap {
    /** x = z: the Gaussian control, the latent Gaussian and the NLGP's g = 0 limit. */
    static final PixelMap IDENTITY = new PixelMap() {
        @Override
        void apply(double[] src, int srcOffset, double[] dst, int dstOffset, int length, double whiteNormSq) {
            System.arraycopy(src, srcOffset, dst, dstOffset, length);
        }
    };

    /** Makes the map of one sample stream from the stream's own random source. */
    interface Factory {
        PixelMap create(BulkNormals random);
    }

    /**
     * dst[dstOffset + i] ← map(src[srcOffset + i]) for i &lt; length.
     *
     * @param src         latent values. Not modified.
     * @param dst         inputs. Modified.
     * @param whiteNormSq ‖ε‖² of the N white normals behind this latent sample (NaN when
     *                    {@link #needsWhiteNorm} is false)
     */
    abstract void apply(double[] src, int srcOffset, double[] dst, int dstOffset, int length, double whiteNormSq);

    /** Whether {@link #apply} reads its whiteNormSq argument. */
    boolean needsWhiteNorm() {
        return false;
    }

    /** The squared norm of z[from, to). */
    static double normSq(double[] z, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s = Math.fma(z[i], z[i], s);
        }
        return s;
    }
}
