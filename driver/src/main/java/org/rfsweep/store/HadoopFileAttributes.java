package org.rfsweep.store;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;

/**
 * Basic attributes from a Hadoop {@link FileStatus}. Hadoop keeps no creation time, so it is the
 * modification time; the access time is too where the store keeps none (0: S3A, or HDFS with
 * {@code dfs.namenode.accesstime.precision=0}). There are no links and no file keys.
 */
final class HadoopFileAttributes implements BasicFileAttributes {
    private final FileStatus status;

    HadoopFileAttributes(FileStatus status) {
        this.status = status;
    }

    @Override
    public FileTime lastModifiedTime() {
        return FileTime.fromMillis(status.getModificationTime());
    }

    @Override
    public FileTime lastAccessTime() {
        long atime = status.getAccessTime();
        return atime > 0 ? FileTime.fromMillis(atime) : lastModifiedTime();
    }

    @Override
    public FileTime creationTime() {
        return lastModifiedTime();
    }

    @Override
    public boolean isRegularFile() {
        return status.isFile();
    }

    @Override
    public boolean isDirectory() {
        return status.isDirectory();
    }

    @Override
    public boolean isSymbolicLink() {
        return false;
    }

    @Override
    public boolean isOther() {
        return false;
    }

    @Override
    public long size() {
        return status.getLen();
    }

    @Override
    public Object fileKey() {
        return null;
    }

    /** The attributes {@code names} ({@code "*"} for all), by name, for {@code Files.readAttributes(path, String)}. */
    Map<String, Object> asMap(String names) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("lastModifiedTime", lastModifiedTime());
        all.put("lastAccessTime", lastAccessTime());
        all.put("creationTime", creationTime());
        all.put("size", size());
        all.put("isRegularFile", isRegularFile());
        all.put("isDirectory", isDirectory());
        all.put("isSymbolicLink", isSymbolicLink());
        all.put("isOther", isOther());
        all.put("fileKey", fileKey());
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : names.split(",")) {
            String n = name.trim();
            if (n.equals("*")) {
                out.putAll(all);
            } else if (all.containsKey(n)) {
                out.put(n, all.get(n));
            } else {
                throw new IllegalArgumentException("'" + n + "' not recognized (basic attributes: " + all.keySet() + ")");
            }
        }
        return out;
    }
}
