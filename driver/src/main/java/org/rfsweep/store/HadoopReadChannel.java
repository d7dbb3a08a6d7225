package org.rfsweep.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * A read-only channel over an {@link FSDataInputStream}: both {@code newByteChannel(READ)} (which
 * {@code Files.readAllBytes} and {@code Files.readString} read through, not {@code newInputStream})
 * and {@code FileChannel.open(READ)} (positional reads, as {@code PartFileCheck} does for the
 * Parquet magic). The size is the file's length when opened. The position is kept here, since a
 * channel may be positioned past the end (reads then give -1) where Hadoop's {@code seek} throws;
 * positional reads use Hadoop's {@code PositionedReadable} and leave it alone. Reads are
 * synchronized, as a {@code FileChannel}'s must be safe for several threads, and one Hadoop stream
 * is not.
 */
final class HadoopReadChannel extends FileChannel {
    private static final int MAX_READ = 1 << 16;

    private final FSDataInputStream in;
    private final long size;
    private final String path;
    private long position;

    HadoopReadChannel(FSDataInputStream in, long size, String path) {
        this.in = in;
        this.size = size;
        this.path = path;
    }

    @Override
    public synchronized int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        int n = readAt(dst, position, true);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public synchronized int read(ByteBuffer dst, long at) throws IOException {
        ensureOpen();
        if (at < 0) {
            throw new IllegalArgumentException("negative position " + at + " in " + path);
        }
        return readAt(dst, at, false);
    }

    @Override
    public synchronized long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            while (dsts[i].hasRemaining()) {
                int n = read(dsts[i]);
                if (n <= 0) {
                    return total == 0 && n < 0 ? -1 : total;
                }
                total += n;
            }
        }
        return total;
    }

    /** Reads up to {@code dst.remaining()} bytes at {@code at}: sequentially (seeking if needed) or positionally. */
    private int readAt(ByteBuffer dst, long at, boolean sequential) throws IOException {
        if (at >= size) {
            return -1;
        }
        if (!dst.hasRemaining()) {
            return 0;
        }
        int want = (int) Math.min(dst.remaining(), Math.min(size - at, MAX_READ));
        boolean direct = !dst.hasArray();
        byte[] buf = direct ? new byte[want] : dst.array();
        int off = direct ? 0 : dst.arrayOffset() + dst.position();
        int n;
        try {
            if (sequential) {
                if (in.getPos() != at) {
                    in.seek(at);
                }
                n = in.read(buf, off, want);
            } else {
                n = in.read(at, buf, off, want);
            }
        } catch (IOException e) {
            throw HadoopExceptions.translate(e, path);
        }
        if (n > 0) {
            if (direct) {
                dst.put(buf, 0, n);
            } else {
                dst.position(dst.position() + n);
            }
        }
        return n;
    }

    @Override
    public synchronized long position() throws IOException {
        ensureOpen();
        return position;
    }

    @Override
    public synchronized FileChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position " + newPosition + " in " + path);
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return size;
    }

    @Override
    public synchronized long transferTo(long at, long count, WritableByteChannel target) throws IOException {
        ensureOpen();
        long done = 0;
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(MAX_READ, Math.max(1, count)));
        while (done < count) {
            buf.clear().limit((int) Math.min(buf.capacity(), count - done));
            int n = readAt(buf, at + done, false);
            if (n <= 0) {
                break;
            }
            buf.flip();
            while (buf.hasRemaining()) {
                target.write(buf);
            }
            done += n;
        }
        return done;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
        throw new NonWritableChannelException();
    }

    @Override
    public int write(ByteBuffer src, long at) {
        throw new NonWritableChannelException();
    }

    @Override
    public FileChannel truncate(long newSize) {
        throw new NonWritableChannelException();
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long at, long count) {
        throw new NonWritableChannelException();
    }

    @Override
    public void force(boolean metaData) {
        // nothing written, nothing to force
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long at, long len) {
        throw new UnsupportedOperationException("map (memory-mapped files) is not supported on Hadoop file systems");
    }

    @Override
    public FileLock lock(long at, long len, boolean shared) {
        throw new UnsupportedOperationException("lock is not supported on Hadoop file systems");
    }

    @Override
    public FileLock tryLock(long at, long len, boolean shared) {
        throw new UnsupportedOperationException("tryLock is not supported on Hadoop file systems");
    }

    @Override
    protected void implCloseChannel() throws IOException {
        in.close();
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }
}
