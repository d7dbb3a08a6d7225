/**
 * <b>Driver side</b>: a {@code java.nio.file} file system over Hadoop's {@code FileSystem}, so the
 * data layer, written against {@code Path} and {@code Files.*}, reads and writes output roots on
 * HDFS ({@code hdfs://nn/path}) and S3A ({@code s3a://bucket/prefix}) unchanged. Entry point:
 * {@link org.rfsweep.store.HadoopNioFileSystem#get}, then {@code getPath("/out")}. The commit
 * protocol's exclusive create ({@code StandardOpenOption.CREATE_NEW}) is
 * {@link org.rfsweep.store.ExclusiveCreate}'s. Hadoop and JDK types only, no Spark.
 */
package org.rfsweep.store;
