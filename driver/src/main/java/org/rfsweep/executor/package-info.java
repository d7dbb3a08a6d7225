/**
 * <b>Executor side</b>: what runs inside a Spark task, free of Spark types. A {@link
 * org.rfsweep.executor.Chunk} (the trials of one task, built by the planner and shipped to an
 * executor) is run by {@link org.rfsweep.executor.ChunkTask}: the kernel warmed up once per JVM
 * ({@link org.rfsweep.executor.KernelWarmUp}), its trials run alone or in groups
 * ({@link org.rfsweep.executor.TrialExecutor}), their rows committed through the table package's
 * commit protocol, and a {@link org.rfsweep.executor.ChunkSummary} sent back.
 *
 * <p>Depends on the kernel API and the table format only, never on the driver's orchestration
 * ({@code cli}, {@code plan}, {@code run}, {@code refine}, {@code plot}, {@code report}) nor on
 * Spark; {@code ExecutorSideTest} enforces it. The Spark adapter of a task is
 * {@code org.rfsweep.spark.SparkChunkFunction}.
 */
package org.rfsweep.executor;
