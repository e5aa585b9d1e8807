package org.liaisonhub.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import org.liaisonhub.platform.ServerTiming.Part;

/** Times the writing of an API answer's body (the {@code json} part of {@link ServerTiming}). */
@Provider
public class ServerTimingWriterInterceptor implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException, WebApplicationException {
        long start = System.nanoTime();
        try {
            context.proceed();
        } finally {
            ServerTiming.add(Part.JSON, System.nanoTime() - start);
        }
    }
}
