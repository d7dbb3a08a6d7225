package org.rfsweep.testkit;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * A real HDFS in the test JVM: MiniDFSCluster (hadoop-client-minicluster, Spark 4.1.3's Hadoop
 * 3.4.2) with one NameNode and one DataNode, keeping its blocks under a directory the test owns.
 */
public final class MiniHdfs {
    private final MiniDFSCluster cluster;

    private MiniHdfs(MiniDFSCluster cluster) {
        this.cluster = cluster;
    }

    /** Starts the cluster under {@code baseDir} (e.g. a {@code @TempDir}) and waits until it is up. */
    public static MiniHdfs start(Path baseDir) throws IOException {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, baseDir.toString());
        MiniDFSCluster cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        cluster.waitActive();
        return new MiniHdfs(cluster);
    }

    public void stop() {
        cluster.shutdown();
    }

    /** The cluster's own (cached) Hadoop file system. */
    public FileSystem fileSystem() throws IOException {
        return cluster.getFileSystem();
    }

    /** A configuration reaching this cluster ({@code fs.defaultFS} is it). */
    public Configuration conf() {
        return new Configuration(cluster.getConfiguration(0));
    }

    /** {@code hdfs://host:port}. */
    public URI uri() throws IOException {
        return fileSystem().getUri();
    }
}
