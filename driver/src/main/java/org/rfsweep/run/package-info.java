/**
 * <b>Driver side</b>: what a {@code run} needs around the Spark job, on the driver: the output
 * lock and its holder's liveness (including Slurm jobs), progress lines, the run's report and the
 * code version recorded in every row. {@link org.rfsweep.run.Hosts} is also used on executors,
 * for the executor id in each row. What runs inside a task is in {@code org.rfsweep.executor}.
 */
package org.rfsweep.run;
