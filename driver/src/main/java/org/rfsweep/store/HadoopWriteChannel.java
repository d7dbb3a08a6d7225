package org.rfsweep.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A write-only, append-as-you-go {@link SeekableByteChannel} over an output stream of
 * {@link HadoopNioProvider#newOutputStream}: Hadoop files are written front to back once, so the
 * position only moves by writing, and {@code position(long)}/{@code truncate} are unsupported.
 */
final class HadoopWriteChannel implements SeekableByteChannel {
    private final OutputStream out;
    private long written;
    private boolean open = true;

    HadoopWriteChannel(OutputStream out) {
        this.out = out;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        ensureOpen();
        int n = src.remaining();
        if (src.hasArray()) {
            out.write(src.array(), src.arrayOffset() + src.position(), n);
            src.position(src.limit());
        } else {
            byte[] buf = new byte[n];
            src.get(buf);
            out.write(buf);
        }
        written += n;
        return n;
    }

    @Override
    public int read(ByteBuffer dst) {
        throw new NonReadableChannelException();
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return written;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        throw new UnsupportedOperationException("position(long) is not supported on a Hadoop write channel");
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return written;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new UnsupportedOperationException("truncate is not supported on a Hadoop write channel");
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        if (open) {
            open = false;
            out.close();
        }
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
