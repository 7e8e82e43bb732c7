package org.opencohesion.rdf.store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;

/**
 * A SPARQL 1.1 server as a {@link RemoteStore} talks to it: its query and update endpoints, and
 * the credentials to send (HTTP basic, sent with every request, so servers that do not challenge
 * first work too). Knows HTTP and nothing about what the store holds.
 *
 * <p>Every failure to get an answer becomes a {@link StoreUnavailableException}; an answer that
 * refuses the request becomes a {@link StoreException}. The message names the endpoint and the
 * status, never the request body.
 */
public final class RemoteService {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final URI queryEndpoint;
    private final URI updateEndpoint;
    private final String authorization;
    private final HttpClient http;

    /**
     * @param queryEndpoint  the SPARQL 1.1 Query endpoint (for Fuseki, the dataset URL)
     * @param updateEndpoint the SPARQL 1.1 Update endpoint (for Fuseki, the same dataset URL)
     * @param user           user name for HTTP basic authentication, or {@code null} for none
     * @param password       its password ({@code null} when {@code user} is)
     */
    public RemoteService(URI queryEndpoint, URI updateEndpoint, String user, String password) {
        this.queryEndpoint = Objects.requireNonNull(queryEndpoint, "queryEndpoint");
        this.updateEndpoint = Objects.requireNonNull(updateEndpoint, "updateEndpoint");
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + Objects.requireNonNull(password, "password")).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** A query request to the query endpoint, sent as a POST so long dataset lists fit. */
    QueryExecHTTPBuilder query(Query query) {
        QueryExecHTTPBuilder builder = QueryExecHTTPBuilder.create().endpoint(queryEndpoint.toString()).query(query)
                .httpClient(http).sendMode(QuerySendMode.asPostForm);
        if (authorization != null) {
            builder.httpHeader("Authorization", authorization);
        }
        return builder;
    }

    /** Sends the update request in {@code body} (UTF-8 SPARQL Update) and waits for its answer. */
    void update(Path body) {
        try {
            send(HttpRequest.BodyPublishers.ofFile(body));
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalStateException("the update request file vanished: " + body, e);
        }
    }

    /** Sends a short update request. */
    void update(String request) {
        send(HttpRequest.BodyPublishers.ofString(request, StandardCharsets.UTF_8));
    }

    private void send(HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(updateEndpoint).POST(body)
                .header("Content-Type", "application/sparql-update; charset=utf-8");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unavailable(updateEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while the store at " + updateEndpoint + " was updating", e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw refused(updateEndpoint, status, firstLine(response.body()));
        }
    }

    /** What a failed query call means for the caller, from the exception Jena's HTTP client threw. */
    RuntimeException translate(RuntimeException e) {
        int status = e instanceof QueryExceptionHTTP q ? q.getStatusCode() : e instanceof HttpException h ? h.getStatusCode() : -2;
        if (status == -2) {
            return e;
        }
        if (status <= 0) {
            return unavailable(queryEndpoint, e.getCause() != null ? e.getCause() : e);
        }
        return refused(queryEndpoint, status, e.getMessage());
    }

    private static StoreException refused(URI endpoint, int status, String reason) {
        String message = "the store at " + endpoint + " answered " + status + (reason == null || reason.isBlank() ? "" : ": " + reason);
        // A server that is down for maintenance or overloaded says so: that is unavailability,
        // not a refusal of what was asked.
        return status == 502 || status == 503 || status == 504 || status == 429
                ? new StoreUnavailableException(message, null) : new StoreException(message, null);
    }

    private static StoreUnavailableException unavailable(URI endpoint, Throwable cause) {
        String why = cause instanceof HttpTimeoutException ? "did not answer in time" : "did not answer (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
        return new StoreUnavailableException("the store at " + endpoint + " " + why, cause);
    }

    private static String firstLine(String body) {
        if (body == null) {
            return null;
        }
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    @Override
    public String toString() {
        return "query " + queryEndpoint + ", update " + updateEndpoint + (authorization == null ? "" : ", with credentials");
    }
}
