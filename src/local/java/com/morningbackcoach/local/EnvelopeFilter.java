package com.morningbackcoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * In front of the SDK's servlet: only POST to {@code /}, a body within the limit, JSON that is an Alexa request
 * envelope. Anything else gets a 4xx with a one-line reason instead of reaching the skill.
 */
final class EnvelopeFilter implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final int maxBodyBytes;

    EnvelopeFilter(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!"POST".equals(request.getMethod()) || !"/".equals(request.getRequestURI())) {
            refuse(response, 405, "Only POST / is served");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            refuse(response, 413, "Request body is over " + maxBodyBytes / 1024 + " KiB");
            return;
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            refuse(response, 400, "Request body is not valid JSON");
            return;
        }
        if (tree == null || !tree.isObject() || !tree.has("version") || !tree.path("request").path("type").isTextual()) {
            refuse(response, 400, "Not an Alexa request envelope");
            return;
        }
        chain.doFilter(new BodyAgain(request, body), response);
    }

    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((reason + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its body, already read, readable once more by the servlet. */
    private static final class BodyAgain extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Blocking reads only");
                }

                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }
            };
        }
    }
}
