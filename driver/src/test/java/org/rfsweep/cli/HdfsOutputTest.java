package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.store.StorePaths;
import org.rfsweep.testkit.MiniHdfs;

/**
 * {@link HadoopOutputContract} on a real HDFS: an in-process MiniDFSCluster (one NameNode, one
 * DataNode, Hadoop 3.4.2 as Spark 4.1.3 ships it), reached as {@code hdfs://host:port/...} with no
 * other setting, from this JVM's CLI and Spark and from a child driver JVM.
 */
class HdfsOutputTest extends HadoopOutputContract {
    @TempDir
    static Path base;

    private static MiniHdfs hdfs;

    @BeforeAll
    static void start() throws Exception {
        hdfs = MiniHdfs.start(base);
    }

    @AfterAll
    static void stop() {
        if (hdfs != null) {
            hdfs.stop();
        }
    }

    @Test
    void anHdfsUriWithoutNameNodeTakesTheDefaultFilesystem() throws Exception {
        String nn = hdfs.uri().toString();
        Path p = StorePaths.of("hdfs:///user/x/results", Map.of("fs.defaultFS", nn));
        assertEquals(nn + "/user/x/results", p.toString());
        assertTrue(StorePaths.isHadoop(p));
        IOException e = assertThrows(IOException.class, () -> StorePaths.of("hdfs:///user/x", Map.of()));
        assertTrue(e.getMessage().contains("fs.defaultFS is file:///"), e.getMessage());
    }

    @Override
    protected String freshRoot(String name) {
        try {
            return hdfs.uri() + "/results/" + unique(name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of();
    }
}
