import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;

import java.util.Optional;

import static com.amazon.ask.request.Predicates.requestType;

/** The smallest ASK SDK skill: one LaunchRequest handler, no database. The yardstick for the cold start. */
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
            return input.getResponseBuilder().withSpeech("Hello world.").withReprompt("Hello?").build();
        }
    }
}
