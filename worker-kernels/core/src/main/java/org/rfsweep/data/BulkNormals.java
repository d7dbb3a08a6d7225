package org.rfsweep.data;

import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.RandomProviderDefaultState;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Raw 64-bit words and standard normals from one random stream, in bulk, giving exactly the values
 * that the stream's provider and Commons RNG's {@link ZigguratSampler.NormalizedGaussian} on it
 * would give, in the same order. A sample stream takes ownership of its provider through this.
 *
 * <p>Implementation note: the library's sampler calls the provider once per normal, and the
 * provider keeps its XoRoShiRo128++ state in fields, so every normal pays a store and reload of
 * the state on the generator's dependency chain (3.1 ns per normal on the reference machine, a
 * third of an NLGP sample). For the streams rfsweep creates (XoRoShiRo128++, {@code RandomStreams})
 * the {@link Inline} form instead reads the provider's state once (through the public
 * {@code saveState}), runs the same generator (Blackman &amp; Vigna's published xoroshiro128++
 * step) with its state in local variables, and takes the ziggurat's fast path (a table row times
 * the word, taken by 253 of 256 words) itself; every other word goes back to the library's
 * sampler, which then draws any further words it needs from the inline generator. The table rows
 * are read from the library through its public API, and a self-check at class initialisation
 * compares 2·10⁴ normals (about 230 of them off the fast path) with the library's; if anything
 * differs, or the provider is of another kind, the library path is used as is. So the values are
 * the library's by construction and by test; only the speed differs.
 */
abstract class BulkNormals {
    /** The next raw 64-bit word of the stream. */
    abstract long nextLong();

    /** z[i] ← the next standard normal, for i in [from, to). @param z destination. Modified. */
    abstract void fill(double[] z, int from, int to);

    /** One buffer for {@link #nextNormal}, so a single draw allocates nothing. */
    private final double[] single = new double[1];

    /** The next standard normal (the same value {@link #fill} would give next). */
    double nextNormal() {
        fill(single, 0, 1);
        return single[0];
    }

    /** Bulk access to {@code rng}, which the caller must not use any more. */
    static BulkNormals of(UniformRandomProvider rng) {
        Inline inline = Inline.VERIFIED ? Inline.tryOf(rng) : null;
        return inline != null ? inline : new Library(rng);
    }

    /** Straight through the library: the reference, and the fallback. */
    static final class Library extends BulkNormals {
        private final UniformRandomProvider rng;
        private final ZigguratSampler.NormalizedGaussian gauss;

        Library(UniformRandomProvider rng) {
            this.rng = rng;
            this.gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        }

        @Override
        long nextLong() {
            return rng.nextLong();
        }

        @Override
        void fill(double[] z, int from, int to) {
            for (int i = from; i < to; i++) {
                z[i] = gauss.sample();
            }
        }
    }

    /** XoRoShiRo128++ with its state in locals, and the ziggurat's fast path inline. */
    static final class Inline extends BulkNormals {
        /** Words whose low byte is below this take the ziggurat's fast path, x = X[j]·word. */
        private static final int FAST_ROWS = 253;
        private static final double[] X = fastPathTable();
        static final boolean VERIFIED = selfCheck();

        private long s0;
        private long s1;
        private boolean pushedBack;
        private long pushback;
        /** The library's sampler over this generator, for the words off the fast path. */
        private final ZigguratSampler.NormalizedGaussian edge;

        Inline(long s0, long s1) {
            this.s0 = s0;
            this.s1 = s1;
            this.edge = ZigguratSampler.NormalizedGaussian.of(this::edgeWord);
        }

        /** The inline form of {@code rng}'s stream, or null if it is not a XoRoShiRo128++ we can read. */
        static Inline tryOf(UniformRandomProvider rng) {
            if (rng.getClass() != XoRoShiRo128PlusPlus.class) {
                return null;
            }
            RestorableUniformRandomProvider r = (RestorableUniformRandomProvider) rng;
            RandomProviderDefaultState saved = (RandomProviderDefaultState) r.saveState();
            byte[] bytes = saved.getState();
            if (bytes.length < 16) {
                return null;
            }
            Inline inline = new Inline(littleEndian(bytes, 0), littleEndian(bytes, 8));
            Inline probe = new Inline(inline.s0, inline.s1);
            boolean same = probe.nextLong() == r.nextLong() && probe.nextLong() == r.nextLong();
            r.restoreState(saved);
            return same ? inline : null;
        }

        @Override
        long nextLong() {
            long a = s0;
            long b = s1 ^ a;
            long result = Long.rotateLeft(a + s1, 17) + a;
            s0 = Long.rotateLeft(a, 49) ^ b ^ (b << 21);
            s1 = Long.rotateLeft(b, 28);
            return result;
        }

        @Override
        void fill(double[] z, int from, int to) {
            long a = s0;
            long b = s1;
            for (int i = from; i < to; i++) {
                long word = Long.rotateLeft(a + b, 17) + a;
                b ^= a;
                a = Long.rotateLeft(a, 49) ^ b ^ (b << 21);
                b = Long.rotateLeft(b, 28);
                int j = (int) word & 0xff;
                if (j < FAST_ROWS) {
                    z[i] = X[j] * word;
                } else {
                    s0 = a;
                    s1 = b;
                    pushback = word;
                    pushedBack = true;
                    z[i] = edge.sample(); // re-reads this word, then draws more through edgeWord
                    a = s0;
                    b = s1;
                }
            }
            s0 = a;
            s1 = b;
        }

        private long edgeWord() {
            if (pushedBack) {
                pushedBack = false;
                return pushback;
            }
            return nextLong();
        }

        private static long littleEndian(byte[] b, int at) {
            long v = 0;
            for (int i = 7; i >= 0; i--) {
                v = (v << 8) | (b[at + i] & 0xffL);
            }
            return v;
        }

        /**
         * X[j], read from the library's sampler through its public API: fed the word 2^62 + j
         * (which converts to exactly 2^62), its fast path returns X[j]·2^62, scaled back exactly.
         */
        private static double[] fastPathTable() {
            double[] x = new double[256];
            for (int j = 0; j < FAST_ROWS; j++) {
                long word = (1L << 62) | j;
                x[j] = ZigguratSampler.NormalizedGaussian.of(() -> word).sample() * 0x1p-62;
            }
            return x;
        }

        /** 2·10⁴ normals and words, inline against the library, from a fixed state. */
        private static boolean selfCheck() {
            long[] state = {0x9E3779B97F4A7C15L, 0xD1B54A32D192ED03L};
            Library reference = new Library(RandomSource.XO_RO_SHI_RO_128_PP.create(state));
            Inline inline = new Inline(state[0], state[1]);
            double[] a = new double[1000];
            double[] b = new double[1000];
            for (int round = 0; round < 20; round++) {
                if (reference.nextLong() != inline.nextLong()) {
                    return false;
                }
                reference.fill(a, 0, a.length);
                inline.fill(b, 0, b.length);
                for (int i = 0; i < a.length; i++) {
                    if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
