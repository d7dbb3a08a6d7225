/**
 * <b>Driver side</b>: which trials a run must compute, copy or skip ({@link
 * org.rfsweep.plan.Planner}), and how the ones to compute are cut into the chunks executors run
 * ({@link org.rfsweep.plan.Chunker}, producing {@code org.rfsweep.executor.Chunk}). Nothing here
 * runs inside a Spark task.
 */
package org.rfsweep.plan;
