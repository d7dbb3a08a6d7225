/**
 * <b>Spark-facing</b> classes, on the driver except one: sessions, the orchestrator of a run
 * ({@link org.rfsweep.spark.SweepRunner}), the chunks' Spark job
 * ({@link org.rfsweep.spark.SparkChunkRunner}), the phase table, the SQL views and the read-only
 * query check. {@code SparkChunkFunction} runs on executors: it adapts a task to
 * {@code org.rfsweep.executor.ChunkTask}. Spark types stay here (and at the edges of {@code cli},
 * {@code plot} and {@code refine} that use a session), out of {@code executor}, {@code plan} and
 * {@code table}.
 */
package org.rfsweep.spark;
