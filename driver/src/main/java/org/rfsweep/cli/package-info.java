/**
 * <b>Driver side</b>: the {@code rfsweep} commands ({@link org.rfsweep.cli.Main}). Commands that
 * start Spark share {@code SparkSetup}; the Spark work itself is in {@code org.rfsweep.spark}.
 */
package org.rfsweep.cli;
