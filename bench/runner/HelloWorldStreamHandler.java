import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

import java.util.Optional;

import static com.amazon.ask.request.Predicates.requestType;

/**
 * The smallest ASK SDK skill: one LaunchRequest handler, no database. The yardstick for the cold start. It logs the
 * least a Lambda function needs: a plain line through the runtime's {@code LambdaLogger}, no logging library.
 */
public final class HelloWorldStreamHandler extends SkillStreamHandler {

    public HelloWorldStreamHandler() {
        super(new CustomSkillBuilder().addRequestHandler(new LaunchHandler()).build());
    }

    /** Says hello. */
    static final class LaunchHandler implements RequestHandler {
        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(requestType(LaunchRequest.class));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            LambdaRuntime.getLogger().log("HelloWorld - launch answered", LogLevel.INFO);
            return input.getResponseBuilder().withSpeech("Hello world.").withReprompt("Hello?").build();
        }
    }
}
