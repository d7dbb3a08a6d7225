/**
 * <b>Both sides</b>: the output's format, shared by the driver and the executors. Executors use
 * the row models ({@link org.rfsweep.table.RunsRows}, trajectories, receptive fields), the writer
 * side of the commit protocol ({@link org.rfsweep.table.ChunkCommitter}, {@link
 * org.rfsweep.table.ChunkFiles}) and the staging markers; the driver uses the layout, readers,
 * janitor, quarantine, copies and purges. Free of Spark types.
 */
package org.rfsweep.table;
