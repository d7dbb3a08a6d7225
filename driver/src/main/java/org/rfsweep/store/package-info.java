/**
 * <b>Both sides</b>: output roots on any store. {@link org.rfsweep.store.StorePaths#of} turns an
 * {@code --out} value into a {@code java.nio.file.Path}: a plain path on the default (POSIX)
 * filesystem, or a path on a {@code java.nio.file} file system over Hadoop's {@code FileSystem}
 * ({@link org.rfsweep.store.HadoopNioFileSystem}), so the data layer, written against {@code Path}
 * and {@code Files.*}, reads and writes roots on HDFS ({@code hdfs://nn/path}) and S3A
 * ({@code s3a://bucket/prefix}) unchanged. The driver opens the root with the run's
 * {@link org.rfsweep.store.HadoopSettings}; an executor reopens it from its {@code WriteConf}. What
 * the commit protocol must know of a store (atomic rename or not) is asked of
 * {@link org.rfsweep.store.StorePaths}, and {@link org.rfsweep.store.Publish} replaces derived files
 * whole on either kind; the exclusive create ({@code StandardOpenOption.CREATE_NEW}) is
 * {@link org.rfsweep.store.ExclusiveCreate}'s. Hadoop and JDK types only, no Spark.
 */
package org.rfsweep.store;
