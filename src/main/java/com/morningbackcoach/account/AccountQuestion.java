package com.morningbackcoach.account;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;

/** The account's questions: confirming that everything stored about the user should go. */
public enum AccountQuestion implements Question {
    DELETE;

    @Override
    public String id() {
        return "account.delete";
    }

    @Override
    public Reply ask(Conversation conversation) {
        var speech = conversation.speech();
        return Reply.ask(this, speech.say("delete.confirm"), speech.say("delete.confirm.reprompt"));
    }

    @Override
    public Reply prompt(Conversation conversation) {
        String reprompt = conversation.speech().say("delete.confirm.reprompt");
        return Reply.ask(this, reprompt, reprompt);
    }

    @Override
    public Reply yes(Conversation conversation) {
        var speech = conversation.speech();
        if (conversation.profile().delete()) {
            conversation.leaveActivity();
            return Reply.tell(speech.say("delete.done"));
        }
        return conversation.backToWhereWeWere(speech.say("store.notDeleted"));
    }

    @Override
    public Reply no(Conversation conversation) {
        return conversation.backToWhereWeWere(conversation.speech().say("delete.kept"));
    }

    @Override
    public Reply help(Conversation conversation) {
        return prompt(conversation).withLead(conversation.speech().say("delete.help"));
    }
}
