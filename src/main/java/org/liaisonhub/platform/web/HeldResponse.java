package org.liaisonhub.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response whose body is kept in memory until the filter that made it writes it out, so that headers can still
 * be set after the application has written the body. Status and headers go to the real response at once.
 */
final class HeldResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private ServletOutputStream stream;
    private PrintWriter writer;

    HeldResponse(HttpServletResponse response) {
        super(response);
    }

    /** The body written so far. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return bytes.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    try {
                        listener.onWritePossible(); // memory is always ready
                    } catch (java.io.IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            writer = new PrintWriter(
                    new OutputStreamWriter(getOutputStream(), Charset.forName(encoding == null ? "UTF-8" : encoding)));
        }
        return writer;
    }

    @Override
    public void setContentLength(int len) {
        // the filter sets the length of the body it writes
    }

    @Override
    public void setContentLengthLong(long len) {
        // likewise
    }

    @Override
    public void flushBuffer() {
        // held until the filter writes it
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void resetBuffer() {
        bytes.reset();
    }

    @Override
    public void reset() {
        super.reset();
        bytes.reset();
    }
}
