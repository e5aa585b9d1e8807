package org.liaisonhub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * Reads and changes the test server's system properties at run time through its management API, as an
 * administrator would with {@code /system-property=name:write-attribute(name=value, value=...)}.
 */
public final class ServerSystemProperties {

    private ServerSystemProperties() {}

    /** The value in force, with any {@code ${...}} expression of the configuration resolved. */
    public static String get(String name) {
        ModelNode read = Operations.createReadAttributeOperation(address(name), "value");
        read.get("resolve-expressions").set(true);
        return execute(read).asString();
    }

    public static void set(String name, String value) {
        execute(Operations.createWriteAttributeOperation(address(name), "value", value));
    }

    private static ModelNode address(String name) {
        return Operations.createAddress("system-property", name);
    }

    private static ModelNode execute(ModelNode operation) {
        int port = Integer.getInteger("it.management.port", 9990);
        try (ModelControllerClient client =
                ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(), port)) {
            ModelNode outcome = client.execute(operation);
            if (!Operations.isSuccessfulOutcome(outcome)) {
                throw new IllegalStateException(
                        Operations.getFailureDescription(outcome).asString());
            }
            return Operations.readResult(outcome);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
