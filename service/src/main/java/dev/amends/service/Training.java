package dev.amends.service;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The training start of {@code service/serve}: with the system property {@value #PROPERTY} set, the
 * service answers one plan and one explanation over HTTP and exits, so that the class-data sharing
 * archive recorded at its exit holds the classes a request loads, not only those of the start.
 */
final class Training {

    /** The system property that asks for a training start. */
    static final String PROPERTY = "amends.serve.training";

    private static final String INCIDENT = """
            {"mistake": "WRONG_PRODUCT", "faultOwner": "COMPANY", "severity": "HIGH", "relationship": "ESTABLISHED",
             "customerMood": "UPSET", "contact": "Dr. Osei", "product": "tibial insert, size 4"}
            """;

    private Training() {
    }

    static boolean asked() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Sends the requests a client would; answers whether each got a 200. */
    static boolean run(ConfigurableApplicationContext context) throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpClient client = HttpClient.newHttpClient();
        boolean ok = true;
        for (String path : new String[] {"/plans", "/explanations", "/plans"}) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(INCIDENT)).build();
            ok &= client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        }
        HttpRequest bad = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/plans"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        ok &= client.send(bad, HttpResponse.BodyHandlers.discarding()).statusCode() == 400;
        return ok;
    }
}
