package org.rfsweep.kernel;

/** The value types a kernel parameter can take. Each maps to one Java type once resolved. */
public enum ParamType {
    /** {@link Integer}. */
    INT,
    /** {@link Long}; used for seeds. */
    LONG,
    /** {@link Double}; finite. */
    DOUBLE,
    /** {@link Boolean}. */
    BOOLEAN,
    /** {@link String}, one of the parameter's choices. */
    CHOICE,
    /** {@link DoublePair}, e.g. the class correlation lengths (ξ0, ξ1); columns {@code name0, name1}. */
    DOUBLE_PAIR
}
