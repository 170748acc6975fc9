package com.morningbackcoach.alexa;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Calls Alexa's service APIs with the JDK's HTTP client and short timeouts, so a slow API cannot stall a reply. */
public final class HttpApiClient implements ApiClient {

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private volatile HttpClient client;

    public HttpApiClient(Duration connectTimeout, Duration requestTimeout) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    /** Built on first use: most requests never call an Alexa API, and the JDK client is costly to start. */
    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
                }
                current = client;
            }
        }
        return current;
    }

    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.getUrl())).timeout(requestTimeout);
        for (Pair<String, String> header : request.getHeaders()) {
            builder.header(header.getName(), header.getValue());
        }
        HttpRequest.BodyPublisher body = request.getBody() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.getBody());
        builder.method(request.getMethod(), body);
        try {
            HttpResponse<String> response = client().send(builder.build(), HttpResponse.BodyHandlers.ofString());
            ApiClientResponse result = new ApiClientResponse();
            result.setStatusCode(response.statusCode());
            result.setBody(response.body());
            result.setHeaders(headersOf(response.headers().map()));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + request.getMethod(), e);
        }
    }

    private static List<Pair<String, String>> headersOf(Map<String, List<String>> headers) {
        List<Pair<String, String>> pairs = new ArrayList<>();
        headers.forEach((name, values) -> values.forEach(value -> pairs.add(new Pair<>(name, value))));
        return pairs;
    }
}
