package org.rfsweep.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * A read-only {@link SeekableByteChannel} over an {@link FSDataInputStream}: needed because
 * {@code Files.readAllBytes} and {@code Files.readString} read through {@code newByteChannel}, not
 * {@code newInputStream}. The size is the file's length when opened. The position is kept here,
 * since a channel may be positioned past the end (reads then give -1) where Hadoop's {@code seek}
 * throws.
 */
final class HadoopReadChannel implements SeekableByteChannel {
    private final FSDataInputStream in;
    private final long size;
    private final String path;
    private long position;
    private boolean open = true;

    HadoopReadChannel(FSDataInputStream in, long size, String path) {
        this.in = in;
        this.size = size;
        this.path = path;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        if (position >= size) {
            return -1;
        }
        if (!dst.hasRemaining()) {
            return 0;
        }
        try {
            if (in.getPos() != position) {
                in.seek(position);
            }
            int want = (int) Math.min(dst.remaining(), Math.min(size - position, 1 << 16));
            int n;
            if (dst.hasArray()) {
                n = in.read(dst.array(), dst.arrayOffset() + dst.position(), want);
                if (n > 0) {
                    dst.position(dst.position() + n);
                }
            } else {
                byte[] buf = new byte[want];
                n = in.read(buf, 0, want);
                if (n > 0) {
                    dst.put(buf, 0, n);
                }
            }
            if (n > 0) {
                position += n;
            }
            return n;
        } catch (IOException e) {
            throw HadoopExceptions.translate(e, path);
        }
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
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
    public SeekableByteChannel truncate(long newSize) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        if (open) {
            open = false;
            in.close();
        }
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
