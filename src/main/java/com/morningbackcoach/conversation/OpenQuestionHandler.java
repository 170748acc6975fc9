package com.morningbackcoach.conversation;

/**
 * Yes, no, "not sure", repeat, help and not-understood, routed to the question the previous reply left open; also
 * "next" where the open question takes it as yes, or asks itself again. Knows no feature: each question says what
 * the answers mean.
 */
public final class OpenQuestionHandler extends IntentHandler {

    public OpenQuestionHandler() {
        super(Intents.YES, Intents.NO, Intents.NOT_SURE, Intents.REPEAT, Intents.HELP, Intents.FALLBACK, Intents.NEXT);
    }

    @Override
    protected boolean accepts(Conversation conversation) {
        return conversation.openQuestion()
                .filter(question -> !conversation.isIntent(Intents.NEXT) || handlesNext(question))
                .isPresent();
    }

    @Override
    protected Reply handle(Conversation conversation) {
        Question question = conversation.openQuestion().orElseThrow();
        return switch (conversation.intentName()) {
            case Intents.YES -> question.yes(conversation);
            case Intents.NEXT -> question.goOn(conversation);
            case Intents.NO -> question.no(conversation);
            case Intents.NOT_SURE -> question.unsure(conversation);
            case Intents.REPEAT -> question.ask(conversation);
            case Intents.HELP -> question.help(conversation);
            default -> question.fallback(conversation);
        };
    }

    /** True when the open question takes "next" itself, so the handlers of moves stand aside. */
    public static boolean takesNext(Conversation conversation) {
        return conversation.openQuestion().isPresent() && conversation.isIntent(Intents.NEXT)
                && handlesNext(conversation.openQuestion().get());
    }

    private static boolean handlesNext(Question question) {
        return question.nextMeansYes() || question.nextAsksAgain();
    }
}
