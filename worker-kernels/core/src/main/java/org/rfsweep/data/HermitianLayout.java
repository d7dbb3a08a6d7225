package org.rfsweep.data;

/**
 * The conjugate-symmetric structure of a real field's spectrum on a ring (1-D) or torus (2-D):
 * frequency k pairs with −k (mod size per axis). Frequencies equal to their own negative
 * ("self-conjugate": 0, and size/2 per axis when size is even) carry one real degree of freedom,
 * every other pair {k, −k} two. Together they carry exactly N real degrees of freedom.
 */
final class HermitianLayout {
    /** Self-conjugate frequencies. */
    final int[] self;
    /** For each pair, the smaller flat index. */
    final int[] lo;
    /** For each pair, the flat index of its negative. */
    final int[] hi;

    HermitianLayout(int dim, int size) {
        int n = dim == 1 ? size : size * size;
        int selfCount = 0;
        int pairCount = 0;
        for (int k = 0; k < n; k++) {
            int p = negative(k, dim, size);
            if (p == k) {
                selfCount++;
            } else if (k < p) {
                pairCount++;
            }
        }
        self = new int[selfCount];
        lo = new int[pairCount];
        hi = new int[pairCount];
        int s = 0;
        int q = 0;
        for (int k = 0; k < n; k++) {
            int p = negative(k, dim, size);
            if (p == k) {
                self[s++] = k;
            } else if (k < p) {
                lo[q] = k;
                hi[q++] = p;
            }
        }
    }

    /** Flat index of −k. */
    static int negative(int k, int dim, int size) {
        if (dim == 1) {
            return (size - k) % size;
        }
        int r = k / size;
        int c = k % size;
        return ((size - r) % size) * size + (size - c) % size;
    }
}
