package org.rfsweep.store;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;

/**
 * An output stream whose failures, including those of {@code close()}, come out as
 * {@code java.nio} exceptions: object stores report most errors only when the object is PUT, at
 * close, so translating only the open would miss them.
 */
final class TranslatingOutputStream extends OutputStream {
    private final OutputStream out;
    private final UnaryOperator<IOException> translate;
    private boolean closed;

    TranslatingOutputStream(OutputStream out, UnaryOperator<IOException> translate) {
        this.out = out;
        this.translate = translate;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw translate.apply(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw translate.apply(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw translate.apply(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw translate.apply(e);
        }
    }
}
