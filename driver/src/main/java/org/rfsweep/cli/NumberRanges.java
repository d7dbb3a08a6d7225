package org.rfsweep.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters of numeric options that also check the range, so that a value out of range is a
 * usage error (one line, exit 2) while the command line is parsed, before anything runs.
 */
final class NumberRanges {
    private NumberRanges() {
    }

    /** An integer of at least 1 (a count of slots or trials). */
    static final class AtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = parseInt(value);
            if (n < 1) {
                throw new TypeConversionException("must be at least 1, got " + n);
            }
            return n;
        }
    }

    /** An integer of at least 0 (a limit where 0 means none). */
    static final class AtLeastZero implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = parseInt(value);
            if (n < 0) {
                throw new TypeConversionException("must be at least 0, got " + n);
            }
            return n;
        }
    }

    /** A positive, finite number of seconds. */
    static final class PositiveSeconds implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double s;
            try {
                s = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number of seconds");
            }
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new TypeConversionException("must be a positive, finite number of seconds, got " + value);
            }
            return s;
        }
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not an integer (from " + Integer.MIN_VALUE + " to "
                    + Integer.MAX_VALUE + ")");
        }
    }
}
