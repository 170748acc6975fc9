package com.morningbackcoach.conversation;

/**
 * What a device with a screen shows with a reply: an APL document of this skill, by name ({@code apl/<document>.json}),
 * and a record of plain text, sent as the one data source {@link #dataName()} names. Every document declares the one
 * parameter {@code payload}, which Alexa's device runtime binds to the whole {@code datasources} object, so a document
 * reads its data as {@code ${payload.<dataName>.<field>}}.
 */
public interface Screen {

    /** The document's name: {@code apl/<document>.json}. */
    String document();

    /** The data source's name inside {@code datasources}, the one the document reads under {@code payload}. */
    String dataName();
}
