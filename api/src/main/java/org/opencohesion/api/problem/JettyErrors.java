package org.opencohesion.api.problem;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.opencohesion.api.JsonRenderer;

/**
 * Errors Jetty answers itself, before a request reaches the application (a request line or
 * headers over the size limit, a malformed request), as problem documents too.
 */
final class JettyErrors extends ErrorHandler {
    private final JsonRenderer json;

    JettyErrors(JsonRenderer json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemHandler.MEDIA_TYPE);
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ProblemHandler.MEDIA_TYPE);
        return ByteBuffer.wrap(body(status, reason));
    }

    /** No {@code instance}: a request refused this early may not have a path worth naming. */
    private byte[] body(int status, String message) {
        String reason = HttpStatus.getMessage(status);
        String detail = status == 414
                ? "the request's address is longer than the server accepts; send long SPARQL queries with POST"
                : message == null || message.isBlank() ? reason : message;
        return json.write(Problem.of(status, "http-" + status, reason, detail));
    }
}
