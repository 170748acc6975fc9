import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static com.amazon.ask.request.Predicates.requestType;

/**
 * The floor: the hello-world skill plus the one storage read the skill's launch needs, done by hand. A GetItem of the
 * user's profile item, signed with Signature Version 4 and sent with the JDK's built-in HTTP client
 * ({@link HttpURLConnection}, which builds no TLS context for an http endpoint), its answer read with the Jackson the
 * ASK SDK already loads. What any skill that greets a returning user from DynamoDB must at least pay. It logs as the
 * least a Lambda function needs: a plain line through the runtime's {@code LambdaLogger}, no logging library.
 */
public final class FloorStreamHandler extends SkillStreamHandler {

    public FloorStreamHandler() {
        super(new CustomSkillBuilder().addRequestHandler(new LaunchHandler(new GetItem(System.getenv()))).build());
    }

    /** Greets the user with the streak read from the table. */
    static final class LaunchHandler implements RequestHandler {
        private final GetItem getItem;

        LaunchHandler(GetItem getItem) {
            this.getItem = getItem;
        }

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(requestType(LaunchRequest.class));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            String userId = input.getRequestEnvelope().getSession().getUser().getUserId();
            JsonNode item = getItem.profile(userId);
            String streak = item.path("currentStreak").path("N").asText("0");
            LambdaRuntime.getLogger().log("Floor - launch of a returning user answered", LogLevel.INFO);
            return input.getResponseBuilder()
                    .withSpeech("Welcome back. Your streak is " + streak + " mornings. Shall we start?")
                    .withReprompt("Shall we start?").build();
        }
    }

    /** One GetItem, built, signed and parsed by hand. */
    static final class GetItem {
        private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
        private final URI endpoint;
        private final String region;
        private final String table;
        private final String accessKey;
        private final String secretKey;
        private final ObjectMapper json = new ObjectMapper();

        GetItem(Map<String, String> env) {
            this.endpoint = URI.create(env.get("DYNAMODB_ENDPOINT"));
            this.region = env.getOrDefault("AWS_REGION", "us-east-1");
            this.table = env.get("TABLE_NAME");
            this.accessKey = env.getOrDefault("AWS_ACCESS_KEY_ID", "local");
            this.secretKey = env.getOrDefault("AWS_SECRET_ACCESS_KEY", "local");
        }

        JsonNode profile(String userId) {
            ObjectNode key = json.createObjectNode();
            key.set("pk", json.createObjectNode().put("S", "USER#" + userId));
            key.set("sk", json.createObjectNode().put("S", "PROFILE"));
            ObjectNode getItem = json.createObjectNode().put("TableName", table).put("ConsistentRead", true);
            getItem.set("Key", key);
            byte[] body = getItem.toString().getBytes(StandardCharsets.UTF_8);
            try {
                HttpURLConnection connection = (HttpURLConnection) endpoint.resolve("/").toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(1000);
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                sign(body).forEach(connection::setRequestProperty);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
                int status = connection.getResponseCode();
                try (InputStream in = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
                    JsonNode answer = json.readTree(in);
                    if (status != 200) {
                        throw new IllegalStateException("GetItem answered " + status + ": " + answer);
                    }
                    return answer.path("Item");
                }
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The headers of a request signed with Signature Version 4. */
        private Map<String, String> sign(byte[] body) throws GeneralSecurityException {
            String amzDate = STAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
            String date = amzDate.substring(0, 8);
            String host = endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
            String target = "DynamoDB_20120810.GetItem";
            String signedHeaders = "content-type;host;x-amz-date;x-amz-target";
            String canonical = "POST\n/\n\n"
                    + "content-type:application/x-amz-json-1.0\n"
                    + "host:" + host + "\n"
                    + "x-amz-date:" + amzDate + "\n"
                    + "x-amz-target:" + target + "\n\n"
                    + signedHeaders + "\n"
                    + hex(sha256(body));
            String scope = date + "/" + region + "/dynamodb/aws4_request";
            String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                    + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
            byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
            key = hmac(key, region);
            key = hmac(key, "dynamodb");
            key = hmac(key, "aws4_request");
            String signature = hex(hmac(key, toSign));
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/x-amz-json-1.0");
            headers.put("X-Amz-Date", amzDate);
            headers.put("X-Amz-Target", target);
            headers.put("Authorization", "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope
                    + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
            return headers;
        }

        private static byte[] sha256(byte[] bytes) throws GeneralSecurityException {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        }

        private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        }

        private static String hex(byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
    }
}
