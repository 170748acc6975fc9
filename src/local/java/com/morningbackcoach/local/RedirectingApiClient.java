package com.morningbackcoach.local;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends the skill's Alexa API calls to another endpoint with its token, whatever endpoint the request named: the
 * local HTTP endpoint's way of using the fake Alexa APIs with requests from any tool.
 */
final class RedirectingApiClient implements ApiClient {

    private final ApiClient delegate;
    private final URI endpoint;
    private final String accessToken;

    RedirectingApiClient(ApiClient delegate, String endpoint, String accessToken) {
        this.delegate = delegate;
        this.endpoint = URI.create(endpoint);
        this.accessToken = accessToken;
    }

    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        URI asked = URI.create(request.getUrl());
        ApiClientRequest redirected = new ApiClientRequest();
        redirected.setMethod(request.getMethod());
        redirected.setBody(request.getBody());
        redirected.setUrl(endpoint.resolve(asked.getRawPath() + (asked.getRawQuery() == null ? ""
                : "?" + asked.getRawQuery())).toString());
        List<Pair<String, String>> headers = new ArrayList<>();
        for (Pair<String, String> header : request.getHeaders()) {
            headers.add(header.getName().equalsIgnoreCase("Authorization")
                    ? new Pair<>(header.getName(), "Bearer " + accessToken) : header);
        }
        redirected.setHeaders(headers);
        return delegate.invoke(redirected);
    }
}
